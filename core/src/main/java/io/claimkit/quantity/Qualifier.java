package io.claimkit.quantity;

import java.util.Locale;

/**
 * How the text qualifies a number: "about 70", "at least 151", "between 20 and 30", "thousands". Each
 * qualifier gives the interval its shape (see {@link Quantity#qualified(Qualifier)}).
 */
public enum Qualifier {
  /** "70": [70, 70]. */
  EXACT,
  /** "about 70": [63, 77]. */
  APPROXIMATE,
  /** "at least 70", "70 or more": [70, ∞). */
  AT_LEAST,
  /** "more than 70": (70, ∞). */
  MORE_THAN,
  /** "up to 70", "70 or fewer": (-∞, 70]. */
  AT_MOST,
  /** "less than 70": (-∞, 70). */
  LESS_THAN,
  /** "between 20 and 30", "20-30", "more than 20 and less than 30": both ends given. */
  RANGE,
  /** "thousands": [1,000, 10,000). */
  VAGUE,
  /** "nearly 40", "almost 40", "just under 40": just below the value, [36, 40). */
  NEARLY,
  /** "just over 40", "a little more than 40": just above the value, (40, 44]. */
  JUST_OVER;

  /** The name used in JSON and gold files: "at_least". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Qualifier fromJsonName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
