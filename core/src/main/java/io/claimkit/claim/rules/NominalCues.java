package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.lemma;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.CueKind;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.Clauses;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.lexicon.WordList;
import io.claimkit.text.Span;
import java.util.Optional;

/**
 * A reporting noun with its possessor and a "that" clause: "The mayor's statement that the budget was balanced
 * drew criticism" reports the mayor. The nouns and their kinds are in {@code cue-nouns.txt}.
 */
final class NominalCues {

  static final String RULE = "attribution.nominal";
  private static final WordList NOUNS = WordList.resource(NominalCues.class, "cue-nouns.txt");

  private NominalCues() {}

  /** Whether token {@code i} is the possessive marker of such a cue ("'s" in "the mayor's statement that"). */
  static boolean startsAt(Sentence sentence, int i) {
    return sentence.token(i).pos().equals("POS") && i > 0 && i + 2 < sentence.size()
        && NOUNS.contains(lemma(sentence.token(i + 1))) && Tokens.isThat(sentence.token(i + 2));
  }

  static Optional<Found> find(Sentence sentence, int possessive) {
    int start = NounPhrases.startBefore(sentence, possessive, 0);
    if (start >= possessive) {
      return Optional.empty();
    }
    TokenRange speaker = new TokenRange(sentence, start, possessive);
    TokenRange cue = new TokenRange(sentence, possessive + 1, possessive + 2);
    return Clauses.contentFrom(sentence, possessive + 3)
        .map(c -> beforeMainVerb(sentence, possessive + 3, c))
        .map(c -> new Found(RULE, speaker, cue, c, true));
  }

  /**
   * The "that" clause of a noun stops where the sentence's own verb begins: in "the statement that the budget
   * was balanced drew criticism", a second finite verb with no subject of its own ("drew") is the main clause's.
   */
  private static Span beforeMainVerb(Sentence sentence, int from, Span content) {
    boolean seenVerb = false;
    for (int i = from; i < sentence.size() && sentence.token(i).begin() < content.end(); i++) {
      Token token = sentence.token(i);
      if (!Tokens.isFiniteVerb(token)) {
        continue;
      }
      Token before = sentence.token(i - 1);
      if (seenVerb && !Tokens.isNoun(before) && !Tokens.isPronoun(before) && !Tokens.isComma(before)
          && !Tokens.isAuxiliary(before)) {
        return new Span(content.begin(), before.end());
      }
      seenVerb = true;
    }
    return content;
  }

  /** The kind of a cue noun; speech when its entry names none. */
  static CueKind kind(String lemma) {
    return ClaimLexicon.cueKindIn(NOUNS, lemma);
  }
}
