package io.claimkit.compare;

import java.util.List;
import java.util.Locale;

/**
 * Whether two aligned claims use the same words, so that a rewrite can be traced to its source. Words are
 * compared in order, ignoring case, punctuation and the dots of abbreviations ("U.S." is "US").
 */
public enum Wording {
  /** The longest run of words the two texts share covers at least {@value #VERBATIM_SHARE} of the shorter. */
  VERBATIM,
  /** Anything less: the same fact in other words. */
  PARAPHRASED,
  /**
   * One article attributes to a speaker what the other states in its own voice: a quote or a quoted number
   * turned into narration without the speaker (or narration turned into a quote).
   */
  NARRATED;

  /** The share of the shorter text's words that one common run must cover for the wording to be verbatim. */
  public static final double VERBATIM_SHARE = 0.8;

  /** The name used in JSON: "verbatim". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The wording of two compared texts: {@link #VERBATIM} or {@link #PARAPHRASED}. */
  public static Wording between(String a, String b) {
    List<String> x = ContentWords.words(a);
    List<String> y = ContentWords.words(b);
    int shorter = Math.min(x.size(), y.size());
    if (shorter == 0) {
      return PARAPHRASED;
    }
    return longestCommonRun(x, y) >= VERBATIM_SHARE * shorter ? VERBATIM : PARAPHRASED;
  }

  /** The length of the longest contiguous run of words both lists hold, by dynamic programming. */
  static int longestCommonRun(List<String> x, List<String> y) {
    int best = 0;
    int[] previous = new int[y.size() + 1];
    for (int i = 1; i <= x.size(); i++) {
      int[] current = new int[y.size() + 1];
      for (int j = 1; j <= y.size(); j++) {
        if (x.get(i - 1).equals(y.get(j - 1))) {
          current[j] = previous[j - 1] + 1;
          best = Math.max(best, current[j]);
        }
      }
      previous = current;
    }
    return best;
  }
}
