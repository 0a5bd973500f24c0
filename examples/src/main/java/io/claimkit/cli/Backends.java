package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Backend;

/**
 * The one place the command line names its NLP backend. Construction is direct, not reflective, so a
 * missing backend fails at compile time.
 */
public final class Backends {

  private Backends() {}

  /**
   * The backend {@code claimkit extract} uses: the JVM-wide CoreNLP backend.
   *
   * <p>TO WIRE: return {@code io.claimkit.corenlp.CoreNlpBackend.shared()} once claimkit-corenlp provides
   * it. Until then every document gets a {@code model_unavailable} error record.
   *
   * @throws ClaimKitException {@code model_unavailable} when the backend cannot be loaded
   */
  public static Backend standard() {
    throw new ClaimKitException(
        ErrorKind.MODEL_UNAVAILABLE, null, "the CoreNLP backend is not wired into this build yet");
  }
}
