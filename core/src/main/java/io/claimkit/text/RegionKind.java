package io.claimkit.text;

import java.util.Locale;

/** The parts of an article page. */
public enum RegionKind {
  HEADLINE,
  BYLINE,
  BODY,
  BOILERPLATE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
