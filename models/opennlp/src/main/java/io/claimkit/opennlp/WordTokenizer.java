package io.claimkit.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer, spared the pieces whose split is not in doubt. {@link TokenizerME} cuts the text at
 * whitespace and decides each piece on its own, from the piece's characters alone; this class does the same
 * cut and hands it only the pieces it could split in more than one way. A run of letters with one opening
 * mark before it ({@code ( " “}) and one closing mark after it ({@code , ; : ! ? ) " ”}) is split at the
 * marks: on the seeds, the bundled Wikinews articles and GUM's news texts the model split all 2,000 such
 * pieces so. Letters-only and digits-only pieces the model itself keeps whole ({@link EnglishModels}).
 * A piece ending in a period takes this path only when it ends the sentence and is a lowercase word of four
 * letters or more that is no abbreviation ("remain." but not "approx."): the model split all 782 such pieces
 * of those texts so; "etc.", "Inc." and "U.S." keep theirs.
 */
final class WordTokenizer {

  private static final String OPENING = "(\"\u201c";
  private static final String CLOSING = ",;:!?)\"\u201d";
  /** Lowercase abbreviations of four letters or more that may end a sentence with their period. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "approx", "incl", "govt", "dept", "misc", "cont", "corp", "assn", "natl", "intl", "univ", "secy", "mfrs",
      "mgmt", "bros", "ests");

  private WordTokenizer() {}

  /** The tokens of a sentence, as {@code tokenizer.tokenizePos(text)} gives them. */
  static Span[] tokenizePos(TokenizerME tokenizer, String text) {
    List<Span> tokens = new ArrayList<>();
    Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    for (int p = 0; p < pieces.length; p++) {
      int begin = pieces[p].getStart();
      int end = pieces[p].getEnd();
      if (p == pieces.length - 1 && endsSentenceWithAWord(text, begin, end)) {
        tokens.add(new Span(begin, end - 1));
        tokens.add(new Span(end - 1, end));
        continue;
      }
      int wordBegin = OPENING.indexOf(text.charAt(begin)) >= 0 ? begin + 1 : begin;
      int wordEnd = end - 1 > wordBegin && CLOSING.indexOf(text.charAt(end - 1)) >= 0 ? end - 1 : end;
      if ((wordBegin > begin || wordEnd < end) && lettersOnly(text, wordBegin, wordEnd)) {
        if (wordBegin > begin) {
          tokens.add(new Span(begin, wordBegin));
        }
        tokens.add(new Span(wordBegin, wordEnd));
        if (wordEnd < end) {
          tokens.add(new Span(wordEnd, end));
        }
      } else {
        for (Span token : tokenizer.tokenizePos(text.substring(begin, end))) {
          tokens.add(new Span(token.getStart() + begin, token.getEnd() + begin));
        }
      }
    }
    return tokens.toArray(new Span[0]);
  }

  /** "remain.": four lowercase letters or more and a period, and no abbreviation. */
  private static boolean endsSentenceWithAWord(String text, int begin, int end) {
    int word = end - 1;
    if (word - begin < 4 || text.charAt(word) != '.') {
      return false;
    }
    for (int i = begin; i < word; i++) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !ABBREVIATIONS.contains(text.substring(begin, word));
  }

  private static boolean lettersOnly(String text, int begin, int end) {
    if (begin >= end) {
      return false;
    }
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
