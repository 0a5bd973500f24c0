package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.Extraction;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The library logs through SLF4J and leaves stdout to the caller, CoreNLP's loading and annotating included. */
class QuietPipelineTest {

  @Test
  void loadingAndExtractingPrintNothingToStdout() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Extraction extraction;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      extraction = SharedPipeline.get()
          .extract(Document.of("quiet", "About 2,500 troops remain in Iraq, Pentagon officials said on Monday.\n"));
    } finally {
      System.setOut(stdout);
    }
    SpanInvariants.check(extraction);
    assertThat(extraction.claims()).isNotEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
