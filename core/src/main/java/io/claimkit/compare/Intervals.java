package io.claimkit.compare;

import io.claimkit.quantity.Quantity;
import java.math.BigDecimal;

/** A quantity as a person reads its interval: {@code "at least 151" = [151, ∞)}. */
final class Intervals {

  private Intervals() {}

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
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
