package io.claimkit.quantity;

import io.claimkit.quantity.Candidate.Form;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Two bounds the text joins into one range: "more than 10 and less than 40" is (10, 40). */
final class JoinedBounds {

  private JoinedBounds() {}

  /**
   * "more than 10 and less than 40", "at most 100 and at least 20": a lower and an upper bound joined by
   * "and" or "but", as one range; or null.
   */
  static Candidate join(TextPieces t, Candidate previous, int previousTo, Candidate next) {
    Quantity a = previous.quantity();
    Quantity b = next.quantity();
    boolean aLow = lowerBound(a.qualifier());
    boolean bLow = lowerBound(b.qualifier());
    if (aLow == bLow || !(aLow || upperBound(a.qualifier())) || !(bLow || upperBound(b.qualifier()))) {
      return null;
    }
    int k = previousTo;
    if (t.isSymbol(k, ',')) {
      k++;
    }
    if (!(t.isWord(k, "and") || t.isWord(k, "but")) || t.indexAt(next.span().begin()) != k + 1) {
      return null;
    }
    Quantity low = aLow ? a : b;
    Quantity high = aLow ? b : a;
    if (low.low() > high.high() || (low.low() == high.high() && !(low.lowInclusive() && high.highInclusive()))) {
      return null;
    }
    Quantity range = Quantity.between(low.low(), low.lowInclusive(), high.high(), high.highInclusive());
    List<Span> numerals = new ArrayList<>(previous.numerals());
    numerals.addAll(next.numerals());
    String unit = previous.unit() != null ? previous.unit() : next.unit();
    return new Candidate(new Span(previous.span().begin(), next.span().end()), List.copyOf(numerals), range,
        unit, previous.form() == Form.ONE ? Form.WORDS : previous.form(), true, false, previous.cue(),
        next.ofFollows());
  }

  static boolean lowerBound(Qualifier q) {
    return q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
  }

  static boolean upperBound(Qualifier q) {
    return q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN;
  }
}
