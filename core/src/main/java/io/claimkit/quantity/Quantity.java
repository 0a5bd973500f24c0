package io.claimkit.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * A number as the text states it: an interval of values, the qualifier that made it one, the unit or
 * counted noun beside it, and the surface text.
 *
 * <p>"at least 151" is [151, ∞); "more than 151" is (151, ∞); "less than 170" is (-∞, 170): an end the text
 * leaves open stays open, even for a count; "about 70" is [63, 77] around the value 70; "nearly 40" is
 * [36, 40) and "just over 40" (40, 44]; "hundreds of thousands" is the vague magnitude [100,000,
 * 1,000,000). Unbounded ends are infinite (the JSON leaves them out).
 *
 * @param value         the number the text names (151, 70, 100,000; the low end of a range)
 * @param low           the interval's lower end, possibly {@link Double#NEGATIVE_INFINITY}
 * @param lowInclusive  whether {@code low} itself belongs to the interval
 * @param high          the interval's upper end, possibly {@link Double#POSITIVE_INFINITY}
 * @param highInclusive whether {@code high} itself belongs to the interval
 * @param qualifier     how the text qualified the number
 * @param unit          the unit or counted noun next to it ("troops", "times", "%", "USD"), if any
 * @param surface       the text of the number with its qualifier words, as written
 */
public record Quantity(
    double value,
    double low,
    boolean lowInclusive,
    double high,
    boolean highInclusive,
    Qualifier qualifier,
    Optional<String> unit,
    String surface) {

  /** The relative width of the interval that "about", "approximately" and their kin give. */
  public static final double APPROXIMATION = 0.1;

  public Quantity {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(surface, "surface");
    if (Double.isNaN(value) || Double.isNaN(low) || Double.isNaN(high)) {
      throw new IllegalArgumentException("NaN in quantity " + surface);
    }
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " > high " + high + " in quantity " + surface);
    }
  }

  public static Quantity exact(double value) {
    return new Quantity(value, value, true, value, true, Qualifier.EXACT, Optional.empty(), "");
  }

  public static Quantity approximate(double value) {
    double spread = Math.abs(value) * APPROXIMATION;
    return new Quantity(
        value, value - spread, true, value + spread, true, Qualifier.APPROXIMATE, Optional.empty(), "");
  }

  public static Quantity atLeast(double value) {
    return new Quantity(
        value, value, true, Double.POSITIVE_INFINITY, false, Qualifier.AT_LEAST, Optional.empty(), "");
  }

  public static Quantity moreThan(double value) {
    return new Quantity(
        value, value, false, Double.POSITIVE_INFINITY, false, Qualifier.MORE_THAN, Optional.empty(), "");
  }

  /** "up to 30": (-∞, 30]; the text gives no low end, so there is none. */
  public static Quantity atMost(double value) {
    return new Quantity(
        value, Double.NEGATIVE_INFINITY, false, value, true, Qualifier.AT_MOST, Optional.empty(), "");
  }

  /** "less than 170": (-∞, 170). */
  public static Quantity lessThan(double value) {
    return new Quantity(
        value, Double.NEGATIVE_INFINITY, false, value, false, Qualifier.LESS_THAN, Optional.empty(), "");
  }

  /** "nearly 40": [36, 40), just below the value by at most {@link #APPROXIMATION} of it. */
  public static Quantity nearly(double value) {
    double spread = Math.abs(value) * APPROXIMATION;
    return new Quantity(value, value - spread, true, value, false, Qualifier.NEARLY, Optional.empty(), "");
  }

  /** "just over 40": (40, 44], just above the value by at most {@link #APPROXIMATION} of it. */
  public static Quantity justOver(double value) {
    double spread = Math.abs(value) * APPROXIMATION;
    return new Quantity(value, value, false, value + spread, true, Qualifier.JUST_OVER, Optional.empty(), "");
  }

  /**
   * Two bounds the text states apart, as one range: "more than 10 and less than 40" is (10, 40). The
   * value is the low end. Throws {@link IllegalArgumentException} when {@code low > high}.
   */
  public static Quantity between(double low, boolean lowInclusive, double high, boolean highInclusive) {
    return new Quantity(low, low, lowInclusive, high, highInclusive, Qualifier.RANGE, Optional.empty(), "");
  }

  public static Quantity range(double from, double to) {
    double low = Math.min(from, to);
    double high = Math.max(from, to);
    return new Quantity(low, low, true, high, true, Qualifier.RANGE, Optional.empty(), "");
  }

  /** A vague magnitude such as "thousands": [magnitude, next magnitude), named by its lower end. */
  public static Quantity vague(double magnitude, double nextMagnitude) {
    return new Quantity(
        magnitude, magnitude, true, nextMagnitude, false, Qualifier.VAGUE, Optional.empty(), "");
  }

  public Quantity withUnit(String newUnit) {
    return new Quantity(
        value, low, lowInclusive, high, highInclusive, qualifier, Optional.ofNullable(newUnit), surface);
  }

  public Quantity withSurface(String newSurface) {
    return new Quantity(value, low, lowInclusive, high, highInclusive, qualifier, unit, newSurface);
  }

  /** The same numbers scaled, for "million" and kin: the qualifier and surface stay. */
  public Quantity times(double factor) {
    if (factor < 0) {
      return new Quantity(value * factor, high * factor, highInclusive, low * factor, lowInclusive, qualifier,
          unit, surface);
    }
    return new Quantity(
        value * factor, low * factor, lowInclusive, high * factor, highInclusive, qualifier, unit, surface);
  }

  /** The same interval under another qualifier, keeping the value ("about" in front of a number). */
  public Quantity qualified(Qualifier newQualifier) {
    Quantity shape =
        switch (newQualifier) {
          case EXACT -> exact(value);
          case APPROXIMATE -> approximate(value);
          case AT_LEAST -> atLeast(value);
          case MORE_THAN -> moreThan(value);
          case AT_MOST -> atMost(value);
          case LESS_THAN -> lessThan(value);
          case NEARLY -> nearly(value);
          case JUST_OVER -> justOver(value);
          case RANGE, VAGUE -> this;
        };
    return new Quantity(
        value, shape.low, shape.lowInclusive, shape.high, shape.highInclusive, newQualifier, unit, surface);
  }

  /** True when the value {@code x} lies inside the interval. */
  public boolean admits(double x) {
    boolean aboveLow = lowInclusive ? x >= low : x > low;
    boolean belowHigh = highInclusive ? x <= high : x < high;
    return aboveLow && belowHigh;
  }

  /** True when some value lies in both intervals: the two statements can both hold. */
  public boolean overlaps(Quantity other) {
    if (high < other.low || other.high < low) {
      return false;
    }
    if (high == other.low) {
      return highInclusive && other.lowInclusive;
    }
    if (other.high == low) {
      return other.highInclusive && lowInclusive;
    }
    return true;
  }

  public boolean isBounded() {
    return !Double.isInfinite(low) && !Double.isInfinite(high);
  }
}
