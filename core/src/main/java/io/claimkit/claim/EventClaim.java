package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A reported fact with a named actor: "The Kenyan parliament has voted to suspend the new tax".
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

  @Override
  public ClaimType type() {
    return ClaimType.EVENT;
  }

  /** The predicate. */
  @Override
  public Span anchor() {
    return predicate.span();
  }

  @Override
  public List<ClaimPart> parts() {
    return object
        .map(o -> List.of(
            ClaimPart.of(ClaimPart.Role.ACTOR, actor),
            ClaimPart.of(ClaimPart.Role.PREDICATE, predicate),
            ClaimPart.of(ClaimPart.Role.OBJECT, o)))
        .orElseGet(() -> List.of(
            ClaimPart.of(ClaimPart.Role.ACTOR, actor), ClaimPart.of(ClaimPart.Role.PREDICATE, predicate)));
  }

  /** An event is stated in the article's own voice. */
  @Override
  public Optional<Speaker> attributedTo() {
    return Optional.empty();
  }

  @Override
  public <R> R match(
      Function<? super QuantityClaim, ? extends R> quantity,
      Function<? super AttributionClaim, ? extends R> attribution,
      Function<? super EventClaim, ? extends R> event) {
    return event.apply(this);
  }
}
