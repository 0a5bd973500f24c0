package io.claimkit.compare;

import java.util.Locale;

/** How two aligned claims of different articles stand to each other. */
public enum Relation {
  /** Both can hold: the same speaker and content, the same event, or quantity intervals that overlap. */
  AGREE,
  /** They cannot both hold: the same measured thing, place and time with intervals that do not overlap. */
  CONFLICT;

  /** The name used in JSON: "agree". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
