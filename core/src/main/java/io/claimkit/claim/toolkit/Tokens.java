package io.claimkit.claim.toolkit;

import io.claimkit.analysis.Token;
import io.claimkit.lexicon.GrammarWords;
import java.util.Locale;

/**
 * What one token is, from its Penn Treebank tag, its lemma and its text: the tests the other toolkit classes
 * and the built-in rules are written in. Every backend tags Penn parts of speech, so rules written on these
 * work on every backend.
 */
public final class Tokens {

  private Tokens() {}

  /** The token's text, lowercased. */
  public static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }

  /** The token's lemma, lowercased. */
  public static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }

  /** A common or proper noun (NN, NNS, NNP, NNPS), or an address a tagger marks ADD ("Secunia.com"). */
  public static boolean isNoun(Token token) {
    return token.pos().startsWith("NN") || token.pos().equals("ADD");
  }

  /** A personal pronoun (PRP): "he", "they", "it". */
  public static boolean isPronoun(Token token) {
    return token.pos().equals("PRP");
  }

  /** A determiner, possessive pronoun or predeterminer: "the", "their", "all". */
  public static boolean isDeterminer(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$") || token.pos().equals("PDT");
  }

  /** A token that can stand inside a noun phrase before its head: adjectives, determiners, numbers, nouns. */
  public static boolean isModifier(Token token) {
    String pos = token.pos();
    return pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.equals("CD")
        || pos.equals("POS")
        || pos.equals("HYPH")
        || pos.equals("PDT")
        || isNoun(token);
  }

  /** "not", "n't", "never", "no" ({@link GrammarWords#negations()}). */
  public static boolean isNegation(Token token) {
    return GrammarWords.negations().contains(token.text());
  }

  /** A modal, or a form of "have", "be" or "do" used as a verb. */
  public static boolean isAuxiliary(Token token) {
    if (token.pos().equals("MD")) {
      return true;
    }
    String lemma = lemma(token);
    return token.isVerb() && (lemma.equals("have") || lemma.equals("be") || lemma.equals("do"));
  }

  /** A verb in the past or present tense (VBD, VBZ, VBP): one that can head a clause by itself. */
  public static boolean isFiniteVerb(Token token) {
    String pos = token.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  /** A finite verb or a modal. */
  public static boolean isFiniteVerbOrModal(Token token) {
    return isFiniteVerb(token) || token.pos().equals("MD");
  }

  public static boolean isComma(Token token) {
    return token.text().equals(",");
  }

  /** Any quotation mark, straight or curly, single or double, or a token tagged as one. */
  public static boolean isQuote(Token token) {
    String text = token.text();
    return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("``")
        || text.equals("''") || text.equals("‘") || text.equals("’") || text.equals("'")
        || token.pos().equals("``") || token.pos().equals("''");
  }

  /** A quotation mark that can close a quote: "”", "''", a straight double quote, "’". */
  public static boolean isClosingQuote(Token token) {
    String text = token.text();
    return text.equals("”") || text.equals("''") || token.pos().equals("''") || text.equals("\"")
        || text.equals("’");
  }

  /** Punctuation that ends a phrase: commas, sentence ends, colons, brackets and quotes. */
  public static boolean isPunctuation(Token token) {
    String pos = token.pos();
    return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
        || pos.equals("-LRB-") || pos.equals("-RRB-") || isQuote(token);
  }

  /** "that" as a complementizer or determiner: "said that ...". */
  public static boolean isThat(Token token) {
    return lower(token).equals("that")
        && (token.pos().equals("IN") || token.pos().equals("WDT") || token.pos().equals("DT"));
  }
}
