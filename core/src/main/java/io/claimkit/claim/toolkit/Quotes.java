package io.claimkit.claim.toolkit;

import io.claimkit.analysis.Sentence;
import io.claimkit.claim.Directness;
import io.claimkit.text.Span;
import java.util.List;

/**
 * Quotation marks in the raw text. A content that opens a quote it does not close runs on to the close, over
 * sentences; a content that closes a quote it did not open reaches back to the opening; a content that is
 * exactly one quotation loses its marks and is direct. Curly quotes say which way they face; a straight quote
 * opens after a space or an opening bracket or dash and closes elsewhere.
 */
public final class Quotes {

  /** How many sentences a quotation may run over. */
  public static final int MAX_SENTENCES = 8;

  private Quotes() {}

  /**
   * The content widened to the whole quotation it opens or closes (at most {@link #MAX_SENTENCES} sentences
   * on from {@code sentence}, the sentence it was found in), without its marks when it is exactly one
   * quotation, and without punctuation or space at its ends.
   */
  public static Span extend(Span content, String raw, List<Sentence> sentences, Sentence sentence) {
    int begin = content.begin();
    int end = content.end();
    if (isOpening(raw, begin) && !hasClosing(raw, begin + 1, end)) {
      int limit = sentences.get(Math.min(sentence.index() + MAX_SENTENCES, sentences.size() - 1)).span().end();
      int close = nextClosing(raw, end, limit);
      if (close >= 0) {
        end = close + 1;
      }
    } else if (closingBeforeOpening(raw, begin, end)) {
      int floor = sentences.get(Math.max(sentence.index() - MAX_SENTENCES, 0)).span().begin();
      int open = previousOpening(raw, begin, floor);
      if (open >= 0) {
        begin = open;
      }
    }
    return unquoted(raw, begin, end);
  }

  /** Whether a content is one quotation, paraphrase, or paraphrase with quoted words inside. */
  public static Directness directness(String raw, Span content) {
    int before = content.begin() - 1;
    while (before >= 0 && Character.isWhitespace(raw.charAt(before))) {
      before--;
    }
    boolean quoted = hasAnyQuote(raw, content.begin(), content.end());
    if (before >= 0 && isOpening(raw, before) && !quoted) {
      return Directness.DIRECT;
    }
    return quoted ? Directness.MIXED : Directness.INDIRECT;
  }

  /** True when the character at {@code i} opens a quotation. */
  public static boolean isOpening(String raw, int i) {
    if (i < 0 || i >= raw.length()) {
      return false;
    }
    char c = raw.charAt(i);
    if (c == '“') {
      return true;
    }
    return c == '"' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)) || "([—–-".indexOf(raw.charAt(i - 1)) >= 0);
  }

  /** True when the character at {@code i} closes a quotation. */
  public static boolean isClosing(String raw, int i) {
    if (i < 0 || i >= raw.length()) {
      return false;
    }
    char c = raw.charAt(i);
    if (c == '”') {
      return true;
    }
    return c == '"' && !isOpening(raw, i);
  }

  /** Drops the marks of a content that is exactly one quotation, and punctuation or space at its ends. */
  private static Span unquoted(String raw, int begin, int end) {
    if (end - begin >= 2 && isOpening(raw, begin) && isClosing(raw, end - 1)
        && !hasAnyQuote(raw, begin + 1, end - 1)) {
      begin++;
      end--;
    }
    while (end > begin + 1 && ",.:; \n\r\t".indexOf(raw.charAt(end - 1)) >= 0) {
      end--;
    }
    while (begin < end - 1 && Character.isWhitespace(raw.charAt(begin))) {
      begin++;
    }
    return new Span(begin, end);
  }

  private static int nextClosing(String raw, int from, int limit) {
    for (int i = from; i < limit && i < raw.length(); i++) {
      if (isClosing(raw, i)) {
        return i;
      }
      if (isOpening(raw, i) && !startsParagraph(raw, i)) {
        return -1;
      }
    }
    return -1;
  }

  private static int previousOpening(String raw, int from, int floor) {
    for (int i = from - 1; i >= floor; i--) {
      if (isOpening(raw, i)) {
        return i;
      }
      if (isClosing(raw, i)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean closingBeforeOpening(String raw, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (isOpening(raw, i)) {
        return false;
      }
      if (isClosing(raw, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasClosing(String raw, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isClosing(raw, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnyQuote(String raw, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '“' || c == '”' || c == '"') {
        return true;
      }
    }
    return false;
  }

  private static boolean startsParagraph(String raw, int i) {
    int j = i - 1;
    while (j >= 0 && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
  }
}
