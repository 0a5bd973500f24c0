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
    if (!first.pos().equals("IN") && !first.pos().startsWith("RB") && !isComma(first)
        && !first.pos().equals("VBG")) {
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
      boolean leadIn = token.pos().equals("IN") || Tokens.isModifier(token) || token.pos().startsWith("RB")
          || isComma(token) || token.pos().equals("VBG") && i == from;
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
          && !followedByVerb(sentence, i + 2)) {
        return i;
      }
      boolean afterComma = i > 0 && isComma(sentence.token(i - 1));
      if (i > from && token.pos().equals("CC") && !afterComma && followedByPastTense(sentence, i + 1)) {
        return i; // "... said the plan was flawed and left": a new predicate; "and will" goes on with the clause
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

  /** The most tokens a clause's subject may have before its verb. */
  private static final int MAX_SUBJECT_TOKENS = 20;

  /**
   * The index where a clause begins at or after {@code from}, or -1: a subject followed by a finite verb or a
   * modal ("the plan was flawed", "900 troops remain", "John Kerry, the secretary of state, called"). A
   * prepositional lead-in and a comma before the subject are passed over ("on Thursday the plan was ...", "in
   * March, prices rose"). The subject holds a noun, a number or a pronoun, and no verb of its own but a
   * participle after a noun or comma ("figures released today show"); an infinitive or a relative pronoun
   * before any finite verb means an object, not a clause ("the start of a process to choose ...").
   */
  public static int clauseStart(Sentence sentence, int from) {
    int at = from;
    boolean qualifiesNumber = at + 1 < sentence.size() && sentence.token(at + 1).pos().equals("CD"); // "about 300"
    if (at < sentence.size() && sentence.token(at).pos().equals("IN") && !Tokens.isThat(sentence.token(at))
        && !qualifiesNumber) {
      int objectEnd = NounPhrases.end(sentence, at + 1, sentence.size());
      if (objectEnd > at + 1) {
        at = objectEnd;
      }
      if (at < sentence.size() && isComma(sentence.token(at))) {
        at++;
      }
    }
    boolean nominal = false;
    boolean participleAfterNoun = false; // "a poll found only a quarter of citizens favoured ...", mistagged VBN
    boolean infinitive = false; // an object with its infinitive ("asked the council to act") reads alike
    for (int i = at; i < sentence.size() && i - at <= MAX_SUBJECT_TOKENS; i++) {
      Token token = sentence.token(i);
      String pos = token.pos();
      boolean afterPronoun = i > at && Tokens.isPronoun(sentence.token(i - 1));
      if (Tokens.isFiniteVerbOrModal(token) || pos.equals("VB") && afterPronoun) {
        // A base form right after a pronoun is a present tense the tagger missed: "they apply".
        boolean quantifier = i > at && (sentence.token(i - 1).pos().startsWith("JJ") || Tokens.isDeterminer(
            sentence.token(i - 1)));
        if (infinitive && !pos.equals("MD")) {
          return -1;
        }
        return nominal || quantifier ? at : -1; // "many are", "some say"
      }
      if (Tokens.isNoun(token) || Tokens.isPronoun(token) || pos.equals("CD") || pos.equals("EX")
          || pos.equals("VBG") && i == at) { // a gerund may be the subject: "adding salt is ..."
        nominal = true;
      } else if (pos.equals("VBN") || pos.equals("VBG")) {
        Token before = i > at ? sentence.token(i - 1) : null;
        boolean adjectival = before != null && (Tokens.isDeterminer(before) || before.pos().startsWith("JJ"))
            && i + 1 < sentence.size() && Tokens.isNoun(sentence.token(i + 1)); // "the combined lapses"
        if (adjectival) {
          continue;
        }
        if (before == null || !(Tokens.isNoun(before) || isComma(before) || before.pos().startsWith("RB"))) {
          return participleAfterNoun ? at : -1;
        }
        boolean byAgent = i + 1 < sentence.size() && Tokens.lower(sentence.token(i + 1)).equals("by");
        participleAfterNoun |= pos.equals("VBN") && nominal && Tokens.isNoun(before) && !byAgent;
      } else if (pos.equals("TO") && nominal && Tokens.isNoun(sentence.token(i - 1)) && i + 1 < sentence.size()
          && sentence.token(i + 1).pos().equals("VB")) {
        i++; // an infinitive after the subject's noun, before a modal: "meetings set to begin soon ... will enable"
        infinitive = true;
      } else if (pos.equals("VB") || pos.equals("TO") || pos.startsWith("W") || pos.equals(".")
          || Tokens.isThat(token) && i > at
          || token.text().equals(";") || token.text().equals(":")) {
        return participleAfterNoun ? at : -1;
      }
    }
    return participleAfterNoun ? at : -1;
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
   * Whether a verb follows at {@code index}, past adverbs (", but rather focused on ...": the same subject going
   * on).
   */
  private static boolean followedByVerb(Sentence sentence, int index) {
    int i = pastAdverbs(sentence, index);
    return i < sentence.size() && sentence.token(i).isVerb();
  }

  /** Whether a past-tense verb follows at {@code index}, past adverbs ("... and acknowledged ..."). */
  private static boolean followedByPastTense(Sentence sentence, int index) {
    int i = pastAdverbs(sentence, index);
    return i < sentence.size() && sentence.token(i).pos().equals("VBD");
  }

  private static int pastAdverbs(Sentence sentence, int index) {
    int i = index;
    while (i < sentence.size() && sentence.token(i).pos().startsWith("RB")) {
      i++;
    }
    return i;
  }

  private static boolean isTrailingPunctuation(Token token) {
    String pos = token.pos();
    return pos.equals(".") || pos.equals(",") || pos.equals(":") || token.text().equals(";");
  }
}
