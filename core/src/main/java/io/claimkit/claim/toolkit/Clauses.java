package io.claimkit.claim.toolkit;

import static io.claimkit.claim.toolkit.Tokens.isComma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.text.Span;
import java.util.Optional;

/** Where a clause of reported content begins and ends within its sentence, and how its edges are trimmed. */
public final class Clauses {

  private static final int MAX_LEAD_IN = 10;

  private Clauses() {}

  /** A word that links a sentence to the one before and belongs to no clause part: "But", "However,". */
  public static boolean isConnective(Token token) {
    return token.pos().equals("CC") || isComma(token) || token.pos().startsWith("RB");
  }

  /** True when only connectives and quotation marks stand before token {@code index}. */
  public static boolean onlyConnectivesBefore(Sentence sentence, int index) {
    for (int i = 0; i < index; i++) {
      Token token = sentence.token(i);
      if (!isConnective(token) && !Tokens.isQuote(token)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Skips a lead-in such as "in a statement" or "on Thursday" between a cue and "that", a colon or a quote;
   * returns {@code from} when there is none.
   */
  public static int skipToComplementizer(Sentence sentence, int from) {
    if (from >= sentence.size()) {
      return from;
    }
    Token first = sentence.token(from);
    if (!first.pos().equals("IN") && !first.pos().startsWith("RB") && !isComma(first)) {
      return from;
    }
    if (lower(first).equals("that")) {
      return from;
    }
    for (int i = from; i < sentence.size() && i - from <= MAX_LEAD_IN; i++) {
      Token token = sentence.token(i);
      String word = lower(token);
      if (i > from && (word.equals("that") || word.equals(":") || Tokens.isQuote(token))) {
        return i;
      }
      boolean leadIn =
          token.pos().equals("IN") || Tokens.isModifier(token) || token.pos().startsWith("RB") || isComma(token);
      if (!leadIn) {
        return from;
      }
    }
    return from;
  }

  /** The content that starts at token {@code from} and runs to the end of its clause, trimmed. */
  public static Optional<Span> contentFrom(Sentence sentence, int from) {
    int end = clauseEnd(sentence, from);
    if (end <= from) {
      return Optional.empty();
    }
    return Optional.of(trimmed(sentence, from, end, end));
  }

  /**
   * The end (exclusive) of the clause that starts at {@code from}, never inside a quotation: a semicolon, a
   * comma before a clause opener ("..., but officials said"), or a conjunction before a new finite verb.
   */
  public static int clauseEnd(Sentence sentence, int from) {
    boolean inQuote = false;
    for (int i = from; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (Tokens.isQuote(token)) {
        inQuote = opensQuote(token, inQuote);
        continue;
      }
      if (inQuote) {
        continue;
      }
      if (token.text().equals(";")) {
        return i;
      }
      if (isComma(token) && i + 1 < sentence.size()
          && GrammarWords.clauseOpeners().contains(sentence.token(i + 1).text())
          && !followedByVerb(sentence, i + 2, false)) {
        return i;
      }
      boolean afterComma = i > 0 && isComma(sentence.token(i - 1));
      if (i > from && token.pos().equals("CC") && !afterComma && followedByVerb(sentence, i + 1, true)) {
        return i;
      }
    }
    return sentence.size();
  }

  /**
   * The span of tokens {@code [from, to)} without punctuation at its end or commas and colons at its
   * begin; {@code limit} bounds the end.
   */
  public static Span trimmed(Sentence sentence, int from, int to, int limit) {
    int end = Math.min(to, limit);
    while (end > from + 1 && isTrailingPunctuation(sentence.token(end - 1))) {
      end--;
    }
    int begin = from;
    while (begin < end - 1 && (isComma(sentence.token(begin)) || sentence.token(begin).text().equals(":"))) {
      begin++;
    }
    return new Span(sentence.token(begin).begin(), sentence.token(end - 1).end());
  }

  /** True when a finite verb or a modal stands from token {@code from} to the end of {@code content}. */
  public static boolean hasFiniteVerb(Sentence sentence, int from, Span content) {
    for (int i = from; i < sentence.size() && sentence.token(i).begin() < content.end(); i++) {
      if (Tokens.isFiniteVerbOrModal(sentence.token(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensQuote(Token token, boolean inQuote) {
    String text = token.text();
    if (text.equals("“") || text.equals("``") || token.pos().equals("``")) {
      return true;
    }
    if (text.equals("”") || text.equals("''") || token.pos().equals("''")) {
      return false;
    }
    return !inQuote;
  }

  /**
   * Whether a verb follows at {@code index}, past adverbs: any verb (", but rather focused on ...", the same
   * subject going on) or, when {@code finite}, a finite verb or modal ("... but left it unclear").
   */
  private static boolean followedByVerb(Sentence sentence, int index, boolean finite) {
    int i = index;
    while (i < sentence.size() && sentence.token(i).pos().startsWith("RB")) {
      i++;
    }
    if (i >= sentence.size()) {
      return false;
    }
    Token token = sentence.token(i);
    return finite ? Tokens.isFiniteVerbOrModal(token) : token.isVerb();
  }

  private static boolean isTrailingPunctuation(Token token) {
    String pos = token.pos();
    return pos.equals(".") || pos.equals(",") || pos.equals(":") || token.text().equals(";");
  }
}
