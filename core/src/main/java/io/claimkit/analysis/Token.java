package io.claimkit.analysis;

import io.claimkit.text.Span;
import java.util.Objects;

/**
 * One token of the raw text.
 *
 * @param span  where it stands in the raw text
 * @param text  the covered text, exactly as in the raw text
 * @param pos   its part of speech as a Penn Treebank tag ("NNS", "CD", "VBD"); backends with another tag
 *              set translate at their border
 * @param lemma its lemma, lowercased for common words
 */
public record Token(Span span, String text, String pos, String lemma) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isAdjective() {
    return pos.startsWith("JJ");
  }

  public boolean isNumeral() {
    return pos.equals("CD");
  }
}
