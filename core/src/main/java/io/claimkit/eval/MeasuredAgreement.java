package io.claimkit.eval;

import io.claimkit.internal.EnglishStems;
import io.claimkit.internal.FunctionWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a predicted "measured thing" agrees with the gold one. The gold names it as a free phrase without
 * offsets ("raids on clinics in Hull and York", "residents of Hull"), which the text
 * may not hold as one piece, so an exact span match would be unfair. Two criteria:
 *
 * <ul>
 *   <li><b>head</b>: the two phrases have the same head word. The head is the last content word before the
 *       phrase's first post-modifier: a preposition ("residents <i>of</i> Hull"), a lower-case participle or
 *       adverb ("personnel <i>injured</i>", "soldiers <i>critically</i> wounded") or a relative word. A
 *       prediction that holds the head somewhere inside a longer stretch does not agree by head.
 *   <li><b>tokens</b>: the content words of both (function words left out) overlap with a Dice coefficient
 *       (token F1) of at least {@value #MIN_TOKEN_F1}, so a long prediction cannot agree by covering all.
 * </ul>
 *
 * Words are compared by a crude stem (lower case, possessive and plural "s", "ed" and "ing" stripped), so
 * "attacked" agrees with "attacks" and "soldier" with "soldiers". A prediction agrees when either holds.
 */
public final class MeasuredAgreement {

  public static final double MIN_TOKEN_F1 = 0.5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{N}]+)*");

  private MeasuredAgreement() {}

  /** True when the prediction holds the gold head or shares enough content words. */
  public static boolean agrees(String predicted, String gold) {
    return headAgrees(predicted, gold) || tokenF1(predicted, gold) >= MIN_TOKEN_F1;
  }

  /** True when the heads of the two phrases have the same stem. */
  public static boolean headAgrees(String predicted, String gold) {
    String goldHead = head(gold);
    return !goldHead.isEmpty() && stem(head(predicted)).equals(stem(goldHead));
  }

  /** The head noun of a gold phrase, as written; empty when the phrase has no word. */
  public static String head(String phrase) {
    List<String> words = words(phrase);
    String last = "";
    for (String word : words) {
      if (!last.isEmpty() && opensPostModifier(word)) {
        return last;
      }
      if (!FunctionWords.isFunctionWord(word)) {
        last = word;
      }
    }
    return last;
  }

  /** The Dice coefficient of the two phrases' content-word stems, counted as multisets. */
  public static double tokenF1(String predicted, String gold) {
    Map<String, Integer> p = contentStems(predicted);
    Map<String, Integer> g = contentStems(gold);
    int sizeP = p.values().stream().mapToInt(Integer::intValue).sum();
    int sizeG = g.values().stream().mapToInt(Integer::intValue).sum();
    if (sizeP == 0 || sizeG == 0) {
      return 0.0;
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * common / (sizeP + sizeG);
  }

  static String stem(String word) {
    return EnglishStems.stem(word);
  }

  private static boolean opensPostModifier(String word) {
    boolean lower = Character.isLowerCase(word.codePointAt(0));
    String w = word.toLowerCase(Locale.ROOT);
    return FunctionWords.isPreposition(w)
        || w.equals("that")
        || w.equals("which")
        || w.equals("who")
        || (lower && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ly") || w.endsWith("ing")));
  }

  private static Map<String, Integer> contentStems(String phrase) {
    Map<String, Integer> stems = new HashMap<>();
    for (String word : words(phrase)) {
      if (!FunctionWords.isFunctionWord(word)) {
        stems.merge(stem(word), 1, Integer::sum);
      }
    }
    return stems;
  }

  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
