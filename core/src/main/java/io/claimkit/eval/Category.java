package io.claimkit.eval;

import java.util.Locale;

/** What is scored. Each category has its own matching criterion, stated in {@link Evaluator}. */
public enum Category {
  NUMBERS,
  TEMPORALS,
  /** Every entity, by span and type. The gold lists only the main organizations and places. */
  ENTITIES,
  /** PERSON entities only, which the gold lists exhaustively: a fair precision. */
  PERSONS,
  QUANTITY_CLAIMS,
  ATTRIBUTION_CLAIMS,
  EVENT_CLAIMS,
  BOILERPLATE,
  BYLINE;

  /** "quantity claims". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
