package io.claimkit.cli;

import io.claimkit.analysis.Backend;
import io.claimkit.corenlp.CoreNlpBackend;

/**
 * The one place the command line names its NLP backend. Construction is direct, not reflective, so a
 * missing backend fails at compile time.
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
}
