package io.claimkit.quantity;

import java.util.Locale;

/** How the text qualifies a number: "about 70", "at least 151", "between 20 and 30", "thousands". */
public enum Qualifier {
  EXACT,
  APPROXIMATE,
  AT_LEAST,
  MORE_THAN,
  AT_MOST,
  LESS_THAN,
  RANGE,
  VAGUE;

  /** The name used in JSON and gold files: "at_least". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Qualifier fromJsonName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
