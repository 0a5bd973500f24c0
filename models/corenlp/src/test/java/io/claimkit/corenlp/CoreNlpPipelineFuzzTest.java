package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimkit.Extraction;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.FuzzText;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;

/**
 * The whole pipeline on the real CoreNLP backend over the fuzz corpus: every input gives an extraction that
 * keeps every span invariant. It runs in the normal
 * suite in regression mode, on {@code CoreNlpPipelineFuzzTestInputs/extract/}; fuzzing it for real works
 * (docs/fuzzing.md) but CoreNLP's speed makes that a slow search.
 */
class CoreNlpPipelineFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void extract(byte[] data) {
    Document document = Document.of("fuzz", FuzzText.decode(data));
    Extraction extraction = SharedPipeline.get().extract(document);
    SpanInvariants.check(extraction);
    assertThat(ExtractionJson.toLine(extraction)).startsWith("{\"doc\":\"fuzz\"").doesNotContain("\n");
  }
}
