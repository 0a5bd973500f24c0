package io.claimkit.corenlp;

import io.claimkit.lexicon.WordList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a time expression: SUTime's rules all need a time word (a month, a weekday, a
 * unit of time, "today", "ago", a holiday...) or a number that could be a year, a clock time, a date or an
 * ordinal ("1990", "10:30", "5pm", "3/4", "1990s", "5th"). A plain count ("40", "1,200", "1.5") is no cue.
 * The word list is {@code temporal-cues.txt}, generous on purpose.
 */
final class TemporalCues {

  private static final WordList WORDS = WordList.resource(TemporalCues.class, "temporal-cues.txt");
  /** A count, an amount or a decimal: digits, thousands separators, one decimal point. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");
  /** Four digits that could be a year (1000 to 2199). */
  private static final Pattern YEAR_LIKE = Pattern.compile("1\\d{3}|20\\d{2}|21\\d{2}");

  private TemporalCues() {}

  /** True when any of the words is a cue. */
  static boolean anyCue(List<String> words) {
    for (String word : words) {
      if (isCue(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isCue(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (hasDigit(lower)) {
      return !PLAIN_NUMBER.matcher(lower).matches() || YEAR_LIKE.matcher(lower).matches();
    }
    if (WORDS.contains(stripPeriod(lower))) {
      return true;
    }
    if (lower.indexOf('-') > 0) {
      for (String part : lower.split("-")) {
        if (!part.isEmpty() && WORDS.contains(stripPeriod(part))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String stripPeriod(String word) {
    return word.endsWith(".") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
  }
}
