package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.text.Span;
import java.util.List;

/**
 * A check-worthy statement of an article. The hierarchy is sealed, so on Java 21 and later a consumer can
 * write an exhaustive {@code switch} (on Java 17, an {@code instanceof} chain):
 *
 * <pre>{@code
 * switch (claim) {
 *   case QuantityClaim q -> ...
 *   case AttributionClaim a -> ...
 *   case EventClaim e -> ...
 * }
 * }</pre>
 *
 * Every claim says where it came from: its span (the clause or sentence), its parts' spans, the id of the
 * rule that made it and a confidence in [0, 1].
 */
public sealed interface Claim permits QuantityClaim, AttributionClaim, EventClaim {

  /** The clause or sentence that states the claim. */
  Span span();

  /** The raw text under {@link #span()}. */
  String text();

  /** The id of the rule that made the claim. */
  String rule();

  /** How sure the rule is, in [0, 1]. */
  double confidence();

  /** The mentions the claim uses. */
  List<Mention> mentions();

  /** Checks the fields every claim shares. */
  static void validateCommon(Span span, String text, String rule, double confidence) {
    if (span == null || text == null || rule == null) {
      throw new NullPointerException("span, text and rule are required");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
    }
  }
}
