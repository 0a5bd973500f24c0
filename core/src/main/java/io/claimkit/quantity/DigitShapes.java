package io.claimkit.quantity;

import io.claimkit.quantity.TextPieces.Kind;
import java.util.Locale;

/**
 * How digits are written, read over {@link TextPieces}: digit groups apart ("40 000"), powers ("1.3x10^6"),
 * fractions ("1/4"), and the shapes of digits that are no amount: codes ("COVID-19", "06F6"), phone numbers,
 * clock times ("2 pm", "10:30"), ordinals. Every test looks at a bounded number of pieces.
 */
final class DigitShapes {

  private DigitShapes() {}

  /** The spaces that may stand between digit groups of one number: "40 000", "1\u202F234". */
  static final String GROUP_SPACES = " \u00A0\u2009\u202F";

  /**
   * The last piece of a number written in digit groups apart ("40 000", "1 234 567", "1\u202F234,5" is not):
   * each group after the first is three digits, after one space of {@link #GROUP_SPACES}; only the last may
   * carry a decimal part. {@code p} itself when no group follows.
   */
  static int spacedGroupsEnd(TextPieces t, int p) {
    if (!t.asciiDigits(p).matches("\\d{1,3}") || (p > 0 && t.glued(p) && t.is(p - 1, Kind.NUMBER))) {
      return p;
    }
    int last = p;
    while (t.is(last + 1, Kind.NUMBER) && t.begin(last + 1) == t.end(last) + 1
        && GROUP_SPACES.indexOf(t.source().charAt(t.end(last))) >= 0) {
      String group = t.asciiDigits(last + 1);
      if (!group.matches("\\d{3}(\\.\\d+)?")) {
        break;
      }
      last++;
      if (group.indexOf('.') >= 0) {
        break;
      }
    }
    return last;
  }

  /**
   * A power of ten or two glued or spaced after a numeral: "x10^6", "×10−5", "x2^10", "× 10⁻⁴"; as {base,
   * exponent, index after it}, or null. Without "^" or superscripts only base ten with a signed exponent.
   */
  static int[] powerAfter(TextPieces t, int q) {
    boolean times = t.isWord(q, "x") || t.isSymbol(q, '\u00D7') || t.isSymbol(q, '*') || t.isSymbol(q, '\u00B7');
    if (!times || !t.is(q + 1, Kind.NUMBER) || t.glued(q) != t.glued(q + 1)) {
      return null;
    }
    String base = t.text(q + 1);
    if (!base.equals("10") && !base.equals("2")) {
      return null;
    }
    int r = q + 2;
    boolean caret = t.glued(r) && t.isSymbol(r, '^');
    if (caret) {
      r++;
    }
    int sign = 1;
    boolean signed = false;
    if (t.glued(r) && (t.isMinus(r) || t.isSymbol(r, '+'))) {
      sign = t.isMinus(r) ? -1 : 1;
      signed = true;
      r++;
    }
    if (t.glued(r) && t.is(r, Kind.NUMBER) && t.text(r).matches("\\d{1,3}") && (caret || signed && base.equals("10"))) {
      return new int[] {Integer.parseInt(base), sign * Integer.parseInt(t.text(r)), r + 1};
    }
    if (caret || signed) {
      return null;
    }
    // superscripts: ⁻⁴, ⁶
    StringBuilder exponent = new StringBuilder();
    while (t.glued(r) && t.is(r, Kind.SYMBOL) && exponent.length() < 4) {
      int digit = SUPERSCRIPTS.indexOf(t.source().charAt(t.begin(r)));
      if (digit < 0 || (digit == 10 && exponent.length() > 0)) {
        break;
      }
      exponent.append(digit == 10 ? '-' : (char) ('0' + digit));
      r++;
    }
    if (exponent.length() == 0 || exponent.toString().equals("-")) {
      return null;
    }
    return new int[] {Integer.parseInt(base), Integer.parseInt(exponent.toString()), r};
  }

  /** The superscript digits 0 to 9, then the superscript minus. */
  static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079\u207B";

