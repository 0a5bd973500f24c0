package io.claimkit.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * A number as the text states it: an interval of values, the qualifier that made it one, the unit or
 * counted noun beside it, and the surface text.
 *
 * <p>"at least 151" is [151, ∞); "more than 151" is (151, ∞); "about 70" is [63, 77] around the value 70;
 * "hundreds of thousands" is the vague magnitude [100,000, 1,000,000). Unbounded ends are infinite.
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

  /** "up to 30": for a non-negative number the interval starts at zero, as counts and amounts do. */
  public static Quantity atMost(double value) {
    return new Quantity(value, floorFor(value), true, value, true, Qualifier.AT_MOST, Optional.empty(), "");
  }

  public static Quantity lessThan(double value) {
    return new Quantity(
        value, floorFor(value), true, value, false, Qualifier.LESS_THAN, Optional.empty(), "");
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

  private static double floorFor(double value) {
    return value >= 0 ? 0 : Double.NEGATIVE_INFINITY;
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
