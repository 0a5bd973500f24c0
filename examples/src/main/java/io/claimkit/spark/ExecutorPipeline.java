package io.claimkit.spark;

import io.claimkit.ClaimPipeline;
import io.claimkit.cli.Backends;
import io.claimkit.corenlp.CoreNlpBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claim pipeline of this JVM, built on first use and shared by every task the JVM runs. A Spark function
 * calls {@link #get()} inside its partition instead of capturing a pipeline: CoreNLP's objects are not
 * Serializable, and loading them once per task would cost seconds and a gigabyte each time.
 */
public final class ExecutorPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);
  private static final Object LOCK = new Object();
  private static volatile ClaimPipeline pipeline;

  private ExecutorPipeline() {}

  /**
   * The JVM-wide pipeline on {@link CoreNlpBackend#shared()}, behind the command line's language gate, with the
   * built-in claim rules. A failed load is
   * not remembered, so a retried task tries again.
   *
   * @throws io.claimkit.ClaimKitException {@code model_unavailable} when the models cannot be loaded
   */
  public static ClaimPipeline get() {
    ClaimPipeline loaded = pipeline;
    if (loaded == null) {
      synchronized (LOCK) {
        loaded = pipeline;
        if (loaded == null) {
          long start = System.nanoTime();
          loaded = Backends.pipeline(CoreNlpBackend.shared()).build();
          pipeline = loaded;
          LOG.info("claim pipeline ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
      }
    }
    return loaded;
  }
}
