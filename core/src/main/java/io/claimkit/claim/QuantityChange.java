package io.claimkit.claim;

import io.claimkit.analysis.NumberMention;
import io.claimkit.text.Span;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A change that the text reports of a quantity: "rose 35 cents to $71.10" is an increase by 35 cents to
 * $71.10; "cut from $1,980 to $1,850" a decrease from $1,980 to $1,850; "doubled to 40" an increase by a
 * factor of 2 to 40. Each number keeps its own span and interval, as a {@link NumberMention} of the text.
 *
 * @param direction whether the quantity went up or down
 * @param cue       the word that tells the change ("rose", "cut", "up", "increase")
 * @param factor    the multiplier a word such as "doubled" (2) or "halved" (0.5) gives, if any
 * @param by        the amount of the change ("35 cents", "3%"), if the text gives it
 * @param from      the value before the change, if the text gives it
 * @param to        the value after the change, if the text gives it
 */
public record QuantityChange(
    Direction direction,
    Part cue,
    OptionalDouble factor,
    Optional<NumberMention> by,
    Optional<NumberMention> from,
    Optional<NumberMention> to) {

  /** Which way a quantity changed. */
  public enum Direction {
    INCREASE,
    DECREASE;

    /** The value in the JSON record: "increase" or "decrease". */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The part a number plays in a change. */
  public enum Role {
    /** The amount by which the quantity changed. */
    BY,
    /** The value before the change. */
    FROM,
    /** The value after the change. */
    TO
  }

  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the factor is not a positive finite number
   */
  public QuantityChange {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (factor.isPresent() && !(factor.getAsDouble() > 0 && Double.isFinite(factor.getAsDouble()))) {
      throw new IllegalArgumentException("bad change factor " + factor.getAsDouble());
    }
  }

  /** The role the number of this span plays in the change ("by", "from" or "to"), if it plays one. */
  public Optional<Role> roleOf(Span number) {
    if (by.isPresent() && by.get().span().equals(number)) {
      return Optional.of(Role.BY);
    }
    if (from.isPresent() && from.get().span().equals(number)) {
      return Optional.of(Role.FROM);
    }
    if (to.isPresent() && to.get().span().equals(number)) {
      return Optional.of(Role.TO);
    }
    return Optional.empty();
  }

  /** The smallest span that holds the cue and every number of the change. */
  public Span span() {
    Span span = cue.span();
    for (Optional<NumberMention> number : java.util.List.of(by, from, to)) {
      if (number.isPresent()) {
        span = span.union(number.get().span());
      }
    }
    return span;
  }
}
