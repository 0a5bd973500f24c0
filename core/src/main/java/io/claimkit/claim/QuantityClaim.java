package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A quantity asserted about something: "about 1,200 residents were evacuated from Riverton".
 *
 * @param quantity the number, with its interval, qualifier and unit
 * @param measured what is counted or measured ("residents"; for "struck 40 times", the strikes)
 * @param location where, when the sentence says
 * @param time     when, when the sentence says ("since October")
 * @param speaker  who states the number, when it stands inside reported speech
 * @param change   the change the text reports with the number ("rose 35 cents to $71.10"), if any; its
 *                 numbers lie inside the claim's span
 */
public record QuantityClaim(
    Span span,
    String text,
    NumberMention quantity,
    Optional<Part> measured,
    Optional<Part> location,
    Optional<Part> time,
    Optional<Speaker> speaker,
    Optional<QuantityChange> change,
    String rule,
    double confidence,
    List<Mention> mentions)
    implements Claim {

  public QuantityClaim {
    Claim.validateCommon(span, text, rule, confidence);
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(change, "change");
    if (change.isPresent() && !span.contains(change.get().span())) {
      throw new IllegalArgumentException("change " + change.get().span() + " outside claim " + span);
    }
    mentions = List.copyOf(mentions);
  }

  /** A claim without a change, as claims were made before changes were read. */
  public QuantityClaim(
      Span span,
      String text,
      NumberMention quantity,
      Optional<Part> measured,
      Optional<Part> location,
      Optional<Part> time,
      Optional<Speaker> speaker,
      String rule,
      double confidence,
      List<Mention> mentions) {
    this(span, text, quantity, measured, location, time, speaker, Optional.empty(), rule, confidence, mentions);
  }

  /**
   * The change the text reports with this number, when it reports one: its direction, the amount by which,
   * the value from and the value to, each number with its span. The claim's own number is one of them
   * ({@link QuantityChange#roleOf(Span)}) or, for a level given beside a change, none.
   */
  @Override
  public Optional<QuantityChange> change() {
    return change;
  }

  @Override
  public ClaimType type() {
    return ClaimType.QUANTITY;
  }

  /** The number. */
  @Override
  public Span anchor() {
    return quantity.span();
  }

  @Override
  public List<ClaimPart> parts() {
    List<ClaimPart> parts = new ArrayList<>(5);
    parts.add(ClaimPart.of(quantity));
    measured.ifPresent(p -> parts.add(ClaimPart.of(ClaimPart.Role.MEASURED, p)));
    location.ifPresent(p -> parts.add(ClaimPart.of(ClaimPart.Role.LOCATION, p)));
    time.ifPresent(p -> parts.add(ClaimPart.of(ClaimPart.Role.TIME, p)));
    speaker.ifPresent(s -> parts.add(ClaimPart.of(s)));
    return List.copyOf(parts);
  }

  @Override
  public Optional<Speaker> attributedTo() {
    return speaker;
  }

  @Override
  public <R> R match(
      Function<? super QuantityClaim, ? extends R> quantity,
      Function<? super AttributionClaim, ? extends R> attribution,
      Function<? super EventClaim, ? extends R> event) {
    return quantity.apply(this);
  }
}
