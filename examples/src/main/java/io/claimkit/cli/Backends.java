package io.claimkit.cli;

import io.claimkit.ClaimPipeline;
import io.claimkit.analysis.Backend;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.langdetect.OpenNlpLanguageGate;

/**
 * The one place the command line names its NLP backend and builds its pipelines. Construction is direct, not
 * reflective, so a missing backend fails at compile time.
 */
public final class Backends {

  private Backends() {}

  /**
   * The backend {@code claimkit extract} uses: the JVM-wide CoreNLP backend, loaded on first use.
   *
   * @throws io.claimkit.ClaimKitException {@code model_unavailable} when the backend cannot be loaded
   */
  public static Backend standard() {
    return CoreNlpBackend.shared();
  }

  /**
   * A pipeline builder on a backend, behind OpenNLP's language gate: every command refuses text that is
   * confidently not English with an {@code unsupported_language} record.
   */
  public static ClaimPipeline.Builder pipeline(Backend backend) {
    return ClaimPipeline.builder().backend(backend).languageGate(OpenNlpLanguageGate.shared());
  }
}
