package io.claimkit.eval;

import java.util.Objects;

/**
 * How often a property agrees between matched gold and predicted items ("value": 3 of 4 matched numbers).
 *
 * @param name     what is compared
 * @param agreeing the matched pairs where it agrees
 * @param compared the matched pairs where it was compared
 */
public record Agreement(String name, int agreeing, int compared) {

  public Agreement {
    Objects.requireNonNull(name, "name");
    if (agreeing < 0 || compared < agreeing) {
      throw new IllegalArgumentException(name + ": " + agreeing + " of " + compared);
    }
  }

  /** The share that agrees, or NaN when nothing was compared. */
  public double share() {
    return compared == 0 ? Double.NaN : (double) agreeing / compared;
  }

  public Agreement plus(Agreement other) {
    return new Agreement(name, agreeing + other.agreeing, compared + other.compared);
  }
}