  /**
   * The end of a phone number that starts at {@code p}, or {@code p}: three digit groups or more glued by
   * dashes or dots ("555-123-4567", "020.7946.0958"), or groups apart after a glued "+" ("+44 20 7946 0958").
   */
  static int phoneEnd(TextPieces t, int p) {
    if (!t.asciiDigits(p).matches("\\d{2,4}")) {
      return p;
    }
    int q = p + 1;
    int groups = 1;
    while (t.glued(q) && (t.isDash(q) || t.isSymbol(q, '.')) && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER)
        && t.asciiDigits(q + 1).matches("\\d{2,4}")) {
      groups++;
      q += 2;
    }
    if (groups >= 3) {
      return q;
    }
    if (t.glued(p) && t.isSymbol(p - 1, '+') && !t.glued(p - 1) && t.is(p + 1, Kind.NUMBER) && !t.glued(p + 1)) {
      q = p + 1;
      while (t.is(q, Kind.NUMBER)) {
        q++;
      }
      return q;
    }
    return p;
  }

  /** Digits a clock may show: an hour ("2", "11") or hour and minutes ("2.30", "11.05"). */
  static boolean clockDigits(String s) {
    if (s.matches("\\d{1,2}")) {
      return true;
    }
    return s.matches("\\d{1,2}[.:][0-5]\\d");
  }

  /** The end of the run of pieces glued to piece {@code p} (a code such as "06F6" or "I7-860BOX"). */
  static int gluedRunEnd(TextPieces t, int p) {
    int q = p + 1;
    while (t.glued(q) && (t.kind(q) != Kind.SYMBOL || isJoiner(t, q))) {
      q++;
    }
    return q;
  }

  static boolean isJoiner(TextPieces t, int q) {
    return (t.isDash(q) || t.isSymbol(q, '/') || t.isSymbol(q, '.')) && t.glued(q + 1)
        && t.kind(q + 1) != Kind.SYMBOL;
  }

  /** numerator/denominator as a proper fraction of small integers, or NaN. */
  static double properFraction(TextPieces t, int numerator, int denominator) {
    String n = t.text(numerator);
    String d = t.text(denominator);
    if (!n.matches("\\d{1,3}") || !d.matches("\\d{1,3}")) {
      return Double.NaN;
    }
    int num = Integer.parseInt(n);
    int den = Integer.parseInt(d);
    return den > 0 && num < den ? (double) num / den : Double.NaN;
  }

  /** Digit groups of three after each comma, at most one decimal point after the last group. */
  static boolean wellGrouped(String s) {
    int point = s.indexOf('.');
    if (point >= 0 && s.indexOf('.', point + 1) >= 0) {
      return false;
    }
    if (point >= 0 && s.indexOf(',', point) >= 0) {
      return false;
    }
    String whole = point >= 0 ? s.substring(0, point) : s;
    String[] groups = whole.split(",", -1);
    if (groups.length == 1) {
      return true;
    }
    if (groups[0].length() > 3) {
      return false;
    }
    for (int g = 1; g < groups.length; g++) {
      if (groups[g].length() != 3) {
        return false;
      }
    }
    return true;
  }

  static boolean isOrdinalSuffix(String suffix) {
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  static boolean isClock(String word) {
    return word.equals("am") || word.equals("pm");
  }

  /** "2 pm", "9 a.m.", "5 o'clock" after the piece before {@code q}. */
  static boolean clockFollows(TextPieces t, int q) {
    if (t.glued(q) || !t.is(q, Kind.WORD)) {
      return false;
    }
    String word = t.text(q).toLowerCase(Locale.ROOT);
    if (isClock(word)) {
      return true;
    }
    String source = t.source();
    int at = t.begin(q);
    return source.regionMatches(true, at, "a.m", 0, 3) || source.regionMatches(true, at, "p.m", 0, 3)
        || source.regionMatches(true, at, "o'clock", 0, 7) || source.regionMatches(true, at, "o’clock", 0, 7);
  }

  /**
   * Whether what is glued before a digit run makes it part of a code or a date: "J1149", "COVID-19",
   * "#5", "12/25", "10:30", "No. 5".
   */
  static boolean lookalikeBefore(TextPieces t, int p) {
    if (t.glued(p)) {
      if (t.is(p - 1, Kind.WORD) || t.is(p - 1, Kind.NUMBER)) {
        return true;
      }
      if (t.isDash(p - 1)) {
        return t.glued(p - 1) && !t.is(p - 2, Kind.SYMBOL);
      }
      return t.isSymbol(p - 1, '#') || t.isSymbol(p - 1, '/') || t.isSymbol(p - 1, ':')
          || t.isSymbol(p - 1, '.') || t.isSymbol(p - 1, '№');
    }
    return t.isSymbol(p - 1, '.') && t.glued(p - 1)
        && (t.isWord(p - 2, "no") || t.isWord(p - 2, "nos"));
  }
}
