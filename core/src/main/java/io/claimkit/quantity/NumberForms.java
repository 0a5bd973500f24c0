package io.claimkit.quantity;

import io.claimkit.quantity.TextPieces.Kind;
import java.util.List;

/**
 * The number forms that are read from words around a number, one entry each: its name, an example and the
 * reader that gives its value ("one in five" 0.2, "half a million" 500,000, "six point five" 6.5). The
 * {@link MentionScanner} tries the entries in order at each piece, before its digit and spelled-number
 * readers; the first that reads something wins. Every reader looks at a bounded number of pieces, so the
 * scan stays linear. Each entry has its test in {@code NumberFormsTest}. Immutable and thread-safe.
 */
final class NumberForms {

  /** A value read over the pieces {@code [from, to)}. */
  record Reading(double value, int from, int to) {}

  /** Reads one form at piece {@code i}, or returns null. */
  @FunctionalInterface
  interface Reader {
    Reading read(TextPieces t, int i);
  }

  /** One number form: its name, a phrase it reads, and its reader. */
  record Entry(String name, String example, Reader reader) {}

  /** Digit words after "point": "six point five" is 6.5. */
  private static final int MAX_DECIMALS = 12;

  private final QuantityLexicon lexicon;
  private final NumberWords words;
  private final List<Entry> entries;

  NumberForms(QuantityLexicon lexicon, NumberWords words) {
    this.lexicon = lexicon;
    this.words = words;
    this.entries = List.of(
        new Entry("ratio", "one in five adults, 7 out of 10", this::ratio),
        new Entry("half a scale", "half a million, half a dozen", this::halfA),
        new Entry("half of", "more than half of the residents, nearly half the budget", this::halfOf),
        new Entry("a fraction of", "a quarter of the budget, a third of a million", this::aFraction),
        new Entry("point in words", "six point five, three point two million", this::pointWords),
        new Entry("a unit of", "a gallon of milk, an inch of rain", this::aUnitOf));
  }

  List<Entry> entries() {
    return entries;
  }

