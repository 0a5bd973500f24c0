package io.claimkit.claim.toolkit;

import io.claimkit.analysis.Sentence;
import io.claimkit.text.Span;
import java.util.Objects;

/**
 * A half-open range {@code [from, to)} of token indices in one sentence, and the raw-text span it covers:
 * how the toolkit names a phrase before it becomes a claim's part.
 */
public record TokenRange(Sentence sentence, int from, int to) {

  /** @throws IllegalArgumentException when the range is not inside the sentence */
  public TokenRange {
    Objects.requireNonNull(sentence, "sentence");
    if (from < 0 || to < from || to > sentence.size()) {
      throw new IllegalArgumentException("bad token range [" + from + ", " + to + ") of " + sentence.size());
    }
  }

  public boolean isEmpty() {
    return from == to;
  }

  public int size() {
    return to - from;
  }

  /**
   * From the first token's begin to the last token's end; an empty range is the empty span where its token
   * would begin (or at the sentence's end).
   */
  public Span span() {
    if (isEmpty()) {
      int at = from < sentence.size() ? sentence.token(from).begin() : sentence.span().end();
      return new Span(at, at);
    }
    return new Span(sentence.token(from).begin(), sentence.token(to - 1).end());
  }

  /** The index of the last token: the head of a noun phrase. */
  public int last() {
    return to - 1;
  }
}
