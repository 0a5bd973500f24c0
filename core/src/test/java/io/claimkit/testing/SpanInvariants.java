package io.claimkit.testing;

import io.claimkit.Extraction;
import io.claimkit.ExtractionCheck;
import io.claimkit.analysis.Analysis;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimPart;
import io.claimkit.claim.Part;
import io.claimkit.text.Span;
import java.util.List;

/**
 * The one reusable assertion of span invariants (after Lucene's BaseTokenStreamTestCase), for ClaimKit's tests
 * and for the tests of rule authors (the {@code claimkit-core} test artifact): it runs {@link ExtractionCheck}
 * on what a test made, so spans lie inside the text and cut no surrogate pair, every text equals the raw text
 * under its span, tokens and sentences are in order and apart, every interval's low end is at most its high end,
 * and every part of a claim lies inside the claim's span.
 *
 * <p>Every pipeline of ClaimKit's own test runs also checks each of its outputs by itself: the build sets the
 * system property {@value ExtractionCheck#PROPERTY}.
 */
public final class SpanInvariants {

  private SpanInvariants() {}

  /** @throws IllegalStateException at the first broken invariant */
  public static void check(Analysis analysis) {
    ExtractionCheck.verify(analysis);
  }

  /** @throws IllegalStateException at the first broken invariant */
  public static void check(Extraction extraction) {
    ExtractionCheck.verify(extraction);
  }

  /** @throws IllegalStateException when the span leaves the text, cuts a surrogate pair or covers other text */
  public static void checkSpan(String raw, Span span, String text) {
    ExtractionCheck.verifySpan(raw, span, text);
  }

  /** Every part of a claim, whatever its type. */
  public static List<Part> parts(Claim claim) {
    return claim.parts().stream().map(ClaimPart::part).toList();
  }
}
