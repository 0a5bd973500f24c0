package io.claimkit.compare;

import io.claimkit.internal.EnglishStems;
import io.claimkit.internal.FunctionWords;
import io.claimkit.lexicon.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text, as the comparison sees them, and how much two texts share.
 *
 * <p>A word is a run of letters and digits, with inner dots and apostrophes ("U.S.", "Iraq's"); hyphens
 * split. Content words leave out the function words of {@link FunctionWords} and the stopwords of
 * {@code stopwords.txt}, and numbers, which the comparison weighs as intervals instead. An acronym in
 * capitals ("US", "U.S.", "UN") is always a content word, so the country is not taken for the pronoun.
 * Content words are compared by a crude stem ({@link #stem}); synonyms are out of scope.
 */
final class ContentWords {

  /** A word; an abbreviation keeps its final dot ("U.S."), a word before a full stop does not. */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[.'\u2019][\\p{L}\\p{N}]+)*(?:(?<=\\.\\p{L})\\.)?");
  private static final WordList STOPWORDS = WordList.resource(ContentWords.class, "stopwords.txt");

  private ContentWords() {}

  /** Every word of the text in order: lower case, without abbreviation dots, apostrophes made straight. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(normalize(m.group()));
    }
    return words;
  }

  /** The stems of the text's content words. */
  static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String key = key(m.group());
      if (key != null) {
        stems.add(key);
      }
    }
    return stems;
  }

  /** The content words of a text by stem, each with the first word that has it, lower case, in text order. */
  static java.util.Map<String, String> byStem(String text) {
    java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String key = key(m.group());
      if (key != null) {
        words.putIfAbsent(key, normalize(m.group()));
      }
    }
    return words;
  }

  /** The stem a word is compared by, or null when it is not a content word. */
  private static String key(String word) {
    String plain = normalize(word);
    if (isAcronym(word)) {
      return plain;
    }
    if (isNumber(plain) || FunctionWords.isFunctionWord(plain) || STOPWORDS.contains(plain)) {
      return null;
    }
    return stem(plain);
  }

  /** The words of a text whose stems are in the set, as written, each once, in text order. */
  static List<String> sharedWords(String text, Set<String> stems) {
    Set<String> seen = new HashSet<>();
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String key = key(m.group());
      if (key != null && stems.contains(key) && seen.add(key)) {
        found.add(m.group());
      }
    }
    return found;
  }

  /** The stems both sets hold. */
  static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared;
  }

  /** The overlap coefficient |a ∩ b| / min(|a|, |b|): 1 when one text's content words are all in the other. */
  static double overlap(Set<String> a, Set<String> b) {
    int smaller = Math.min(a.size(), b.size());
    return smaller == 0 ? 0.0 : (double) shared(a, b).size() / smaller;
  }

  /** The Dice coefficient 2|a ∩ b| / (|a| + |b|): 1 only when the two sets are the same. */
  static double dice(Set<String> a, Set<String> b) {
    int total = a.size() + b.size();
    return total == 0 ? 0.0 : 2.0 * shared(a, b).size() / total;
  }

  static String stem(String word) {
    return EnglishStems.stem(word);
  }

  private static String normalize(String word) {
    return word.replace("\u2019", "'").replace(".", "").toLowerCase(Locale.ROOT);
  }

  /** Two or more letters, all capitals, possibly dotted: "US", "U.S.", "NATO". */
  private static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '\'');
  }
}
