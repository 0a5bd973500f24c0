package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.isComma;
import static io.claimkit.claim.toolkit.Tokens.isQuote;
import static io.claimkit.claim.toolkit.Tokens.lemma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.toolkit.Clauses;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Quotes;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds who said what, sentence by sentence, from part-of-speech patterns around reporting verbs:
 *
 * <ul>
 *   <li>{@code speaker cue [that] content}: "The mayor, in a statement, said that the bridge will reopen";
 *   <li>{@code content, speaker cue}: "..., Lopez added.";
 *   <li>{@code content, cue speaker}: "“...,” said Governor Okafor.";
 *   <li>{@code clause, saying content}: the speaker is the subject of the clause;
 *   <li>{@code according to speaker, content} and {@code content, according to speaker}.
 * </ul>
 *
 * A quote that runs on past its sentence extends the content to its closing mark.
 */
final class AttributionFinder {

  /**
   * One attribution in token terms, before it becomes a claim; the content may run over several sentences,
   * so it is a raw-text span.
   */
  record Found(String rule, double confidence, TokenRange speaker, TokenRange cue, Span content) {}

  private static final double CLAUSE_CONFIDENCE = 0.9;
  private static final double INVERTED_CONFIDENCE = 0.85;
  private static final double NOUN_PHRASE_CONFIDENCE = 0.75;

  private final ClaimLexicon lexicon;

  AttributionFinder(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Found> find(ClaimContext context) {
    List<Found> found = new ArrayList<>();
    List<Sentence> sentences = context.sentences();
    for (Sentence sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        Token token = sentence.token(i);
        Optional<Found> hit =
            isAccordingTo(sentence, i)
                ? accordingTo(sentence, i)
                : isCue(sentence, i) ? atCue(sentence, i) : Optional.empty();
        hit.map(f -> withWholeQuote(f, context.document().text(), sentences, sentence)).ifPresent(found::add);
        if (hit.isPresent() && token.text().equalsIgnoreCase("according")) {
          i++;
        }
      }
    }
    return found;
  }

  /** The found attribution with its content widened to the whole quotation it opens or closes. */
  private static Found withWholeQuote(Found found, String raw, List<Sentence> sentences, Sentence sentence) {
    Span content = Quotes.extend(found.content(), raw, sentences, sentence);
    return new Found(found.rule(), found.confidence(), found.speaker(), found.cue(), content);
  }

  private static boolean isAccordingTo(Sentence sentence, int i) {
    return lower(sentence.token(i)).equals("according")
        && i + 1 < sentence.size()
        && lower(sentence.token(i + 1)).equals("to");
  }

  private boolean isCue(Sentence sentence, int i) {
    Token token = sentence.token(i);
    return token.pos().startsWith("VB") && lexicon.isReportingVerb(lemma(token));
  }

