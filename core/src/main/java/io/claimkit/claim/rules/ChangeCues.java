package io.claimkit.claim.rules;

import io.claimkit.claim.QuantityChange.Direction;
import io.claimkit.internal.LexiconResource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The words that tell a change of a quantity ("rise", "cut", "doubled", "up", "higher"), read from the
 * resource {@code change-cues.txt}: a lemma, a tab, its direction and flags. Immutable.
 */
final class ChangeCues {

  /** What one cue word says: its direction, the factor it multiplies by, whether it follows the amount. */
  record Cue(Direction direction, OptionalDouble factor, boolean follows) {}

  private static final ChangeCues DEFAULTS = read("change-cues.txt");

  private final Map<String, Cue> cues;

  private ChangeCues(Map<String, Cue> cues) {
    this.cues = Map.copyOf(cues);
  }

  static ChangeCues defaults() {
    return DEFAULTS;
  }

  /** The cue a lemma names, if it names one. */
  Optional<Cue> cue(String lemma) {
    return Optional.ofNullable(cues.get(lemma.toLowerCase(Locale.ROOT)));
  }

  private static ChangeCues read(String resource) {
    Map<String, Cue> cues = new HashMap<>();
    for (String entry : LexiconResource.entries(ChangeCues.class, resource)) {
      String[] fields = entry.split("\t", 2);
      String[] flags = fields.length > 1 ? fields[1].strip().split(" +") : new String[0];
      Direction direction = null;
      OptionalDouble factor = OptionalDouble.empty();
      boolean follows = false;
      for (String flag : flags) {
        switch (flag) {
          case "up" -> direction = Direction.INCREASE;
          case "down" -> direction = Direction.DECREASE;
          case "after" -> follows = true;
          default -> {
            if (!flag.startsWith("x")) {
              throw new IllegalStateException("unknown flag " + flag + " in " + resource);
            }
            factor = OptionalDouble.of(Double.parseDouble(flag.substring(1)));
          }
        }
      }
      if (direction == null) {
        throw new IllegalStateException("no direction for " + fields[0] + " in " + resource);
      }
      cues.put(fields[0].strip().toLowerCase(Locale.ROOT), new Cue(direction, factor, follows));
    }
    return new ChangeCues(cues);
  }
}
