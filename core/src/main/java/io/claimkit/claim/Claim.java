package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A check-worthy statement of an article: a {@link QuantityClaim} ("about 1,200 residents were evacuated"), an
 * {@link AttributionClaim} (who said what) or an {@link EventClaim} (a named actor did something).
 *
 * <p>Every claim says where it came from: its span (the clause or sentence), its {@linkplain #anchor() anchor},
 * its {@linkplain #parts() parts} with their roles and spans, the id of the rule that made it and a
 * confidence in [0, 1]. What every claim has is read the same way for every kind, through this interface;
 * only what one kind alone has (a quantity's interval, an attribution's directness) needs its record.
 *
 * <p>The hierarchy is sealed. On Java 21 and later a consumer writes an exhaustive pattern {@code switch}:
 *
 * <pre>{@code
 * String line = switch (claim) {
 *   case QuantityClaim q -> q.quantity().text();
 *   case AttributionClaim a -> a.speaker().part().text();
 *   case EventClaim e -> e.actor().text();
 * };
 * }</pre>
 *
 * On Java 17, where pattern matching in {@code switch} is not final, {@link #match} is the exhaustive form
 * (and an {@code instanceof} test the partial one):
 *
 * <pre>{@code
 * String line = claim.match(
 *     q -> q.quantity().text(),
 *     a -> a.speaker().part().text(),
 *     e -> e.actor().text());
 * }</pre>
 */
public sealed interface Claim permits QuantityClaim, AttributionClaim, EventClaim {

  /** Which of the three kinds this claim is. */
  ClaimType type();

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

  /**
   * The part the claim stands on: the number of a quantity claim, the cue of an attribution, the predicate of
   * an event. It decides where a claim is (inside page furniture or not) and where a reader's eye goes.
   */
  Span anchor();

  /**
   * The claim's parts that the text gives, each with its role, in the order of the JSON record: for a quantity
   * claim quantity, measured, location, time, speaker; for an attribution speaker, cue, content; for an event
   * actor, predicate, object.
   */
  List<ClaimPart> parts();

  /** The part with the given role, when the claim has one. */
  default Optional<ClaimPart> part(ClaimPart.Role role) {
    return parts().stream().filter(p -> p.role() == role).findFirst();
  }

  /**
   * Who the claim is someone's word for: an attribution's speaker, the speaker of the reported speech a
   * quantity stands in; empty when the article states the claim in its own voice.
   */
  Optional<Speaker> attributedTo();

  /** Applies the one function that fits this claim's kind: an exhaustive {@code switch} that works on Java 17. */
  <R> R match(
      Function<? super QuantityClaim, ? extends R> quantity,
      Function<? super AttributionClaim, ? extends R> attribution,
      Function<? super EventClaim, ? extends R> event);

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
