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

  /** The most adverbs and parentheses passed over between a subject and its verb. */
  private static final int MAX_SKIPPED = 3;

  private Speakers() {}

  /**
   * The subject of the verb group that starts at token {@code group}. An appositive or a participle insert
   * belongs to it ("Maria Lopez, the city's budget director, said"; "The statement, released by the ministry,
   * said"); a prepositional insert does not ("The mayor, in a statement, said"). A pronoun is a subject only
   * when {@code speakerPronouns} lists it; the object of a preposition never is.
   */
  public static Optional<TokenRange> subjectBefore(Sentence sentence, int group, WordList speakerPronouns) {
    int before = skipAdverbsAndParentheses(sentence, group);
    if (before == 0) {
      return Optional.empty();
    }
    int end = before;
    int npEnd = before;
    if (isComma(sentence.token(before - 1))) {
      int open = insertStart(sentence, before - 1);
      if (open >= 0) {
        Token first = sentence.token(open + 1);
        boolean belongs = Tokens.isModifier(first) || first.pos().equals("VBN") || first.isProperNoun();
        npEnd = open;
        end = belongs ? before - 1 : open;
      } else if (!sentence.token(before).pos().equals("VBD") || Tokens.isAuxiliary(sentence.token(before))) {
        npEnd = before - 1; // a stray comma between a subject and its verb: "The firm, has said", "X, says"
        end = npEnd;
      } else {
        return Optional.empty(); // "The invasion ..., based on ...": a past form after a comma may be a participle
      }
    }
    int start = NounPhrases.startBefore(sentence, npEnd, 0);
    if (start < 0) {
      return Optional.empty();
    }
    Token head = sentence.token(npEnd - 1);
    if (Tokens.isPronoun(head) && !speakerPronouns.contains(head.text())) {
      return Optional.empty();
    }
    start = withPostModifiedHead(sentence, start);
    if (start > 0 && isPreposition(sentence.token(start - 1))) {
      return Optional.empty(); // "From the workers came a demand": the object of a preposition is no subject
    }
    return Optional.of(new TokenRange(sentence, withAppositiveBefore(sentence, start, npEnd), end));
  }

  /**
   * The first token of a subject with an appositive before it, "the country's prime minister, Ana Ruiz" and
   * "Ana Ruiz, the city's budget director": two noun phrases joined by a comma, one of them a name of proper
   * nouns alone; {@code start} when there is none. The phrase before must not be a preposition's object ("In
   * Paris, officials said").
   */
  private static int withAppositiveBefore(Sentence sentence, int start, int npEnd) {
    if (start < 2 || !isComma(sentence.token(start - 1))) {
      return start;
    }
    int before = NounPhrases.startBefore(sentence, start - 1, 0);
    if (before < 0 || start - 1 - before > MAX_INSERT || !opensClause(sentence, before)) {
      return start;
    }
    boolean nameAfter = allProperNouns(sentence, start, npEnd);
    boolean nameBefore = allProperNouns(sentence, before, start - 1);
    return nameAfter != nameBefore ? before : start;
  }

  /**
   * Whether a subject may begin at {@code index}: not as a preposition's object ("In Paris, officials said")
   * nor as the last item of a list ("…, and the capabilities, Austin added").
   */
  private static boolean opensClause(Sentence sentence, int index) {
    if (index == 0) {
      return true;
    }
    Token previous = sentence.token(index - 1);
    return !isPreposition(previous) && !previous.pos().equals("CC");
  }

  private static boolean allProperNouns(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!sentence.token(i).isProperNoun()) {
        return false;
      }
    }
    return to > from;
  }

  /**
   * The index before which a subject ends when the verb group starts at {@code group}: adverbs ("also",
   * "then") and a parenthesis ("(WHO)") between a subject and its verb are passed over.
   */
  private static int skipAdverbsAndParentheses(Sentence sentence, int group) {
    int at = group;
    for (int steps = 0; steps < MAX_SKIPPED && at > 0; steps++) {
      Token before = sentence.token(at - 1);
      boolean adverb = before.pos().startsWith("RB") || before.pos().equals("JJ") && Tokens.lower(before).endsWith("ly");
      if (adverb && !Tokens.isNegation(before)) { // "also said", "mistakenly thought" (a -ly word tagged JJ)
        at--;
      } else if (before.pos().equals("-RRB-") || before.text().equals(")")) {
        int open = at - 2;
        while (open >= 0 && at - open <= MAX_INSERT && !sentence.token(open).text().equals("(")
            && !sentence.token(open).pos().equals("-LRB-")) {
          open--;
        }
        if (open < 0 || at - open > MAX_INSERT) {
          return at;
        }
        at = open;
      } else {
        return at;
      }
    }
    return at;
  }

  /**
   * The first token of a subject whose head carries a participle or infinitive phrase: "A letter seen by the
   * BBC", "Figures to be published today"; {@code start} (the phrase found last) when there is none.
   */
  private static int withPostModifiedHead(Sentence sentence, int start) {
    int verb = start - 1;
    if (verb > 0 && Tokens.lower(sentence.token(verb)).equals("by") && sentence.token(verb - 1).pos().equals("VBN")) {
      verb--;
    } else if (!(verb >= 2 && sentence.token(verb).pos().equals("VBN")
        && Tokens.lemma(sentence.token(verb - 1)).equals("be") && sentence.token(verb - 2).pos().equals("TO"))) {
      return start;
    } else {
      verb -= 2; // "to be published"
    }
    int head = NounPhrases.startBefore(sentence, verb, 0);
    return head >= 0 && Tokens.isNoun(sentence.token(verb - 1)) ? head : start;
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
