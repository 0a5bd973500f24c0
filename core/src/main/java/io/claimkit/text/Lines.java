package io.claimkit.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a raw text as spans trimmed of surrounding white space; blank lines are left out. A line
 * ends at LF, CR LF, a lone CR, NEL or a Unicode line or paragraph separator.
 */
final class Lines {

  private Lines() {}

  /** The non-blank lines of the text, each trimmed, in text order. */
  static List<Span> of(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      if (i == length || isLineBreak(text.charAt(i))) {
        Span trimmed = trim(text, start, i);
        if (!trimmed.isEmpty()) {
          lines.add(trimmed);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /** The part of {@code [begin, end)} without leading and trailing white space; empty when all blank. */
  static Span trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && isBlank(text.charAt(b))) {
      b++;
    }
    while (e > b && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return b == e ? new Span(begin, begin) : new Span(b, e);
  }

  /** True when nothing but white space lies in {@code [begin, end)}. */
  static boolean blankBetween(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** White space, including the no-break spaces and byte-order mark that scraped pages carry. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\uFEFF'
        || c == '\u200B';
  }
}
