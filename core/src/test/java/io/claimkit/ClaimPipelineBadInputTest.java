package io.claimkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.claimkit.analysis.NumberMention;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.CrudeBackend;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The megabyte-sized bad inputs at full size through the backend-neutral half of the pipeline (numbers,
 * article structure, claim rules) on crude tokens; the CoreNLP backend's share is in its module's
 * {@code BadInputTest}. The timeout guards against hangs only.
 */
class ClaimPipelineBadInputTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final ClaimPipeline PIPELINE = ClaimPipeline.builder().backend(new CrudeBackend()).build();

  private static Extraction extract(String id, String text) {
    Extraction extraction =
        assertTimeoutPreemptively(HANG_GUARD, () -> PIPELINE.extract(Document.of(id, text)));
    SpanInvariants.check(extraction);
    assertThat(ExtractionJson.toLine(extraction)).startsWith("{\"doc\":\"" + id + "\",");
    return extraction;
  }

  @Test
  void sixtyFourKilobytesWithoutPunctuation() {
    String unit = "the troops say about 2500 people were in the city ";
    int repeats = (1 << 16) / unit.length();
    Extraction extraction = extract("64k", unit.repeat(repeats));
    assertThat(extraction.mentions(NumberMention.class))
        .hasSize(repeats)
        .allSatisfy(m -> assertThat(m.text()).isEqualTo("about 2500"));
  }

  /**
   * Crude tokens make the megabyte one sentence of 200,000 tokens with 20,000 numbers: the claim rules must
   * stay linear in a sentence's length (bounded phrase searches, per-sentence lookups, claim spans that do
   * not copy a run-on sentence).
   */
  @Test
  void aMegabyteWithoutPunctuation() {
    String unit = "the troops say about 2500 people were in the city ";
    int repeats = (1 << 20) / unit.length();
    Extraction extraction = extract("mb", unit.repeat(repeats));
    assertThat(extraction.mentions(NumberMention.class))
        .hasSize(repeats)
        .allSatisfy(m -> assertThat(m.text()).isEqualTo("about 2500"));
  }

  @Test
  void aHundredThousandShortLines() {
    Extraction extraction = extract("lines", "Line 7 of the list\n".repeat(100_000));
    assertThat(extraction.mentions(NumberMention.class))
        .hasSize(100_000)
        .allSatisfy(m -> assertThat(m.text()).isEqualTo("7"));
  }

  @Test
  void aWordOfFiftyThousandCharacters() {
    String text = "About 2,500 troops remain. " + "x".repeat(50_000) + " At least 151 attacks.";
    Extraction extraction = extract("word", text);
    assertThat(extraction.mentions(NumberMention.class))
        .extracting(m -> m.text() + " " + m.span())
        .containsExactly("About 2,500 [0, 11)", "At least 151 [50028, 50040)");
  }
}
