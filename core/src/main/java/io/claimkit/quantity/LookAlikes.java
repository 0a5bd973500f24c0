package io.claimkit.quantity;

import io.claimkit.quantity.TextPieces.Kind;

/**
 * The words around a number that make it something else than an amount: a label ("Room 101", "Boeing
 * 737"), a score next to a tally word ("won 3-1"), the two ends of a change rather than a range ("rose from
 * 10 to 20"), or no count ("all but one"). Its word lists are the lexicon's. Immutable.
 */
final class LookAlikes {

  private final QuantityLexicon lexicon;

  LookAlikes(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** "all but one of the villages": the number counts what is left out, not what is there. */
  boolean notAnAmount(TextPieces t, int from) {
    return from > 0 && !t.glued(from) && lexicon.notAmountCues.matchEndingAt(t, from, 0) != null;
  }

  /**
   * The end of a score joined by a dash next to a tally word ("won 3-1", "a 5-4 ruling", "lost 1 – 2"),
   * which is no number at all, or 0. The first number spans the pieces {@code [from, to)}; {@code
   * measured}: a unit or currency stands with it, so it is no score.
   */
  int tallyEnd(TextPieces t, int from, int to, boolean measured) {
    int d = to;
    if (measured || !t.isDash(d) || t.glued(d) != t.glued(d + 1)
        || !t.is(d + 1, Kind.NUMBER) || t.glued(d + 2)) {
      return 0;
    }
    return tallyAround(t, from, d + 2) ? d + 2 : 0;
  }

  /** Whether a tally word stands right before piece {@code from} (or before "a" there) or at piece {@code to}. */
  boolean tallyAround(TextPieces t, int from, int to) {
    return (from > 0 && lexicon.tallyWords.matchEndingAt(t, from, 0) != null)
        || (from > 1 && t.isWord(from - 1, "a") && lexicon.tallyWords.matchEndingAt(t, from - 1, 0) != null)
        || lexicon.tallyWords.matchAt(t, to) != null;
  }

  /**
   * Whether the word before the digits at {@code p} makes them a label: an identifier cue ("Room",
   * "version", "Flight"), or for a bare integer a capitalized word inside a sentence ("Boeing 737", "the
   * S&P 500") that is no month and no headline's title case.
   */
  boolean labelBefore(TextPieces t, int p, boolean bareInteger) {
    if (p == 0 || t.glued(p)) {
      return false;
    }
    if (lexicon.identifierCues.matchEndingAt(t, p, Math.max(0, p - 2)) != null) {
      return true;
    }
    int w = p - 1;
    if (!bareInteger || !t.is(w, Kind.WORD) || !Character.isUpperCase(t.source().charAt(t.begin(w)))
        || sentenceStart(t, w) || t.titleCase()) {
      return false;
    }
    return lexicon.yearCues.get(t.text(w)) == null && lexicon.notLabels.get(t.text(w)) == null && lexicon.qualifiers.matchEndingAt(t, p, w) == null
        && lexicon.currencies.get(t.text(w)) == null;
  }

  /** Whether piece {@code w} opens its sentence, after nothing or after an opening quote or bracket. */
  static boolean sentenceStart(TextPieces t, int w) {
    int k = w - 1;
    while (k >= 0 && t.is(k, Kind.SYMBOL) && "\"'“‘([-—–".indexOf(t.source().charAt(t.begin(k))) >= 0) {
      k--;
    }
    return k < 0 || t.isSymbol(k, '.') || t.isSymbol(k, ':') || t.isSymbol(k, '?') || t.isSymbol(k, '!');
  }

  /** A percent, unit or currency right after a number: it measures something, so it is no label. */
  boolean measureFollows(TextPieces t, int q) {
    return lexicon.units.matchAt(t, q) != null || lexicon.currencies.matchAt(t, q) != null;
  }

  /** Whether the word before piece {@code i} (or before "by" there) is a verb of change: "rose", "cut". */
  boolean changeVerbBefore(TextPieces t, int i) {
    int k = t.isWord(i - 1, "by") ? i - 1 : i;
    return k > 0 && !t.glued(k) && lexicon.changeVerbs.matchEndingAt(t, k, k - 1) != null;
  }
}
