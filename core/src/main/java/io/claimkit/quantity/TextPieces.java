package io.claimkit.quantity;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw text of one region cut into pieces with exact offsets: runs of decimal digits of any script
 * (ASCII, fullwidth "２５００", Arabic-Indic; with inner "," and "."), runs of letters, and single other characters. Whitespace, Unicode's included (a no-break space, a
 * line separator), separates pieces and is never part of one, so two neighbours are either glued ("5k",
 * "U.S.") or apart. The cut ignores how a backend tokenized,
 * so the spans built from pieces never depend on it. Linear in the length of the region.
 */
final class TextPieces {

  enum Kind {
    NUMBER,
    WORD,
    SYMBOL
  }

  private static final Pattern PIECE =
      Pattern.compile("(\\p{Nd}+(?:[.,]\\p{Nd}+)*)|([\\p{L}\\p{M}]+)|([^\\s\\p{Z}])");
  private static final Kind[] KINDS = Kind.values();

  private final String text;
  private int[] begins;
  private int[] ends;
  private byte[] kinds;
  private int size;
  /** Whether most words are capitalized (a headline), computed on first use: 0 unknown, 1 no, 2 yes. */
  private byte titleCase;

  private TextPieces(String text, int capacity) {
    this.text = text;
    this.begins = new int[capacity];
    this.ends = new int[capacity];
    this.kinds = new byte[capacity];
  }

  /** The pieces of {@code text} between {@code begin} and {@code end}. */
  static TextPieces of(String text, int begin, int end) {
    TextPieces pieces = new TextPieces(text, Math.max(8, (end - begin) / 4));
    Matcher m = PIECE.matcher(text).region(begin, end);
    while (m.find()) {
      Kind kind = m.start(1) >= 0 ? Kind.NUMBER : m.start(2) >= 0 ? Kind.WORD : Kind.SYMBOL;
      pieces.add(m.start(), m.end(), kind);
    }
    return pieces;
  }

  private void add(int begin, int end, Kind kind) {
    if (size == begins.length) {
      int capacity = size * 2;
      begins = Arrays.copyOf(begins, capacity);
      ends = Arrays.copyOf(ends, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    begins[size] = begin;
    ends[size] = end;
    kinds[size] = (byte) kind.ordinal();
    size++;
  }

  String source() {
    return text;
  }

  int size() {
    return size;
  }

  int begin(int i) {
    return begins[i];
  }

  int end(int i) {
    return ends[i];
  }

  Kind kind(int i) {
    return KINDS[kinds[i]];
  }

  boolean is(int i, Kind kind) {
    return i >= 0 && i < size && kinds[i] == kind.ordinal();
  }

  String text(int i) {
    return text.substring(begins[i], ends[i]);
  }

  String lower(int i) {
    return text(i).toLowerCase(Locale.ROOT);
  }

  /** True when piece {@code i} is the word {@code word}, ignoring case. */
  boolean isWord(int i, String word) {
    return is(i, Kind.WORD) && ends[i] - begins[i] == word.length()
        && text.regionMatches(true, begins[i], word, 0, word.length());
  }

  /** True when piece {@code i} is the one character {@code symbol}. */
  boolean isSymbol(int i, char symbol) {
    return is(i, Kind.SYMBOL) && text.charAt(begins[i]) == symbol;
  }

  /** The text of a digit piece with every decimal digit as ASCII ("２５００" to "2500"), "," and "." kept. */
  String asciiDigits(int i) {
    StringBuilder b = new StringBuilder(ends[i] - begins[i]);
    for (int k = begins[i]; k < ends[i]; ) {
      int c = text.codePointAt(k);
      int digit = Character.digit(c, 10);
      if (digit >= 0) {
        b.append((char) ('0' + digit));
      } else {
        b.appendCodePoint(c);
      }
      k += Character.charCount(c);
    }
    return b.toString();
  }

  /**
   * True when most words of four letters or more start with a capital: a headline in title case, where a
   * capital before a number ("Storm Kills 12") does not make it a name's.
   */
  boolean titleCase() {
    if (titleCase == 0) {
      int words = 0;
      int capitals = 0;
      for (int i = 0; i < size; i++) {
        if (kinds[i] == Kind.WORD.ordinal() && ends[i] - begins[i] >= 4) {
          words++;
          capitals += Character.isUpperCase(text.charAt(begins[i])) ? 1 : 0;
        }
      }
      titleCase = words > 0 && capitals * 10 >= words * 7 ? (byte) 2 : (byte) 1;
    }
    return titleCase == 2;
  }

  /** True when piece {@code i} is a minus: a hyphen or the minus sign. */
  boolean isMinus(int i) {
    return isSymbol(i, '-') || isSymbol(i, '\u2212');
  }

  /** True when piece {@code i} is a dash between numbers: a hyphen, an en dash or a minus sign. */
  boolean isDash(int i) {
    return isSymbol(i, '-') || isSymbol(i, '\u2013') || isSymbol(i, '\u2212');
  }

  /** True when piece {@code i} is an apostrophe, straight or curly. */
  boolean isApostrophe(int i) {
    return isSymbol(i, '\'') || isSymbol(i, '\u2019');
  }

  /** True when piece {@code i} follows piece {@code i - 1} with no space between. */
  boolean glued(int i) {
    return i > 0 && i < size && begins[i] == ends[i - 1];
  }

  /** The index of the piece that begins at {@code offset}, or -1. */
  int indexAt(int offset) {
    int i = Arrays.binarySearch(begins, 0, size, offset);
    return i >= 0 ? i : -1;
  }
}
