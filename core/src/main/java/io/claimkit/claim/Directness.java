package io.claimkit.claim;

import java.util.Locale;

/** Whether reported content is quoted word for word, paraphrased, or both. */
public enum Directness {
  DIRECT,
  INDIRECT,
  MIXED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
