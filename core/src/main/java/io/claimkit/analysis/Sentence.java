package io.claimkit.analysis;

import io.claimkit.internal.SortedSpans;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One sentence: its span in the raw text and its tokens, in order.
 *
 * @param index     its position among the document's sentences, from 0
 * @param span      from the first token's begin to the last token's end
 * @param tokens    its tokens, in text order
 */
public record Sentence(int index, Span span, List<Token> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The index of the first token that ends after {@code offset}, or {@link #size()} if none does. */
  public int tokenAtOrAfter(int offset) {
    return SortedSpans.firstEndingAfter(tokens, Token::span, offset);
  }

  /** The index of the last token that begins before {@code offset}, or -1 if none does. */
  public int tokenBefore(int offset) {
    return SortedSpans.firstBeginningAtOrAfter(tokens, Token::span, offset) - 1;
  }
}
