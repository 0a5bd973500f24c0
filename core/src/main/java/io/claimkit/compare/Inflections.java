package io.claimkit.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The base forms a regular English inflection may stand for, commonest reading first: "residents" →
 * "resident"; "casualties" → "casualty"; "displaced" → "displace", "displac"; "stopped" → "stop";
 * "evacuating" → "evacuate", "evacuat". Irregular forms ("people", "fled") are in the lexical resource itself.
 */
final class Inflections {

  private Inflections() {}

  static List<String> bases(String word) {
    List<String> bases = new ArrayList<>(4);
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      bases.add(word.substring(0, n - 3) + "y");
    }
    if (n > 4 && word.endsWith("es")) {
      bases.add(word.substring(0, n - 2));
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      bases.add(word.substring(0, n - 1));
    }
    if (n > 4 && word.endsWith("ied")) {
      bases.add(word.substring(0, n - 3) + "y");
    }
    if (n > 3 && word.endsWith("ed")) {
      stemAndE(bases, word.substring(0, n - 2));
    }
    if (n > 5 && word.endsWith("ing")) {
      stemAndE(bases, word.substring(0, n - 3));
    }
    return bases;
  }

  /** "displac" → "displace", "displac"; "stopp" → "stop". */
  private static void stemAndE(List<String> bases, String stem) {
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
      bases.add(stem.substring(0, n - 1));
    }
    bases.add(stem + "e");
    bases.add(stem);
  }
}
