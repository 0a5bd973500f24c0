package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import org.junit.jupiter.api.Test;

/** A batch that gives up on a document interrupts its worker; the backend stops before the next block. */
class CoreNlpBackendInterruptTest {

  @Test
  void anInterruptedThreadStopsBeforeTheNextBlockWithATypedError() {
    CoreNlpBackend backend = CoreNlpBackend.shared();
    Document document = Document.of("long", "First paragraph, 12 words.\n\nSecond paragraph.");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> backend.analyze(document))
          .isInstanceOf(ClaimKitException.class)
          .satisfies(e -> assertThat(((ClaimKitException) e).kind()).isEqualTo(ErrorKind.ANALYSIS_FAILED))
          .hasMessage("analysis_failed in document long: interrupted before the text at [0, 26)");
    } finally {
      Thread.interrupted();
    }
    assertThat(backend.analyze(document).sentences()).hasSize(2);
  }
}