  private Optional<Found> atCue(Sentence sentence, int cue) {
    Token verb = sentence.token(cue);
    int group = VerbGroups.start(sentence, cue, 0);
    if (VerbGroups.negated(sentence, group, cue)) {
      return Optional.empty();
    }
    if (verb.pos().equals("VBG") && cue > 0 && isComma(sentence.token(cue - 1))) {
      return saying(sentence, cue);
    }
    if (!Tokens.isFiniteVerb(verb) && !VerbGroups.perfect(sentence, group, cue) && !verb.pos().equals("VB")) {
      return Optional.empty();
    }
    if (verb.pos().equals("VB") && !VerbGroups.hasModalOrDo(sentence, group, cue)) {
      return Optional.empty();
    }
    TokenRange cueRange = new TokenRange(sentence, cue, cue + 1);
    Optional<TokenRange> speaker = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns());
    if (speaker.isPresent()) {
      Optional<Span> after = contentAfter(sentence, cue);
      if (after.isPresent()) {
        double confidence =
            followsThatOrQuote(sentence, cue) ? CLAUSE_CONFIDENCE : NOUN_PHRASE_CONFIDENCE;
        return Optional.of(
            new Found("attribution.speaker-cue-content", confidence, speaker.get(), cueRange, after.get()));
      }
      return contentBefore(sentence, speaker.get().from())
          .map(c -> new Found("attribution.content-speaker-cue", INVERTED_CONFIDENCE, speaker.get(), cueRange, c));
    }
    return invertedSpeaker(sentence, cue)
        .flatMap(
            s ->
                contentBefore(sentence, group)
                    .map(c -> new Found("attribution.content-cue-speaker", INVERTED_CONFIDENCE, s, cueRange, c)));
  }



  /** "…, saying that …": the speaker is the subject of the clause the participle hangs on. */
  private Optional<Found> saying(Sentence sentence, int cue) {
    for (int v = 0; v < cue - 1; v++) {
      Token token = sentence.token(v);
      if (Tokens.isFiniteVerb(token) || token.pos().equals("MD")) {
        int group = VerbGroups.start(sentence, v, 0);
        Optional<TokenRange> speaker = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns());
        Optional<Span> content = contentAfter(sentence, cue);
        if (speaker.isPresent() && content.isPresent()) {
          return Optional.of(
              new Found(
                  "attribution.clause-saying",
                  CLAUSE_CONFIDENCE,
                  speaker.get(),
                  new TokenRange(sentence, cue, cue + 1),
                  content.get()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "According to the ministry, …" and "…, according to the ministry." */
  private Optional<Found> accordingTo(Sentence sentence, int at) {
    int start = at + 2;
    int end = NounPhrases.end(sentence, start, sentence.size());
    if (end == start) {
      return Optional.empty();
    }
    end = Speakers.withAppositive(sentence, end);
    TokenRange speaker = new TokenRange(sentence, start, end);
    TokenRange cue = new TokenRange(sentence, at, at + 2);
    boolean opensSentence = Clauses.onlyConnectivesBefore(sentence, at);
    Optional<Span> content;
    if (opensSentence && end < sentence.size() && isComma(sentence.token(end))) {
      content = Clauses.contentFrom(sentence, end + 1);
    } else if (at > 0 && isComma(sentence.token(at - 1))) {
      content = contentBefore(sentence, at);
    } else {
      content = Optional.empty();
    }
    return content.map(c -> new Found("attribution.according-to", CLAUSE_CONFIDENCE, speaker, cue, c));
  }

  /** The content after a cue: skips "that", a colon, the hearer of "tell" and phrases such as "in a statement". */
  private Optional<Span> contentAfter(Sentence sentence, int cue) {
    int from = cue + 1;
    if (lemma(sentence.token(cue)).equals("tell")) {
      int hearerEnd = NounPhrases.end(sentence, from, sentence.size());
      if (hearerEnd > from) {
        from = hearerEnd;
      }
    }
    from = Clauses.skipToComplementizer(sentence, from);
    boolean marked = false;
    if (from < sentence.size() && Tokens.isThat(sentence.token(from))) {
      from++;
      marked = true;
    }
    while (from < sentence.size()
        && (sentence.token(from).text().equals(":") || isComma(sentence.token(from)))) {
      from++;
    }
    if (from >= sentence.size()) {
      return Optional.empty();
    }
    boolean quoted = isQuote(sentence.token(from));
    Optional<Span> content = Clauses.contentFrom(sentence, from);
    if (content.isEmpty()) {
      return content;
    }
    if (marked || quoted || lexicon.takesNounPhraseContent(lemma(sentence.token(cue)))) {
      return content;
    }
    // Without "that" or a quote, a verb like "said" needs a clause: a verb inside the content.
    return Clauses.hasFiniteVerb(sentence, from, content.get()) ? content : Optional.empty();
  }

  /** The content before a speaker or an inverted cue: from the clause start to the comma or quote before. */
  private static Optional<Span> contentBefore(Sentence sentence, int boundary) {
    int end = boundary;
    while (end > 0 && (isComma(sentence.token(end - 1)) || Tokens.isClosingQuote(sentence.token(end - 1)))) {
      end--;
    }
    if (end == boundary) {
      return Optional.empty();
    }
    int start = 0;
    while (start < end && Clauses.isConnective(sentence.token(start))) {
      start++;
    }
    if (start >= end) {
      return Optional.empty();
    }
    return Optional.of(Clauses.trimmed(sentence, start, end, boundary));
  }

  /** "…,” said Governor Okafor." and "…, said the ministry's spokesman, …". */
  private Optional<TokenRange> invertedSpeaker(Sentence sentence, int cue) {
    if (cue == 0) {
      return Optional.empty();
    }
    Token before = sentence.token(cue - 1);
    if (!isComma(before) && !Tokens.isClosingQuote(before)) {
      return Optional.empty();
    }
    int end = NounPhrases.end(sentence, cue + 1, sentence.size());
    if (end == cue + 1) {
      return Optional.empty();
    }
    end = Speakers.withAppositive(sentence, end);
    boolean closes = end >= sentence.size() || Tokens.isPunctuation(sentence.token(end));
    return closes ? Optional.of(new TokenRange(sentence, cue + 1, end)) : Optional.empty();
  }

  private static boolean followsThatOrQuote(Sentence sentence, int cue) {
    int next = Clauses.skipToComplementizer(sentence, cue + 1);
    return next < sentence.size() && (Tokens.isThat(sentence.token(next)) || isQuote(sentence.token(next))
        || sentence.token(next).text().equals(":"));
  }


}
