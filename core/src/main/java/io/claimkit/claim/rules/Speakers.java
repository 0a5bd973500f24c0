package io.claimkit.claim.rules;

import static io.claimkit.claim.rules.Chunker.isComma;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import java.util.Optional;
import java.util.Set;

/** Finds the noun phrase that speaks or acts: a clause's subject, with its appositive where it has one. */
final class Speakers {

  /** The longest comma-enclosed insert between a subject and its verb: ", a spokesperson for the Pentagon,". */
  private static final int MAX_INSERT = 16;

  private Speakers() {}

  /**
   * The subject of the verb group that starts at {@code group}. An appositive or a participle insert
   * belongs to it ("Sabrina Singh, a spokesperson for the Pentagon, emphasized"; "The statement, released
   * by the ministry, said"); a prepositional insert does not ("Austin, in a statement, said").
   */
  static Optional<TokenRange> subjectBefore(Sentence sentence, int group, ClaimLexicon lexicon) {
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
      boolean belongs =
          Chunker.isModifier(first) || first.pos().equals("VBN") || first.isProperNoun();
      npEnd = open;
      end = belongs ? group - 1 : open;
    }
    int start = Chunker.nounPhraseStartBefore(sentence, npEnd, 0);
    if (start < 0) {
      return Optional.empty();
    }
    Token head = sentence.token(npEnd - 1);
    if (Chunker.isPronoun(head) && !lexicon.speakerPronouns().contains(head.text())) {
      return Optional.empty();
    }
    if (start > 0 && isPreposition(sentence.token(start - 1))) {
      // "in which U.S. troops come": the object of a preposition is no subject.
      return Optional.empty();
    }
    return Optional.of(new TokenRange(sentence, start, end));
  }

  /** The index of the comma that opens the insert closed by the comma at {@code close}, or -1. */
  private static int insertStart(Sentence sentence, int close) {
    for (int i = close - 1; i > 0 && close - i <= MAX_INSERT; i--) {
      Token token = sentence.token(i);
      if (isComma(token)) {
        return i + 1 < close ? i : -1;
      }
      boolean opensInsert = isComma(sentence.token(i - 1));
      if (Chunker.isQuote(token) || !opensInsert && (Chunker.isFiniteVerb(token) || token.pos().equals("MD"))) {
        // A participle that opens the insert may be tagged as a past tense: ", believed to be ...,".
        return -1;
      }
    }
    return -1;
  }

  /** Words tagged IN that open a clause rather than a prepositional phrase: "Although the parliament has ...". */
  private static final Set<String> SUBORDINATORS =
      Set.of("that", "although", "though", "because", "while", "if", "when", "as", "since", "after",
          "before", "whereas", "once", "until", "unless", "whether");

  private static boolean isPreposition(Token token) {
    return token.pos().equals("IN") && !SUBORDINATORS.contains(Chunker.lower(token));
  }

  /** Extends a noun phrase ending at {@code end} by an appositive: "the team's coach, Alireza Mehraban,". */
  static int withAppositive(Sentence sentence, int end) {
    if (end + 1 >= sentence.size() || !isComma(sentence.token(end))) {
      return end;
    }
    int appositiveEnd = Chunker.nounPhraseEnd(sentence, end + 1, sentence.size());
    if (appositiveEnd == end + 1) {
      return end;
    }
    boolean closed =
        appositiveEnd >= sentence.size() || Chunker.isPunctuation(sentence.token(appositiveEnd));
    return closed ? appositiveEnd : end;
  }
}
