package io.claimkit.opennlp;

import java.util.ArrayList;
import java.util.List;
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
 * A piece ending in a period never takes this path: "etc." and "Inc." keep theirs.
 */
final class WordTokenizer {

  private static final String OPENING = "(\"\u201c";
  private static final String CLOSING = ",;:!?)\"\u201d";

  private WordTokenizer() {}

  /** The tokens of a sentence, as {@code tokenizer.tokenizePos(text)} gives them. */
  static Span[] tokenizePos(TokenizerME tokenizer, String text) {
    List<Span> tokens = new ArrayList<>();
    for (Span piece : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
      int begin = piece.getStart();
      int end = piece.getEnd();
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
