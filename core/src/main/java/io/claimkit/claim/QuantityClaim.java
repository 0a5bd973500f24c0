package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity asserted about something: "about 2,500 U.S. troops remain in Iraq".
 *
 * @param quantity the number, with its interval, qualifier and unit
 * @param measured what is counted or measured ("U.S. troops"; for "attacked 151 times", the attacks)
 * @param location where, when the sentence says
 * @param time     when, when the sentence says ("since October")
 * @param speaker  who states the number, when it stands inside reported speech
 */
public record QuantityClaim(
    Span span,
    String text,
    NumberMention quantity,
    Optional<Part> measured,
    Optional<Part> location,
    Optional<Part> time,
    Optional<Speaker> speaker,
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
    mentions = List.copyOf(mentions);
  }
}
