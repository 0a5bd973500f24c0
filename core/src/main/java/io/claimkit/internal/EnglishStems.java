package io.claimkit.internal;

import java.util.Locale;

/** The crude English stemmer that comparison and evaluation share, so that both see the same words as one. */
public final class EnglishStems {

  private EnglishStems() {}

  /**
   * A crude English stem: possessive, plural, "ed" and "ing" endings stripped, a doubled final consonant
   * made single after a stripped ending ("occurred" is "occur"), and a final "e" dropped, so "vote",
   * "voted" and "voting" share the stem "vot".
   */
  public static String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    boolean stripped = false;
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
      stripped = true;
    } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
      w = w.substring(0, w.length() - 2);
      stripped = true;
    }
    if (stripped && w.length() > 2 && doubledConsonant(w)) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean doubledConsonant(String w) {
    char last = w.charAt(w.length() - 1);
    return last == w.charAt(w.length() - 2) && "aeioulsz".indexOf(last) < 0;
  }
}
