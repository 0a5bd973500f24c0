package io.claimkit.quantity.units;

import java.util.Objects;

/**
 * A unit as written, read as a multiple of its dimension's canonical unit: "mph" is speed, 0.44704 m/s;
 * "°C" is temperature, kelvin plus 273.15; "US$" is money in USD.
 *
 * @param surface   the unit as the text wrote it ("km/h", "per cent", "US$")
 * @param dimension what it measures ("length", "speed", "ratio"; money is "currency:" and its ISO 4217 code,
 *                  one dimension per currency, since no exchange rate is applied)
 * @param canonical the symbol of the dimension's canonical unit ("m", "m/s", "%", "USD")
 * @param factor    how many canonical units one surface unit is
 * @param offset    what is added after scaling (non-zero for temperature scales only)
 */
public record NormalizedUnit(String surface, String dimension, String canonical, double factor, double offset) {

  public NormalizedUnit {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(canonical, "canonical");
    if (!(factor > 0) || Double.isInfinite(factor) || Double.isNaN(offset) || Double.isInfinite(offset)) {
      throw new IllegalArgumentException("bad conversion for " + surface + ": " + factor + ", " + offset);
    }
  }

  /** The value, in this unit, expressed in the canonical unit; infinite ends stay infinite. */
  public double toCanonical(double value) {
    return Double.isInfinite(value) ? value : value * factor + offset;
  }

  /** A value in the canonical unit expressed in this unit. */
  public double fromCanonical(double canonicalValue) {
    return Double.isInfinite(canonicalValue) ? canonicalValue : (canonicalValue - offset) / factor;
  }

  /** True when both measure one dimension, so that their values can be compared after conversion. */
  public boolean commensurable(NormalizedUnit other) {
    return dimension.equals(other.dimension);
  }

  /** True for money: a dimension per currency. */
  public boolean isCurrency() {
    return dimension.startsWith("currency:");
  }
}
