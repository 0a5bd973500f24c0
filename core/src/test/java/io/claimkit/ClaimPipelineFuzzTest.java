package io.claimkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.CrudeBackend;
import io.claimkit.testing.FuzzText;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;

/**
 * Coverage-guided fuzzing of the backend-neutral pipeline (quantities, article structure, claim rules) on
 * crude tokens: any text gives an extraction that keeps every span invariant and writes one JSON line, the
 * same line on a second run. In the normal suite it replays {@code ClaimPipelineFuzzTestInputs/extract/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (docs/fuzzing.md).
 */
class ClaimPipelineFuzzTest {

  private static final ClaimPipeline PIPELINE = ClaimPipeline.builder().backend(new CrudeBackend()).build();

  @FuzzTest(maxDuration = "10m")
  void extract(byte[] data) {
    Document document = Document.of("fuzz", FuzzText.decode(data));
    Extraction extraction = PIPELINE.extract(document);
    SpanInvariants.check(extraction);
    String line = ExtractionJson.toLine(extraction);
    assertThat(line).startsWith("{\"doc\":\"fuzz\"").doesNotContain("\n");
    assertThat(ExtractionJson.toLine(PIPELINE.extract(document))).isEqualTo(line);
  }
}
