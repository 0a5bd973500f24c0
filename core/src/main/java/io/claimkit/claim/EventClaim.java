package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reported fact with a named actor: "The Iraqi parliament has voted to eject U.S. military forces".
 *
 * @param actor     who acted
 * @param predicate what they did
 * @param object    to whom or what, when the sentence says
 */
public record EventClaim(
    Span span,
    String text,
    Part actor,
    Part predicate,
    Optional<Part> object,
    String rule,
    double confidence,
    List<Mention> mentions)
    implements Claim {

  public EventClaim {
    Claim.validateCommon(span, text, rule, confidence);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    mentions = List.copyOf(mentions);
  }
}
