package io.claimkit.quantity;

import io.claimkit.quantity.TextPieces.Kind;

/**
 * Reads spelled-out numbers over {@link TextPieces}: "one", "twenty-five", "a dozen", "two hundred
 * thousand", "a hundred and two", "two and a half", "three and a half million", "two thirds", "one-half". It takes the longest prefix
 * that is a well-formed number, so "one two" stops after "one" and "one and two" does not add up.
 */
final class NumberWords {

  /** A spelled-out number: its value and the pieces {@code [from, to)} it covers. */
  record Parsed(double value, int from, int to) {}

  /** What the last word read was, which decides what may follow it. */
  private enum Last {
    NONE,
    A,
    UNIT,
    TEEN,
    TENS,
    HUNDRED,
    SCALE,
    AND
  }

  private final QuantityLexicon lexicon;

  NumberWords(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The spelled-out number that starts at piece {@code from}, or null. */
  Parsed parse(TextPieces t, int from) {
    double total = 0;
    double current = 0;
    double lastScale = Double.POSITIVE_INFINITY;
    Last last = Last.NONE;
    int to = -1;
    int q = from;
    while (q >= 0 && t.is(q, Kind.WORD)) {
      String word = t.text(q);
      Double cardinal = lexicon.numberWords.get(word);
      QuantityLexicon.Scale scale = spelledScale(word);
      Integer denominator = lexicon.fractions.get(word);
      if (cardinal != null) {
        double v = cardinal;
        boolean fits =
            switch (last) {
              case NONE, HUNDRED, SCALE, AND -> true;
              case TENS -> v >= 1 && v < 10;
              case A, UNIT, TEEN -> false;
            };
        if (!fits) {
          break;
        }
        current += v;
        last = v < 10 ? Last.UNIT : v < 20 ? Last.TEEN : Last.TENS;
        to = q + 1;
        q = nextWord(t, q + 1);
      } else if (word.equalsIgnoreCase("a") && last == Last.NONE) {
        int next = nextWord(t, q + 1);
        if (next < 0 || spelledScale(t.text(next)) == null) {
          break;
        }
        current = 1;
        last = Last.A;
        q = next;
      } else if (scale != null && scale.factor() == 100) {
        if (last != Last.UNIT && last != Last.TEEN && last != Last.A) {
          break;
        }
        current *= 100;
        last = Last.HUNDRED;
        to = q + 1;
        q = nextWord(t, q + 1);
      } else if (scale != null) {
        boolean fits = last == Last.UNIT || last == Last.TEEN || last == Last.TENS || last == Last.HUNDRED
            || last == Last.A;
        if (!fits || scale.factor() >= lastScale) {
          break;
        }
        total += current * scale.factor();
        current = 0;
        lastScale = scale.factor();
        last = Last.SCALE;
        to = q + 1;
        q = nextWord(t, q + 1);
      } else if (word.equalsIgnoreCase("and") && last != Last.NONE && last != Last.A && last != Last.AND) {
        int next = nextWord(t, q + 1);
        if (next < 0) {
          break;
        }
        if ((last == Last.HUNDRED || last == Last.SCALE) && lexicon.numberWords.get(t.text(next)) != null) {
          last = Last.AND;
          q = next;
          continue;
        }
        int half = nextWord(t, next + 1);
        if (t.isWord(next, "a") && half >= 0 && t.isWord(half, "half")) {
          current += 0.5;
          to = half + 1;
          // "three and a half million"
          int after = nextWord(t, half + 1);
          QuantityLexicon.Scale times = after >= 0 ? spelledScale(t.text(after)) : null;
          if (times != null && times.factor() < lastScale && (last == Last.UNIT || last == Last.TEEN
              || last == Last.TENS)) {
            total += current * times.factor();
            current = 0;
            to = after + 1;
          }
        }
        break;
      } else if (denominator != null && (last == Last.UNIT || last == Last.TEEN || last == Last.A)
          && total == 0 && current > 0) {
        boolean plural = word.endsWith("s") || word.endsWith("S");
        if (plural == (current == 1)) {
          break;
        }
        current /= denominator;
        to = q + 1;
        break;
      } else {
        break;
      }
    }
    return to < 0 ? null : new Parsed(total + current, from, to);
  }

  /** A scale word written out in letters ("hundred", "million", "dozen"), not a short form ("k", "bn"). */
  QuantityLexicon.Scale spelledScale(String word) {
    QuantityLexicon.Scale scale = lexicon.scales.get(word);
    return scale != null && !scale.currencyOnly() && word.length() > 3 ? scale : null;
  }

  /**
   * The index of the word after a word that ends before piece {@code q}: the next piece when it stands
   * apart, the piece after a hyphen that glues two words ("twenty-five"); otherwise -1.
   */
  static int nextWord(TextPieces t, int q) {
    if (t.is(q, Kind.WORD) && !t.glued(q)) {
      return q;
    }
    if (t.glued(q) && t.isSymbol(q, '-') && t.glued(q + 1) && t.is(q + 1, Kind.WORD)) {
      return q + 1;
    }
    return -1;
  }
}
