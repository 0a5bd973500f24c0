package io.claimkit.lexicon;

/**
 * The closed classes of English words that the rule toolkit ({@code io.claimkit.claim.toolkit}) reads: each a
 * resource beside this class, loaded once. Immutable; for a list of one's own, use {@link WordList} directly.
 */
public final class GrammarWords {

  private static final WordList PRONOUNS = WordList.resource(GrammarWords.class, "pronouns.txt");
  private static final WordList NEGATIONS = WordList.resource(GrammarWords.class, "negations.txt");
  private static final WordList NOUN_LINKS = WordList.resource(GrammarWords.class, "noun-links.txt");
  private static final WordList SUBORDINATORS = WordList.resource(GrammarWords.class, "subordinators.txt");
  private static final WordList CLAUSE_OPENERS = WordList.resource(GrammarWords.class, "clause-openers.txt");

  private GrammarWords() {}

  /** Personal and possessive pronouns ("he", "their", "it"): a pronoun names nobody by itself. */
  public static WordList pronouns() {
    return PRONOUNS;
  }

  /** Words that negate a verb group ("not", "n't", "never"). */
  public static WordList negations() {
    return NEGATIONS;
  }

  /** Prepositions that join a noun phrase to the one before it ("of", "in", "on"). */
  public static WordList nounLinks() {
    return NOUN_LINKS;
  }

  /** Words tagged as prepositions that open a clause ("although", "because", "that"). */
  public static WordList subordinators() {
    return SUBORDINATORS;
  }

  /** Words after a comma that open a new clause ("but", "while", "yet"). */
  public static WordList clauseOpeners() {
    return CLAUSE_OPENERS;
  }
}
