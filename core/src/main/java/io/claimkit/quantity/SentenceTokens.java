package io.claimkit.quantity;

import io.claimkit.analysis.Token;
import java.util.List;

/** The tokens of one sentence, found by offset in logarithmic time (sentences can be long). */
final class SentenceTokens {

  static final SentenceTokens NONE = new SentenceTokens(List.of());

  private final List<Token> tokens;
  private final int[] begins;

  SentenceTokens(List<Token> tokens) {
    this.tokens = tokens;
    this.begins = tokens.stream().mapToInt(Token::begin).toArray();
  }

  int size() {
    return tokens.size();
  }

  /** The token at index {@code i}, or null outside the sentence. */
  Token get(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** The index of the first token that begins at or after {@code offset} ({@link #size()} if none). */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = begins.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The token that covers {@code offset}, or null. */
  Token covering(int offset) {
    Token t = get(firstAtOrAfter(offset + 1) - 1);
    return t != null && t.begin() <= offset && offset < t.end() ? t : null;
  }

  /** The last token that ends at or before {@code offset}, or null. Tokens do not overlap. */
  Token lastBefore(int offset) {
    int i = firstAtOrAfter(offset) - 1;
    Token t = get(i);
    return t != null && t.end() > offset ? get(i - 1) : t;
  }
}
