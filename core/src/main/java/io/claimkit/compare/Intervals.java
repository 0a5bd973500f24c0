package io.claimkit.compare;

import io.claimkit.lexicon.WordList;
import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Quantities as the comparison reads their intervals, and as a person reads them: {@code "at least 151" =
 * [151, ∞)}.
 *
 * <p>Most qualifiers are read as the quantity states them. Those of {@code qualifier-readings.txt} put the
 * number on one side of the value: "nearly 40" is [36, 40] (just under 40, so it conflicts with 42 and agrees
 * with "at least 38"), "just over 40" is [40, 44]. A value converted from another unit is widened by half a unit
 * of its last written digit on each side, so that "62 mph" and "100 km/h" (99.8 km/h) agree.
 */
final class Intervals {

  private static final WordList READINGS = WordList.resource(Intervals.class, "qualifier-readings.txt");
  private static final List<String> BY_LENGTH =
      READINGS.words().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private Intervals() {}

  /** The interval the comparison holds for a quantity whose text (number and qualifier words) is given. */
  static Quantity reading(String text, Quantity q) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (String words : BY_LENGTH) {
      if (lower.startsWith(words + " ") && q.isBounded()) {
        double spread = Math.abs(q.value()) * Quantity.APPROXIMATION;
        boolean below = READINGS.hasFlag(words, "below");
        return new Quantity(q.value(), below ? q.value() - spread : q.value(), true,
            below ? q.value() : q.value() + spread, true, q.qualifier(), q.unit(), q.surface());
      }
    }
    return q;
  }

  /**
   * The interval widened by half a unit of the last written digit of its value (0.5 for "62", 0.05 for "4.2"):
   * the precision the text gave, before a conversion to another unit loses it. Only an exact value widens.
   */
  static Quantity rounded(Quantity q) {
    if (q.qualifier() != Qualifier.EXACT || !q.isBounded()) {
      return q;
    }
    int decimals = Math.max(0, new BigDecimal(Double.toString(q.value())).stripTrailingZeros().scale());
    double half = 0.5 * Math.pow(10, -decimals);
    return new Quantity(q.value(), q.low() - half, true, q.high() + half, true, q.qualifier(), q.unit(), q.surface());
  }

  static String describe(String surface, Quantity q) {
    return "\"" + surface + "\" = " + interval(q);
  }

  static String interval(Quantity q) {
    if (q.low() == q.high()) {
      return "[" + number(q.low()) + "]";
    }
    return (q.lowInclusive() && !Double.isInfinite(q.low()) ? "[" : "(")
        + number(q.low())
        + ", "
        + number(q.high())
        + (q.highInclusive() && !Double.isInfinite(q.high()) ? "]" : ")");
  }

  private static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "\u221e" : "-\u221e";
    }
    BigDecimal d = new BigDecimal(Double.toString(value));
    if (d.scale() > 4) {
      d = d.setScale(4, java.math.RoundingMode.HALF_EVEN);
    }
    return d.stripTrailingZeros().toPlainString();
  }
}
