package io.claimkit.compare;

import java.util.Locale;
import java.util.Objects;

/**
 * A word of a claim as the comparison weighs its meaning: the word as written, lower-cased, and its lemma where
 * the backend gave one.
 *
 * @param text  the word, lower case
 * @param lemma its lemma, lower case, or the word itself
 */
record Term(String text, String lemma) {

  Term {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    text = text.toLowerCase(Locale.ROOT);
    lemma = lemma.toLowerCase(Locale.ROOT);
  }

  static Term of(String word) {
    return new Term(word, word);
  }

  /** How this word relates in meaning to another. */
  LexicalRelations.Kinship kinship(Term other) {
    return LexicalRelations.between(text, lemma, other.text, other.lemma);
  }

  @Override
  public String toString() {
    return text;
  }
}
