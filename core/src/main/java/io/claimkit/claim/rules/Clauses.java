package io.claimkit.claim.rules;

import static io.claimkit.claim.rules.Chunker.isComma;
import static io.claimkit.claim.rules.Chunker.lower;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.rules.AttributionFinder.Content;
import java.util.Optional;
import java.util.Set;

/** Where a clause of reported content ends, and how its edges are trimmed. */
final class Clauses {

  /** Words after a comma that open a new clause: ", but Iraqi officials have ...". */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("but", "while", "although", "though", "whereas", "yet");

  private static final int MAX_LEAD_IN = 10;

  private Clauses() {}

  /** A word that links a sentence to the one before and belongs to no clause part: "But", "However,". */
  static boolean isConnective(Token token) {
    return token.pos().equals("CC") || isComma(token) || token.pos().startsWith("RB");
  }

  static boolean onlyConnectivesBefore(Sentence sentence, int index) {
    for (int i = 0; i < index; i++) {
      Token token = sentence.token(i);
      if (!isConnective(token) && !Chunker.isQuote(token)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Skips a lead-in such as "in a statement" or "on Thursday" between a cue and "that", a colon or a quote;
   * returns {@code from} when there is none.
   */
  static int skipToComplementizer(Sentence sentence, int from) {
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
      if (i > from && (word.equals("that") || word.equals(":") || Chunker.isQuote(token))) {
        return i;
      }
      boolean leadIn =
          token.pos().equals("IN") || Chunker.isModifier(token) || token.pos().startsWith("RB") || isComma(token);
      if (!leadIn) {
        return from;
      }
    }
    return from;
  }

  /** The content that starts at token {@code from} and runs to the end of its clause. */
  static Optional<Content> contentFrom(Sentence sentence, int from) {
    int end = clauseEnd(sentence, from);
    if (end <= from) {
      return Optional.empty();
    }
    return Optional.of(trimmed(sentence, from, end, end));
  }

  /** The end (exclusive) of the clause that starts at {@code from}, never inside a quotation. */
  static int clauseEnd(Sentence sentence, int from) {
    boolean inQuote = false;
    for (int i = from; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      if (Chunker.isQuote(token)) {
        inQuote = opensQuote(token, inQuote);
        continue;
      }
      if (inQuote) {
        continue;
      }
      String word = lower(token);
      if (word.equals(";")) {
        return i;
      }
      if (isComma(token) && i + 1 < sentence.size() && CLAUSE_OPENERS.contains(lower(sentence.token(i + 1)))
          && !continuesVerbPhrase(sentence, i + 2)) {
        return i;
      }
      boolean afterComma = i > 0 && isComma(sentence.token(i - 1));
      if (i > from && token.pos().equals("CC") && !afterComma && startsVerbPhrase(sentence, i + 1)) {
        return i;
      }
    }
    return sentence.size();
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

  /** ", but rather focused on ...": an opener followed by a verb goes on with the same subject. */
  private static boolean continuesVerbPhrase(Sentence sentence, int index) {
    int i = index;
    while (i < sentence.size() && sentence.token(i).pos().startsWith("RB")) {
      i++;
    }
    return i < sentence.size() && sentence.token(i).isVerb();
  }

  /** "... but left it unclear": a conjunction followed by a finite verb shares the subject, a new clause. */
  private static boolean startsVerbPhrase(Sentence sentence, int index) {
    int i = index;
    while (i < sentence.size() && sentence.token(i).pos().startsWith("RB")) {
      i++;
    }
    return i < sentence.size() && (Chunker.isFiniteVerb(sentence.token(i)) || sentence.token(i).pos().equals("MD"));
  }

  /** Content offsets for tokens [from, to), without trailing punctuation; {@code limit} bounds the end. */
  static Content trimmed(Sentence sentence, int from, int to, int limit) {
    int end = Math.min(to, limit);
    while (end > from + 1 && isTrailingPunctuation(sentence.token(end - 1))) {
      end--;
    }
    int begin = from;
    while (begin < end - 1 && (isComma(sentence.token(begin)) || sentence.token(begin).text().equals(":"))) {
      begin++;
    }
    return new Content(sentence.token(begin).begin(), sentence.token(end - 1).end());
  }

  private static boolean isTrailingPunctuation(Token token) {
    String pos = token.pos();
    return pos.equals(".") || pos.equals(",") || pos.equals(":") || token.text().equals(";");
  }

  /** True when a finite verb or a modal stands inside the content. */
  static boolean hasFiniteVerb(Sentence sentence, int from, Content content) {
    for (int i = from; i < sentence.size() && sentence.token(i).begin() < content.end(); i++) {
      Token token = sentence.token(i);
      if (Chunker.isFiniteVerb(token) || token.pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }
}
