package io.claimkit.corenlp;

import io.claimkit.quantity.Quantity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the normalized value CoreNLP's {@code QuantifiableEntityNormalizer} gives NUMBER, MONEY and PERCENT
 * mentions ({@code NormalizedNamedEntityTagAnnotation}) into a {@link Quantity}: an optional comparison
 * prefix ({@code ~ >= > <= <}), an optional unit prefix (a currency symbol or {@code %}), a number in Java's
 * {@code Double.toString} form, and for ranges a second such number after a dash: {@code ~2500.0},
 * {@code >=40.0}, {@code 20.0-30.0}, {@code $4.82E7}, {@code %76.0}.
 */
final class NormalizedNumbers {

  private static final String UNIT = "([$£€¥#%])?";
  private static final String NUMBER = "(-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[Ee][+-]?\\d+)?)";
  private static final Pattern FORM =
      Pattern.compile("(~|>=|>|<=|<)?" + UNIT + NUMBER + "(?:-" + UNIT + NUMBER + ")?");

  private NormalizedNumbers() {}

  /** The quantity a normalized value states, or empty when the value is not in a form read here. */
  static Optional<Quantity> parse(String normalized) {
    if (normalized == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(normalized.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String comparison = m.group(1);
    String unitSymbol = m.group(2) != null ? m.group(2) : m.group(4);
    double value = Double.parseDouble(m.group(3));
    if (Double.isInfinite(value)) {
      return Optional.empty();
    }
    Quantity quantity;
    if (m.group(5) != null) {
      double to = Double.parseDouble(m.group(5));
      if (comparison != null || Double.isInfinite(to)) {
        return Optional.empty();
      }
      quantity = Quantity.range(value, to);
    } else {
      quantity = compared(comparison, value);
    }
    return Optional.of(unitSymbol == null ? quantity : quantity.withUnit(unit(unitSymbol)));
  }

  private static Quantity compared(String comparison, double value) {
    if (comparison == null) {
      return Quantity.exact(value);
    }
    switch (comparison) {
      case "~":
        return Quantity.approximate(value);
      case ">=":
        return Quantity.atLeast(value);
      case ">":
        return Quantity.moreThan(value);
      case "<=":
        return Quantity.atMost(value);
      case "<":
        return Quantity.lessThan(value);
      default:
        throw new IllegalStateException("unexpected comparison " + comparison);
    }
  }

  /** CoreNLP's currency symbols as ISO 4217 codes; "#" is the Penn Treebank's pound sign. */
  private static String unit(String symbol) {
    switch (symbol) {
      case "$":
        return "USD";
      case "£":
      case "#":
        return "GBP";
      case "€":
        return "EUR";
      case "¥":
        return "JPY";
      case "%":
        return "%";
      default:
        throw new IllegalStateException("unexpected unit symbol " + symbol);
    }
  }
}
