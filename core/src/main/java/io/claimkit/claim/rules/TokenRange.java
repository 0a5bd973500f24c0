package io.claimkit.claim.rules;

import io.claimkit.analysis.Sentence;
import io.claimkit.text.Span;

/** A half-open range of token indices in one sentence, and the raw-text span it covers. */
record TokenRange(Sentence sentence, int from, int to) {

  TokenRange {
    if (from < 0 || to < from || to > sentence.size()) {
      throw new IllegalArgumentException("bad token range [" + from + ", " + to + ")");
    }
  }

  boolean isEmpty() {
    return from == to;
  }

  Span span() {
    if (isEmpty()) {
      int at = from < sentence.size() ? sentence.token(from).begin() : sentence.span().end();
      return new Span(at, at);
    }
    return new Span(sentence.token(from).begin(), sentence.token(to - 1).end());
  }

  /** The index of the last token, the head of a noun phrase. */
  int last() {
    return to - 1;
  }
}
