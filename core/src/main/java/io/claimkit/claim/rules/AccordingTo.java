package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.isComma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.Clauses;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.text.Span;
import java.util.Optional;

/**
 * "according to" and its source, wherever the content stands: before it ("According to the ministry, 40
 * people died" and without the comma), after it ("40 people died, according to the ministry", also without
 * the comma at the sentence's end), or around it ("The plan, according to officials, will cost $5 million";
 * "a policy which, according to the agency, critics have condemned").
 */
final class AccordingTo {

  static boolean startsAt(Sentence sentence, int i) {
    return lower(sentence.token(i)).equals("according")
        && i + 1 < sentence.size()
        && lower(sentence.token(i + 1)).equals("to");
  }

  Optional<Found> find(Sentence sentence, int at) {
    int start = at + 2;
    int end = NounPhrases.end(sentence, start, sentence.size());
    if (end == start) {
      return Optional.empty();
    }
    end = Speakers.withAppositive(sentence, end);
    TokenRange speaker = new TokenRange(sentence, start, end);
    TokenRange cue = new TokenRange(sentence, at, at + 2);
    return content(sentence, at, end).map(c -> new Found("attribution.according-to", speaker, cue, c, true));
  }

  private static Optional<Span> content(Sentence sentence, int at, int end) {
    boolean endsSentence = end >= sentence.size() || end == sentence.size() - 1 && isFinal(sentence.token(end));
    if (Clauses.onlyConnectivesBefore(sentence, at)) {
      if (end < sentence.size() && isComma(sentence.token(end))) {
        return Clauses.contentFrom(sentence, end + 1);
      }
      // "According to the ministry 40 people died": the clause follows without a comma.
      Optional<Span> clause = end < sentence.size() ? Clauses.contentFrom(sentence, end) : Optional.empty();
      return clause.filter(c -> Clauses.hasFiniteVerb(sentence, end, c));
    }
    boolean afterComma = at > 0 && isComma(sentence.token(at - 1));
    if (endsSentence) {
      return AttributionFinder.contentBefore(sentence, at, false);
    }
    if (afterComma && end < sentence.size() && isComma(sentence.token(end)) && !hasFiniteVerbAfter(sentence, end)) {
      return AttributionFinder.contentBefore(sentence, at, true); // "…, according to Ana Ruiz, the curator."
    }
    if (afterComma && end < sentence.size() && isComma(sentence.token(end))) {
      // An insert: after a relative word the content is what follows it, else the whole sentence.
      Token opener = at >= 2 ? sentence.token(at - 2) : null;
      boolean relative = opener != null && (opener.pos().startsWith("W") || Tokens.isThat(opener));
      if (relative) {
        return Clauses.contentFrom(sentence, end + 1);
      }
      return AttributionFinder.contentBefore(sentence, sentence.size(), false);
    }
    return afterComma ? AttributionFinder.contentBefore(sentence, at, true) : Optional.empty();
  }

  private static boolean hasFiniteVerbAfter(Sentence sentence, int from) {
    for (int i = from; i < sentence.size(); i++) {
      if (Tokens.isFiniteVerbOrModal(sentence.token(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFinal(Token token) {
    return token.pos().equals(".") || Tokens.isClosingQuote(token);
  }
}
