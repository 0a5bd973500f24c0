package io.claimkit.internal;

import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a raw text into the blocks a backend annotates one at a time, so that a headline, a byline and each
 * paragraph end their sentences, and no call sees more than a bounded amount of text.
 *
 * <p>A blank line always ends a block. A single line break ends one when the line before ends a sentence
 * ({@code . ! ?}, an ellipsis or a closing quote), or when the line before has no final punctuation and the
 * next line starts with an uppercase letter, a digit or a quote (a headline or byline above a paragraph). A
 * break inside a hard-wrapped sentence, where the next line starts in lowercase or the line before ends with
 * a comma or dash, does not. A block longer than the bound is cut into chunks: after the last sentence end
 * in the second half of the window, else at the last whitespace, else (no whitespace at all) at the bound,
 * never inside a surrogate pair. Blocks and chunks are trimmed of whitespace and never empty.
 */
public final class TextBlocks {

  private static final String SENTENCE_FINAL = ".!?…";
  private static final String CLOSING_QUOTES = "\"'”’»";
  private static final String OPENING_QUOTES = "\"'“‘«";
  private static final String CONTINUING = ",;-–—(/&+";

  private TextBlocks() {}

  /** The blocks of a text, in order, each at most {@code maxChars} long. */
  public static List<Span> split(String raw, int maxChars) {
    List<Span> chunks = new ArrayList<>();
    for (Span block : blocks(raw)) {
      chunk(raw, block, maxChars, chunks);
    }
    return chunks;
  }

  /** The blocks of a text before the length bound is applied. */
  static List<Span> blocks(String raw) {
    List<Span> blocks = new ArrayList<>();
    int blockBegin = -1;
    int previousEnd = -1;
    int lineBegin = 0;
    while (lineBegin <= raw.length()) {
      int lineEnd = lineEnd(raw, lineBegin);
      Span line = trim(raw, lineBegin, lineEnd);
      if (line.isEmpty()) {
        if (blockBegin >= 0) {
          blocks.add(new Span(blockBegin, previousEnd));
          blockBegin = -1;
        }
      } else {
        if (blockBegin >= 0 && breaksBetween(raw, previousEnd, line.begin())) {
          blocks.add(new Span(blockBegin, previousEnd));
          blockBegin = -1;
        }
        if (blockBegin < 0) {
          blockBegin = line.begin();
        }
        previousEnd = line.end();
      }
      if (lineEnd == raw.length()) {
        break;
      }
      lineBegin = afterLineBreak(raw, lineEnd);
    }
    if (blockBegin >= 0) {
      blocks.add(new Span(blockBegin, previousEnd));
    }
    return blocks;
  }

  /** Whether a single line break ends a block, given where the line before ends and where the next begins. */
  private static boolean breaksBetween(String raw, int previousEnd, int nextBegin) {
    char last = raw.charAt(previousEnd - 1);
    char first = raw.charAt(nextBegin);
    if (SENTENCE_FINAL.indexOf(last) >= 0 || CLOSING_QUOTES.indexOf(last) >= 0) {
      return true;
    }
    if (CONTINUING.indexOf(last) >= 0) {
      return false;
    }
    return Character.isUpperCase(first)
        || Character.isTitleCase(first)
        || Character.isDigit(first)
        || OPENING_QUOTES.indexOf(first) >= 0;
  }

  private static void chunk(String raw, Span block, int maxChars, List<Span> out) {
    int begin = block.begin();
    while (block.end() - begin > maxChars) {
      int cut = cutPoint(raw, begin, begin + maxChars);
      Span piece = trim(raw, begin, cut);
      if (!piece.isEmpty()) {
        out.add(piece);
      }
      begin = cut;
    }
    Span rest = trim(raw, begin, block.end());
    if (!rest.isEmpty()) {
      out.add(rest);
    }
  }

  /** Where to end a chunk that starts at {@code begin} and may not reach past {@code limit}. */
  private static int cutPoint(String raw, int begin, int limit) {
    int half = begin + (limit - begin) / 2;
    for (int i = limit; i > half; i--) {
      if (isWhitespace(raw.charAt(i)) && endsSentence(raw, begin, i)) {
        return i;
      }
    }
    for (int i = limit; i > begin; i--) {
      if (isWhitespace(raw.charAt(i))) {
        return i;
      }
    }
    boolean splitsPair =
        Character.isHighSurrogate(raw.charAt(limit - 1)) && Character.isLowSurrogate(raw.charAt(limit));
    return splitsPair ? limit - 1 : limit;
  }

  /**
   * Whether the text before {@code end} ends a sentence: {@code ! ?} or an ellipsis, or a period after a word
   * that starts in lowercase or a number, so that "Mr." and "U.S." are not taken for sentence ends; closing
   * quotes and brackets may follow.
   */
  private static boolean endsSentence(String raw, int begin, int end) {
    int i = end - 1;
    while (i > begin && (CLOSING_QUOTES.indexOf(raw.charAt(i)) >= 0 || raw.charAt(i) == ')')) {
      i--;
    }
    char c = raw.charAt(i);
    if (c == '!' || c == '?' || c == '…') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    int wordBegin = i;
    while (wordBegin > begin && Character.isLetterOrDigit(raw.charAt(wordBegin - 1))) {
      wordBegin--;
    }
    if (wordBegin == i || (wordBegin > begin && raw.charAt(wordBegin - 1) == '.')) {
      return false;
    }
    char first = raw.charAt(wordBegin);
    return Character.isLowerCase(first) || Character.isDigit(first);
  }

  private static int lineEnd(String raw, int from) {
    for (int i = from; i < raw.length(); i++) {
      if (isLineBreak(raw.charAt(i))) {
        return i;
      }
    }
    return raw.length();
  }

  private static int afterLineBreak(String raw, int at) {
    boolean crlf = raw.charAt(at) == '\r' && at + 1 < raw.length() && raw.charAt(at + 1) == '\n';
    return at + (crlf ? 2 : 1);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
        || c == '\f';
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static Span trim(String raw, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && isWhitespace(raw.charAt(b))) {
      b++;
    }
    while (e > b && isWhitespace(raw.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }
}
