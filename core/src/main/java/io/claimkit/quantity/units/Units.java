package io.claimkit.quantity.units;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.quantity.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Surface units normalized to a canonical unit per dimension, from the declarative table
 * {@code io/claimkit/quantity/units/conversions.tsv}: "62 mph" and "100 km/h" both become metres per second,
 * "per cent", "pc" and "%" are one ratio, "$", "US$" and "USD" one currency.
 *
 * <pre>{@code
 * NormalizedUnit mph = Units.normalize("mph").orElseThrow();     // speed, m/s, factor 0.44704
 * double kmh = Units.convert(62, mph, Units.normalize("km/h").orElseThrow());  // 99.78
 * }</pre>
 *
 * <p>A surface of up to three characters matches only as written ("m" is metres, "M" is not); a longer one
 * also in any case ("Miles", "KM/H" aside). Surrounding spaces and a final full stop are ignored; inner runs
 * of spaces count as one. The table is read once; the class is thread-safe.
 */
public final class Units {

  static final String RESOURCE = "conversions.tsv";

  private static final Table TABLE = Table.load();

  private Units() {}

  /** The normalized unit of a surface unit string, or empty when the table does not know it. */
  public static Optional<NormalizedUnit> normalize(String surface) {
    if (surface == null) {
      return Optional.empty();
    }
    String key = surface.strip().replaceAll("\\s+", " ");
    NormalizedUnit unit = TABLE.exact.get(key);
    if (unit == null && key.endsWith(".") && key.length() > 1) {
      unit = TABLE.exact.get(key.substring(0, key.length() - 1));
    }
    if (unit == null && key.length() > 3) {
      unit = TABLE.folded.get(key.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(unit).map(u -> u.surface().equals(surface) ? u : rename(u, surface));
  }

  /**
   * A value in one unit expressed in another of the same dimension.
   *
   * @throws ClaimKitException INVALID_ARGUMENT when the two units measure different dimensions
   */
  public static double convert(double value, NormalizedUnit from, NormalizedUnit to) {
    if (!from.commensurable(to)) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null,
          "cannot convert " + from.surface() + " (" + from.dimension() + ") to " + to.surface() + " (" + to.dimension() + ")");
    }
    return to.fromCanonical(from.toCanonical(value));
  }

  /**
   * The quantity's interval in its dimension's canonical unit, or empty when its unit is missing or unknown.
   * The qualifier and surface stay; the unit becomes the canonical symbol. An interval whose unit has an
   * offset (temperatures) keeps its ends' order, since every factor is positive.
   */
  public static Optional<Quantity> inCanonical(Quantity quantity) {
    return quantity.unit().flatMap(Units::normalize).map(u -> new Quantity(
        u.toCanonical(quantity.value()),
        u.toCanonical(quantity.low()),
        quantity.lowInclusive(),
        u.toCanonical(quantity.high()),
        quantity.highInclusive(),
        quantity.qualifier(),
        Optional.of(u.canonical()),
        quantity.surface()));
  }

  private static NormalizedUnit rename(NormalizedUnit unit, String surface) {
    return new NormalizedUnit(surface, unit.dimension(), unit.canonical(), unit.factor(), unit.offset());
  }

  /** The table, indexed as written and, for surfaces longer than three characters, in lower case. */
  record Table(Map<String, NormalizedUnit> exact, Map<String, NormalizedUnit> folded) {

    static Table load() {
      try (InputStream in = Units.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "missing unit table " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Table parse(String text) {
      Map<String, NormalizedUnit> exact = new HashMap<>();
      Map<String, NormalizedUnit> folded = new HashMap<>();
      int lineNumber = 0;
      for (String line : text.split("\n")) {
        lineNumber++;
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4 || f.length > 5) {
          throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 4 or 5 tab-separated fields");
        }
        NormalizedUnit unit = new NormalizedUnit(f[0].strip(), f[1].strip(), f[2].strip(),
            Double.parseDouble(f[3].strip()), f.length == 5 ? Double.parseDouble(f[4].strip()) : 0.0);
        if (exact.put(unit.surface(), unit) != null) {
          throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": duplicate surface " + unit.surface());
        }
        if (unit.surface().length() > 3) {
          folded.putIfAbsent(unit.surface().toLowerCase(Locale.ROOT), unit);
        }
      }
      return new Table(Map.copyOf(exact), Map.copyOf(folded));
    }
  }
}
