package io.claimkit.claim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Directness;
import io.claimkit.claim.Part;
import io.claimkit.claim.Speaker;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The innermost report that holds a span, asked in text order and out of it. */
class ReportedContentsTest {

  /** Outer [0, 100) holds inner [20, 60), which holds [30, 40); [120, 150) stands alone. */
  private static final List<AttributionClaim> SAID =
      List.of(said("inner", 20, 60), said("alone", 120, 150), said("outer", 0, 100), said("innermost", 30, 40));

  @Test
  void theInnermostContentThatHoldsEachSpan() {
    ReportedContents contents = new ReportedContents(SAID);
    assertThat(speaker(contents, 5, 8)).contains("outer");
    assertThat(speaker(contents, 22, 25)).contains("inner");
    assertThat(speaker(contents, 32, 35)).contains("innermost");
    assertThat(speaker(contents, 45, 50)).contains("inner");
    assertThat(speaker(contents, 58, 62)).contains("outer"); // crosses the inner content's end
    assertThat(speaker(contents, 70, 75)).contains("outer");
    assertThat(speaker(contents, 105, 110)).isEmpty();
    assertThat(speaker(contents, 125, 130)).contains("alone");
    assertThat(speaker(contents, 160, 165)).isEmpty();
  }

  @Test
  void aSpanAskedOutOfOrderIsStillAnswered() {
    ReportedContents contents = new ReportedContents(SAID);
    assertThat(speaker(contents, 125, 130)).contains("alone");
    assertThat(speaker(contents, 32, 35)).contains("innermost");
  }

  @Test
  void aLongRunOfNestedReportsStaysLinear() {
    List<AttributionClaim> nested = new ArrayList<>();
    int depth = 20_000;
    for (int i = 0; i < depth; i++) {
      nested.add(said("s" + i, i, 2 * depth - i));
    }
    ReportedContents contents = new ReportedContents(nested);
    for (int i = 0; i < depth; i++) {
      assertThat(speaker(contents, i, i + 1)).contains("s" + i);
    }
  }

  private static Optional<String> speaker(ReportedContents contents, int begin, int end) {
    return contents.speakerOf(new Span(begin, end)).map(s -> s.part().text());
  }

  private static AttributionClaim said(String speaker, int begin, int end) {
    Part content = new Part(new Span(begin, end), "content of " + speaker); // the index reads spans only
    return new AttributionClaim(new Span(begin, end), content.text(),
        new Speaker(new Part(new Span(begin, begin), speaker), Optional.empty()),
        new Part(new Span(begin, begin), ""), content, Directness.INDIRECT, "test", 0.5, List.of());
  }
}
