package io.claimkit.opennlp;

import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs what OpenNLP's UD-EWT sentence detector and tokenizer do to abbreviations before names and numbers:
 * they end a sentence after "Gen." and "John Q." and cut "Gen." into "Gen" and ".". An initial (one capital
 * letter) or a listed abbreviation followed by a period keeps its period and does not end a sentence when a
 * capitalized word or a number follows. A period left on the last word of a sentence ("Hajj.") is cut off.
 */
final class Abbreviations {

  private static final Set<String> BEFORE_NAMES = Set.copyOf(Lexicon.lines("abbreviations.txt"));

  private Abbreviations() {}

  /** The detector's sentences with the false breaks after abbreviations removed, relative to the text. */
  static List<Span> mergeSentences(String text, opennlp.tools.util.Span[] sentences) {
    List<Span> out = new ArrayList<>();
    for (opennlp.tools.util.Span s : sentences) {
      Span next = new Span(s.getStart(), s.getEnd());
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (endsWithAbbreviation(text, last.end()) && startsLikeAName(text, next.begin())) {
          out.set(out.size() - 1, new Span(last.begin(), next.end()));
          continue;
        }
      }
      out.add(next);
    }
    return out;
  }

  /** The tokens with "Gen" "." joined back into "Gen." where an abbreviation stands before more text. */
  static opennlp.tools.util.Span[] joinTokens(String text, opennlp.tools.util.Span[] tokens) {
    List<opennlp.tools.util.Span> out = new ArrayList<>(tokens.length + 1);
    for (int i = 0; i < tokens.length; i++) {
      opennlp.tools.util.Span t = tokens[i];
      if (i == tokens.length - 1 && endsWithStrayPeriod(text.substring(t.getStart(), t.getEnd()))) {
        // "...of the Hajj.": the tokenizer sometimes keeps the sentence's final period on its last word.
        out.add(new opennlp.tools.util.Span(t.getStart(), t.getEnd() - 1));
        out.add(new opennlp.tools.util.Span(t.getEnd() - 1, t.getEnd()));
        continue;
      }
      if (i + 2 < tokens.length
          && tokens[i + 1].getStart() == t.getEnd()
          && tokens[i + 1].length() == 1
          && text.charAt(tokens[i + 1].getStart()) == '.'
          && isAbbreviation(text.substring(t.getStart(), t.getEnd()))
          && startsLikeAName(text, tokens[i + 2].getStart())) {
        out.add(new opennlp.tools.util.Span(t.getStart(), tokens[i + 1].getEnd()));
        i++;
      } else {
        out.add(t);
      }
    }
    return out.toArray(new opennlp.tools.util.Span[0]);
  }

  /** A word with a final period and no other: not "U.S.", not an initial or a listed abbreviation. */
  private static boolean endsWithStrayPeriod(String word) {
    int n = word.length();
    if (n < 3 || word.charAt(n - 1) != '.' || word.indexOf('.') < n - 1) {
      return false;
    }
    String stem = word.substring(0, n - 1);
    return stem.chars().allMatch(Character::isLetterOrDigit) && !isAbbreviation(stem);
  }

  private static boolean endsWithAbbreviation(String text, int end) {
    if (end < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    int begin = end - 1;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    boolean wordStart = begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1))
        && text.charAt(begin - 1) != '.';
    return wordStart && isAbbreviation(text.substring(begin, end - 1));
  }

  private static boolean isAbbreviation(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || BEFORE_NAMES.contains(word);
  }

  private static boolean startsLikeAName(String text, int begin) {
    int i = begin;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
  }
}
