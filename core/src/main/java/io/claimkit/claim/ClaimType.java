package io.claimkit.claim;

import java.util.Locale;

/** The three kinds of {@link Claim}, as the JSON record names them in its {@code type} field. */
public enum ClaimType {
  QUANTITY,
  ATTRIBUTION,
  EVENT;

  /** "quantity", "attribution", "event". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