  /** The first form that reads a number at piece {@code i}, or null. */
  Reading read(TextPieces t, int i) {
    for (Entry e : entries) {
      Reading r = e.reader().read(t, i);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** "one in five", "9 in 10", "7 out of 10": the share numerator/denominator, one quantity. */
  private Reading ratio(TextPieces t, int i) {
    Reading a = cardinal(t, i);
    if (a == null || !(a.value() > 0)) {
      return null;
    }
    int q = a.to();
    if (t.isWord(q, "in") && !t.glued(q)) {
      q++;
    } else if (t.isWord(q, "out") && t.isWord(q + 1, "of")) {
      q += 2;
    } else {
      return null;
    }
    boolean outOf = t.isWord(q - 1, "of");
    Reading b = cardinal(t, q);
    if (b == null || b.value() < 2 || b.value() > 1000 || b.value() < a.value()
        || (!outOf && b.value() == a.value())) {
      return null;
    }
    if (!outOf && t.is(b.to(), Kind.WORD) && lexicon.notRatioAfter.get(t.text(b.to())) != null) {
      return null; // "scored 3 in 4 games": a count over a stretch
    }
    return new Reading(a.value() / b.value(), i, b.to());
  }

  /** "half a million", "half a dozen": half the scale. */
  private Reading halfA(TextPieces t, int i) {
    if (!t.isWord(i, "half") || !t.isWord(i + 1, "a") || t.glued(i + 1) || t.glued(i + 2)) {
      return null;
    }
    QuantityLexicon.Scale scale = t.is(i + 2, Kind.WORD) ? words.spelledScale(t.text(i + 2)) : null;
    return scale == null ? null : new Reading(scale.factor() / 2, i, i + 3);
  }

  /**
   * "half of the residents", "half the budget", "half its staff": the share 0.5, unless a word before makes
   * "half" a part of a period or field ("the first half of the year").
   */
  private Reading halfOf(TextPieces t, int i) {
    if (!t.isWord(i, "half") || t.glued(i + 1) || !t.is(i + 1, Kind.WORD) || (t.glued(i) && i > 0)) {
      return null;
    }
    if (i > 0 && t.is(i - 1, Kind.WORD) && lexicon.partOfWhole.get(t.text(i - 1)) != null) {
      return null;
    }
    return lexicon.wholeAfterHalf.get(t.text(i + 1)) != null ? new Reading(0.5, i, i + 1) : null;
  }

  /**
   * "a quarter of the budget", "a third of voters", "a quarter million": one part of a whole, when "of" or
   * a scale word follows (so "a quarter past ten" and "in a third round" are no number).
   */
  private Reading aFraction(TextPieces t, int i) {
    if (!(t.isWord(i, "a") || t.isWord(i, "one")) || !t.is(i + 1, Kind.WORD) || t.glued(i + 1)) {
      return null;
    }
    String word = t.text(i + 1);
    Integer denominator = lexicon.fractions.get(word);
    if (denominator == null || word.endsWith("s") || word.endsWith("S") || denominator < 2) {
      return null;
    }
    double value = 1.0 / denominator;
    QuantityLexicon.Scale scale = t.is(i + 2, Kind.WORD) ? words.spelledScale(t.text(i + 2)) : null;
    if (scale != null) {
      return new Reading(value * scale.factor(), i, i + 3);
    }
    if (t.isWord(i + 2, "of")) {
      // "a third of a million"
      QuantityLexicon.Scale whole = t.isWord(i + 3, "a") && t.is(i + 4, Kind.WORD)
          ? words.spelledScale(t.text(i + 4)) : null;
      return whole != null ? new Reading(value * whole.factor(), i, i + 5) : new Reading(value, i, i + 2);
    }
    return null;
  }

  /** "six point five", "zero point three", "three point two million": digit words after "point". */
  private Reading pointWords(TextPieces t, int i) {
    if (!t.is(i, Kind.WORD)) {
      return null;
    }
    NumberWords.Parsed whole = words.parse(t, i);
    if (whole == null || !t.isWord(whole.to(), "point") || whole.value() != Math.floor(whole.value())) {
      return null;
    }
    StringBuilder decimals = new StringBuilder();
    int q = whole.to() + 1;
    while (decimals.length() < MAX_DECIMALS && t.is(q, Kind.WORD) && !t.glued(q)) {
      Double digit = lexicon.numberWords.get(t.text(q));
      if (digit == null || digit >= 10 || digit != Math.floor(digit)) {
        break;
      }
      decimals.append(digit.intValue());
      q++;
    }
    if (decimals.length() == 0) {
      return null;
    }
    double value = whole.value() + Double.parseDouble("0." + decimals);
    QuantityLexicon.Scale scale = t.is(q, Kind.WORD) && !t.glued(q) ? words.spelledScale(t.text(q)) : null;
    if (scale != null && scale.factor() > 100) {
      value *= scale.factor();
      q++;
    }
    return new Reading(value, i, q);
  }

  /**
   * "a gallon of milk", "an inch of rain": one unit of measure, when "of" follows the unit. The reading
   * covers the article; the unit beside it is read as any number's. Not "a point of", "a ton of" (idioms).
   */
  private Reading aUnitOf(TextPieces t, int i) {
    if (!(t.isWord(i, "a") || t.isWord(i, "an")) || !t.is(i + 1, Kind.WORD) || t.glued(i + 1)) {
      return null;
    }
    PhraseTable.Match<String> unit = lexicon.units.matchAt(t, i + 1);
    if (unit == null || !t.isWord(unit.to(), "of") || t.text(i + 1).length() < 3 || IDIOMS.contains(unit.value())) {
      return null;
    }
    return new Reading(1, i, i + 1);
  }

  /** Units whose "a ... of" is mostly an idiom ("a ton of work", "a point of order") or a share. */
  private static final java.util.Set<String> IDIOMS = java.util.Set.of("%", "points", "t");

  /** A whole number at piece {@code i}: digits without separators, or words ("five", "twenty-one"). */
  private Reading cardinal(TextPieces t, int i) {
    if (t.is(i, Kind.NUMBER)) {
      String s = t.asciiDigits(i);
      if (!s.matches("\\d{1,4}") || t.glued(i + 1) || t.glued(i)) {
        return null;
      }
      return new Reading(Integer.parseInt(s), i, i + 1);
    }
    if (!t.is(i, Kind.WORD) || t.isWord(i, "a")) {
      return null;
    }
    NumberWords.Parsed parsed = words.parse(t, i);
    if (parsed == null || parsed.value() != Math.floor(parsed.value())) {
      return null;
    }
    return new Reading(parsed.value(), i, parsed.to());
  }
}
