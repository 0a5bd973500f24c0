package io.claimkit.claim.toolkit;

import static io.claimkit.claim.toolkit.Tokens.isComma;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.lexicon.WordList;
import java.util.Optional;

/** The noun phrase that speaks or acts: a clause's subject, with its appositive where it has one. */
public final class Speakers {

  /** The longest comma-enclosed insert between a subject and its verb: ", a spokesperson for the ministry,". */
  private static final int MAX_INSERT = 16;

  private Speakers() {}

  /**
   * The subject of the verb group that starts at token {@code group}. An appositive or a participle insert
   * belongs to it ("Maria Lopez, the city's budget director, said"; "The statement, released by the ministry,
   * said"); a prepositional insert does not ("The mayor, in a statement, said"). A pronoun is a subject only
   * when {@code speakerPronouns} lists it; the object of a preposition never is.
   */
  public static Optional<TokenRange> subjectBefore(Sentence sentence, int group, WordList speakerPronouns) {
    if (group == 0) {
      return Optional.empty();
    }
    int end = group;
    int npEnd = group;
    if (isComma(sentence.token(group - 1))) {
      int open = insertStart(sentence, group - 1);
      if (open < 0) {
        return Optional.empty();
      }
      Token first = sentence.token(open + 1);
      boolean belongs = Tokens.isModifier(first) || first.pos().equals("VBN") || first.isProperNoun();
      npEnd = open;
      end = belongs ? group - 1 : open;
    }
    int start = NounPhrases.startBefore(sentence, npEnd, 0);
    if (start < 0) {
      return Optional.empty();
    }
    Token head = sentence.token(npEnd - 1);
    if (Tokens.isPronoun(head) && !speakerPronouns.contains(head.text())) {
      return Optional.empty();
    }
    if (start > 0 && isPreposition(sentence.token(start - 1))) {
      return Optional.empty(); // "From the workers came a demand": the object of a preposition is no subject
    }
    return Optional.of(new TokenRange(sentence, start, end));
  }

  /**
   * The end of the noun phrase ending at {@code end} with its appositive, when a comma and a noun phrase
   * closed by punctuation follow: "the team's coach, Alireza Mehraban,"; else {@code end}.
   */
  public static int withAppositive(Sentence sentence, int end) {
    if (end + 1 >= sentence.size() || !isComma(sentence.token(end))) {
      return end;
    }
    int appositiveEnd = NounPhrases.end(sentence, end + 1, sentence.size());
    if (appositiveEnd == end + 1) {
      return end;
    }
    boolean closed = appositiveEnd >= sentence.size() || Tokens.isPunctuation(sentence.token(appositiveEnd));
    return closed ? appositiveEnd : end;
  }

  /** A word tagged IN that opens a prepositional phrase, not a clause. */
  public static boolean isPreposition(Token token) {
    return token.pos().equals("IN") && !GrammarWords.subordinators().contains(token.text());
  }

  /** The index of the comma that opens the insert closed by the comma at {@code close}, or -1. */
  private static int insertStart(Sentence sentence, int close) {
    for (int i = close - 1; i > 0 && close - i <= MAX_INSERT; i--) {
      Token token = sentence.token(i);
      if (isComma(token)) {
        return i + 1 < close ? i : -1;
      }
      boolean opensInsert = isComma(sentence.token(i - 1));
      // A participle that opens the insert may be tagged as a past tense: ", believed to be ...,".
      if (Tokens.isQuote(token) || !opensInsert && Tokens.isFiniteVerbOrModal(token)) {
        return -1;
      }
    }
    return -1;
  }
}
