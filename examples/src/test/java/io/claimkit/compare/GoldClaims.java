package io.claimkit.compare;

import io.claimkit.Extraction;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.eval.GoldDocument;
import io.claimkit.eval.GoldDocument.GoldAttribution;
import io.claimkit.eval.GoldDocument.GoldClaim;
import io.claimkit.eval.GoldDocument.GoldEvent;
import io.claimkit.eval.GoldDocument.GoldQuantityClaim;
import io.claimkit.text.Span;
import java.util.Optional;

/**
 * Finds the predicted claim a gold claim stands for, by the criteria {@link io.claimkit.eval.Evaluator}
 * matches claims with: a quantity by its quantity span; an attribution by a speaker span that is equal or
 * overlaps and a content that covers at least half the gold content (the largest overlap wins); an event by
 * an overlapping actor (the largest overlap wins).
 */
final class GoldClaims {

  private GoldClaims() {}

  static Optional<Claim> predicted(GoldClaim gold, Extraction extraction) {
    if (gold instanceof GoldQuantityClaim q) {
      return extraction.claims(QuantityClaim.class).stream()
          .filter(p -> p.quantity().span().equals(q.quantity().span()))
          .map(Claim.class::cast)
          .findFirst();
    }
    if (gold instanceof GoldAttribution a) {
      Span content = a.content().span();
      Optional<Claim> attribution = extraction.claims(AttributionClaim.class).stream()
          .filter(p -> a.speaker().span().intersects(p.speaker().part().span()))
          .filter(p -> 2L * content.overlap(p.content().span()) >= content.length())
          .max((x, y) -> Integer.compare(content.overlap(x.content().span()), content.overlap(y.content().span())))
          .map(Claim.class::cast);
      // A reporting verb the rules do not list ("highlighted") makes the speaker an event's actor, whose
      // sentence holds the gold content: that event stands for the attribution.
      return attribution.or(() -> extraction.claims(EventClaim.class).stream()
          .filter(p -> a.speaker().span().intersects(p.actor().span()) && p.span().contains(content))
          .map(Claim.class::cast)
          .findFirst());
    }
    Span actor = ((GoldEvent) gold).actor().span();
    return extraction.claims(EventClaim.class).stream()
        .filter(p -> actor.intersects(p.actor().span()))
        .max((x, y) -> Integer.compare(actor.overlap(x.actor().span()), actor.overlap(y.actor().span())))
        .map(Claim.class::cast);
  }

  static GoldClaim byId(GoldDocument document, String id) {
    return document.claims().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no gold claim " + id));
  }
}
