package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.isComma;
import static io.claimkit.claim.toolkit.Tokens.isQuote;
import static io.claimkit.claim.toolkit.Tokens.lemma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.CueKind;
import io.claimkit.claim.toolkit.Clauses;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Quotes;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.internal.SortedSpans;
import io.claimkit.lexicon.WordList;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds who said what, sentence by sentence, from part-of-speech patterns around reporting verbs:
 *
 * <ul>
 *   <li>{@code speaker cue [that] content}: "The mayor, in a statement, said that the bridge will reopen",
 *       "Officials also believe the toll will rise", "Fares will rise, the union warned.";
 *   <li>{@code content, cue speaker}: "“...,” said Governor Okafor to reporters.";
 *   <li>{@code clause, saying content} (the speaker is the clause's subject) and {@code with speaker saying
 *       content};
 *   <li>a second verb of one subject: "The minister spoke to reporters and said that ...";
 *   <li>a naming verb before a quotation: "The mayor called the vote “a turning point”";
 *   <li>"according to" before, inside or after its content ({@link AccordingTo}).
 * </ul>
 *
 * No claim comes from a negated cue ("did not say"), a hypothetical one ("if the minister says ..."), or a
 * question ("Did the mayor say that ...?"). A quote that runs on past its sentence extends the content to its
 * closing mark; a quote interrupted by its attribution is one content ({@link InterruptedQuotes}).
 */
final class AttributionFinder {

  /**
   * One attribution in token terms, before it becomes a claim; the content may run over several sentences,
   * so it is a raw-text span.
   *
   * @param marked whether the content is marked as reported: "that", a colon or a quotation
   */
  record Found(String rule, TokenRange speaker, TokenRange cue, Span content, boolean marked) {

    Found withContent(Span other) {
      return new Found(rule, speaker, cue, other, marked);
    }
  }

  private static final WordList NAMING_VERBS = WordList.resource(AttributionFinder.class, "naming-verbs.txt");
  private static final WordList HEARER_VERBS = WordList.resource(AttributionFinder.class, "hearer-verbs.txt");
  private static final WordList HYPOTHETICAL = WordList.resource(AttributionFinder.class, "hypothetical-markers.txt");

  private final ClaimLexicon lexicon;
  private final AccordingTo accordingTo = new AccordingTo();

  AttributionFinder(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Found> find(ClaimContext context) {
    String raw = context.document().text();
    List<Sentence> sentences = context.sentences();
    List<TemporalMention> temporals = context.analysis().mentions(TemporalMention.class);
    List<Found> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      boolean question = endsAsQuestion(sentence);
      for (int i = 0; i < sentence.size(); i++) {
        Optional<Found> hit;
        if (AccordingTo.startsAt(sentence, i)) {
          hit = accordingTo.find(sentence, i);
          i++;
        } else if (NominalCues.startsAt(sentence, i)) {
          hit = NominalCues.find(sentence, i);
        } else if (isCue(sentence, i)) {
          hit = atVerbCue(sentence, i);
        } else if (isNamingVerb(sentence, i)) {
          hit = naming(sentence, i);
        } else {
          continue;
        }
        if (hit.isPresent() && !(question && !insideQuote(sentence, hit.get().cue().from()))
            && plausibleSpeaker(hit.get().speaker(), temporals)) {
          Found f = hit.get();
          Span whole = Quotes.extend(f.content(), raw, sentences, sentence);
          if (f.content().begin() >= f.cue().span().end() && whole.begin() < f.content().begin()) {
            // A content after its cue reaches forward only: "“…, I think it will pass,” she said" gives "I"
            // the words after "think", not the whole quotation.
            whole = new Span(f.content().begin(), Math.max(whole.end(), f.content().begin()));
          }
          found.add(f.withContent(whole));
        }
      }
    }
    return found;
  }

  /** A speaker is no time: "this week revealed ...". */
  private static boolean plausibleSpeaker(TokenRange speaker, List<TemporalMention> temporals) {
    Sentence sentence = speaker.sentence();
    Span head = sentence.token(NounPhrases.head(sentence, speaker.from(), speaker.to())).span();
    int at = SortedSpans.firstEndingAfter(temporals, TemporalMention::span, head.begin());
    return !(at < temporals.size() && temporals.get(at).span().intersects(head));
  }

  private boolean isCue(Sentence sentence, int i) {
    Token token = sentence.token(i);
    return token.pos().startsWith("VB") && lexicon.isReportingVerb(lemma(token)) || mistaggedCue(token);
  }

  /**
   * A reporting verb in the third person that a tagger read as a plural noun, as headlines invite: "Court
   * rules ...", "the ministry notes, ...". Such a token is taken for the verb; the speaker and content
   * patterns decide whether it is one.
   */
  private boolean mistaggedCue(Token token) {
    String text = lower(token);
    return token.pos().equals("NNS") && text.length() > 3 && text.endsWith("s")
        && lexicon.isReportingVerb(text.substring(0, text.length() - 1));
  }

  private static boolean isNamingVerb(Sentence sentence, int i) {
    Token token = sentence.token(i);
    return token.pos().startsWith("VBD") || token.pos().equals("VBZ") || token.pos().equals("VBP")
        ? NAMING_VERBS.contains(lemma(token))
        : false;
  }

  /**
   * A mistagged cue counts only where a verb is plain: its subject opens the sentence, and "that", a quote, a
   * colon or a clause follows it at once ("Court rules worship of the old gods is legal").
   */
  private boolean headlineLikeCue(Sentence sentence, int cue) {
    Optional<TokenRange> subject = Speakers.subjectBefore(sentence, cue, lexicon.speakerPronouns());
    if (subject.isEmpty() || !Clauses.onlyConnectivesBefore(sentence, subject.get().from()) || cue + 1 >= sentence.size()) {
      return false;
    }
    Token next = sentence.token(cue + 1);
    boolean commaQuote = isComma(next) && cue + 2 < sentence.size() && isQuote(sentence.token(cue + 2));
    return Tokens.isThat(next) || isQuote(next) || next.text().equals(":") || commaQuote
        || Clauses.clauseStart(sentence, cue + 1) == cue + 1;
  }

  private Optional<Found> atVerbCue(Sentence sentence, int cue) {
    Token verb = sentence.token(cue);
    if (mistaggedCue(verb)) {
      if (!headlineLikeCue(sentence, cue)) {
        return Optional.empty();
      }
      String lemma = lower(verb).substring(0, lower(verb).length() - 1);
      verb = new Token(verb.span(), verb.text(), "VBZ", lemma);
    }
    int group = VerbGroups.start(sentence, cue, 0);
    if (VerbGroups.negated(sentence, group, cue) || hypothetical(sentence, group)) {
      return Optional.empty();
    }
    if (verb.pos().equals("VBG")) {
      return cue > 0 && isComma(sentence.token(cue - 1)) ? saying(sentence, cue) : withSpeakerSaying(sentence, cue);
    }
    if (verb.pos().equals("VBN") && group == cue && cue > 0 && Tokens.isNoun(sentence.token(cue - 1))
        && Speakers.subjectBefore(sentence, cue, lexicon.speakerPronouns()).isPresent()) {
      // A participle right after its subject, with no auxiliary, is a past tense the tagger missed.
      verb = new Token(verb.span(), verb.text(), "VBD", verb.lemma());
    }
    boolean perfect = VerbGroups.perfect(sentence, group, cue);
    if (verb.pos().equals("VBN") && (!perfect || passive(sentence, group, cue))) {
      return Optional.empty(); // a passive report has no speaker: "it is believed that ...", "has been found"
    }
    if (verb.pos().equals("VB") && !VerbGroups.hasModalOrDo(sentence, group, cue)) {
      return Optional.empty(); // "to say", "refused to confirm"
    }
    if (!Tokens.isFiniteVerb(verb) && !perfect && !verb.pos().equals("VB")) {
      return Optional.empty();
    }
    TokenRange cueRange = new TokenRange(sentence, cue, cue + 1);
    Optional<Found> parenthetical = parenthetical(sentence, group, cue, cueRange);
    if (parenthetical.isPresent()) {
      return parenthetical;
    }
    Optional<TokenRange> speaker = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns())
        .or(() -> subjectOfFirstVerb(sentence, group));
    if (speaker.isPresent() && quoteClosesBefore(sentence, speaker.get().from())) {
      // "“…,” the mayor said on Radio 4": the quotation before the speaker is the content.
      Optional<Span> before = contentBefore(sentence, speaker.get().from(), true);
      if (before.isPresent()) {
        return Optional.of(new Found("attribution.content-speaker-cue", speaker.get(), cueRange, before.get(), true));
      }
    }
    if (speaker.isPresent()) {
      Optional<Found> after = contentAfter(sentence, cue)
          .map(c -> new Found("attribution.speaker-cue-content", speaker.get(), cueRange, c.span(), c.marked()));
      if (after.isPresent()) {
        return after;
      }
      if (!nothingReportedAfter(sentence, cue)) {
        return Optional.empty();
      }
      return contentBefore(sentence, speaker.get().from(), true)
          .map(c -> new Found("attribution.content-speaker-cue", speaker.get(), cueRange, c, true));
    }
    return invertedSpeaker(sentence, cue)
        .flatMap(s -> contentBefore(sentence, group, true)
            .map(c -> new Found("attribution.content-cue-speaker", s, cueRange, c, true)));
  }

  /**
   * Whether the cue reports nothing after itself, as in "…, the union said." or "…, she told reporters on
   * Monday.": the sentence ends, or only a hearer, adverbs and prepositional phrases follow.
   */
  private static boolean nothingReportedAfter(Sentence sentence, int cue) {
    int at = cue + 1;
    if (HEARER_VERBS.contains(lemma(sentence.token(cue)))) {
      at = NounPhrases.end(sentence, at, sentence.size());
    }
    while (at < sentence.size()) {
      Token token = sentence.token(at);
      if (Tokens.isPunctuation(token)) {
        return true;
      }
      if (token.pos().startsWith("RB")) {
        at++;
      } else if (token.pos().equals("IN") || token.pos().equals("TO")) {
        int end = NounPhrases.end(sentence, at + 1, sentence.size());
        if (end == at + 1) {
          return false;
        }
        at = end;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * An attribution set in commas inside its content: "Fares, the union said, will rise by 5%" and "Fares,
   * said the union's leader, will rise". The content is the whole sentence around it.
   */
  private Optional<Found> parenthetical(Sentence sentence, int group, int cue, TokenRange cueRange) {
    if (group == 0 || cue + 2 >= sentence.size()) {
      return Optional.empty();
    }
    Optional<TokenRange> speaker;
    int after;
    if (isComma(sentence.token(group - 1))) {
      int end = Speakers.withAppositive(sentence, NounPhrases.end(sentence, cue + 1, sentence.size()));
      speaker = end > cue + 1 ? Optional.of(new TokenRange(sentence, cue + 1, end)) : Optional.empty();
      after = end;
    } else {
      speaker = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns())
          .filter(s -> s.from() > 0 && isComma(sentence.token(s.from() - 1)))
          .filter(s -> contentAfter(sentence, cue).isEmpty()); // ", the union said, however, that ..."
      after = cue + 1;
    }
    boolean closed = after + 1 < sentence.size() && isComma(sentence.token(after))
        && !Tokens.isPunctuation(sentence.token(after + 1));
    if (speaker.isEmpty() || !closed) {
      return Optional.empty();
    }
    return contentBefore(sentence, sentence.size(), false)
        .map(c -> new Found("attribution.parenthetical", speaker.get(), cueRange, c, false));
  }

  /** Whether a closing quotation mark, with or without a comma, stands right before token {@code index}. */
  private static boolean quoteClosesBefore(Sentence sentence, int index) {
    int at = index - 1;
    while (at >= 0 && isComma(sentence.token(at))) {
      at--;
    }
    return at > 0 && closesQuote(sentence, at);
  }

  /**
   * Whether the quotation mark at {@code at} closes a quotation: a curly closing mark, or a straight one
   * written against the word before it ({@code said, "We} opens, {@code pass," she} closes).
   */
  private static boolean closesQuote(Sentence sentence, int at) {
    Token mark = sentence.token(at);
    if (!Tokens.isClosingQuote(mark)) {
      return false;
    }
    if (!mark.text().equals("\"")) {
      return true;
    }
    return at > 0 && sentence.token(at - 1).end() == mark.begin();
  }

  /** A form of "be" in the verb group before a participle: "has been told", "is believed". */
  private static boolean passive(Sentence sentence, int group, int verb) {
    for (int i = group; i < verb; i++) {
      if (lemma(sentence.token(i)).equals("be")) {
        return true;
      }
    }
    return false;
  }

  /** "If the minister says ...", "whether officials confirm ...": the clause before the cue is hypothetical. */
  private static boolean hypothetical(Sentence sentence, int group) {
    for (int i = group - 1; i >= 0 && !isComma(sentence.token(i)); i--) {
      if (HYPOTHETICAL.contains(sentence.token(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** "…, saying that …": the speaker is the subject of the clause the participle hangs on. */
  private Optional<Found> saying(Sentence sentence, int cue) {
    if (lexicon.cueKind(lemma(sentence.token(cue))) != io.claimkit.claim.CueKind.SPEECH) {
      return Optional.empty(); // "..., learning that ..." is no report
    }
    for (int v = 0; v < cue - 1; v++) {
      Token token = sentence.token(v);
      if (Tokens.isFiniteVerbOrModal(token)) {
        int group = VerbGroups.start(sentence, v, 0);
        Optional<TokenRange> speaker = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns());
        Optional<Content> content = contentAfter(sentence, cue);
        if (speaker.isPresent() && content.isPresent()) {
          return Optional.of(new Found("attribution.clause-saying", speaker.get(),
              new TokenRange(sentence, cue, cue + 1), content.get().span(), content.get().marked()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "with the union saying that …", "with one resident writing: “…”": the speaker stands before the participle. */
  private Optional<Found> withSpeakerSaying(Sentence sentence, int cue) {
    int start = NounPhrases.startBefore(sentence, cue, 0);
    if (start <= 0 || !lower(sentence.token(start - 1)).equals("with")) {
      return Optional.empty();
    }
    TokenRange speaker = new TokenRange(sentence, start, cue);
    return contentAfter(sentence, cue).map(c -> new Found("attribution.with-speaker-saying", speaker,
        new TokenRange(sentence, cue, cue + 1), c.span(), c.marked()));
  }

  /**
   * "The minister spoke to reporters and said that …": a reporting verb after "and" shares the subject of the
   * finite verb before it.
   */
  private Optional<TokenRange> subjectOfFirstVerb(Sentence sentence, int group) {
    int and = group - 1;
    if (and <= 0 || !sentence.token(and).pos().equals("CC") || !lower(sentence.token(and)).equals("and")) {
      return Optional.empty();
    }
    for (int v = and - 1; v > 0 && and - v <= NounPhrases.MAX_TOKENS; v--) {
      Token token = sentence.token(v);
      if (Tokens.isFiniteVerb(token)) {
        if (lemma(token).equals("be")) {
          return Optional.empty(); // "was hauled in and told that ...": a passive has no speaker
        }
        return Speakers.subjectBefore(sentence, VerbGroups.start(sentence, v, 0), lexicon.speakerPronouns());
      }
      if (isComma(token) || isQuote(token)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "The mayor called the vote “a turning point”": the object and its quoted name are the content. */
  private Optional<Found> naming(Sentence sentence, int verb) {
    int group = VerbGroups.start(sentence, verb, 0);
    if (VerbGroups.negated(sentence, group, verb)) {
      return Optional.empty();
    }
    int objectEnd = NounPhrases.end(sentence, verb + 1, sentence.size());
    if (objectEnd == verb + 1 || objectEnd >= sentence.size() || !isQuote(sentence.token(objectEnd))) {
      return Optional.empty();
    }
    int close = objectEnd + 1;
    while (close < sentence.size() && !Tokens.isClosingQuote(sentence.token(close))) {
      close++;
    }
    if (close >= sentence.size() || close == objectEnd + 1) {
      return Optional.empty();
    }
    Span content = new Span(sentence.token(verb + 1).begin(), sentence.token(close).end());
    return Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns())
        .map(s -> new Found("attribution.naming", s, new TokenRange(sentence, verb, verb + 1), content, true));
  }

  /** A content and whether the text marks it as reported ("that", a colon, a quotation). */
  private record Content(Span span, boolean marked) {}

  /**
   * The content after a cue: skips the hearer of "tell" and its kin, phrases such as "in a statement", "that"
   * and a colon. Without a mark the content needs a finite verb, or, for a verb flagged to take one, a noun
   * phrase headed by a proposition noun ("denied the allegations").
   */
  private Optional<Content> contentAfter(Sentence sentence, int cue) {
    int from = cue + 1;
    String lemma = lemma(sentence.token(cue));
    if (HEARER_VERBS.contains(lemma)) {
      int hearerEnd = NounPhrases.end(sentence, from, sentence.size());
      if (hearerEnd > from && hearerEnd < sentence.size() && opensContent(sentence.token(hearerEnd), lemma)) {
        from = hearerEnd;
      }
    }
    from = Clauses.skipToComplementizer(sentence, from);
    boolean marked = false;
    if (from < sentence.size() && Tokens.isThat(sentence.token(from))) {
      from++; // "said that the plan ...": the content begins after "that"
      marked = true;
    } else if (from < sentence.size() && isWhWord(sentence.token(from)) && lexicon.takesQuestionContent(lemma)) {
      marked = true; // "asked how the plan ...": the content keeps its wh-word
    }
    while (from < sentence.size()
        && (sentence.token(from).text().equals(":") || isComma(sentence.token(from)))) {
      marked |= sentence.token(from).text().equals(":");
      from++;
    }
    if (from >= sentence.size()) {
      return Optional.empty();
    }
    boolean quoted = isQuote(sentence.token(from));
    if (marked || quoted) {
      return Clauses.contentFrom(sentence, from).map(c -> new Content(c, true));
    }
    // Unmarked, the content is a clause that begins here ("said 900 troops remain", "said on Thursday the plan
    // was ...") or, for a verb that takes one, a noun phrase that names a proposition ("denied the allegations").
    int clause = Clauses.clauseStart(sentence, from);
    if (clause >= 0) {
      return lexicon.takesNounPhraseContent(lemma) && reducedRelative(sentence, clause)
          ? Optional.empty()
          : Clauses.contentFrom(sentence, clause).map(c -> new Content(c, false));
    }
    int end = NounPhrases.end(sentence, from, sentence.size());
    boolean proposition = end > from && lexicon.takesNounPhraseContent(lemma)
        && (lexicon.takesAnyNounPhrase(lemma) && !sentence.token(cue).pos().equals("VBG")
                && !participleAfterNoun(sentence, from, Math.min(end + 1, sentence.size()))
            || lexicon.propositionNouns().contains(lemma(sentence.token(NounPhrases.head(sentence, from, end)))));
    return proposition || end > from && complementFollows(sentence, end, lexicon.cueKind(lemma))
        ? Clauses.contentFrom(sentence, from).map(c -> new Content(c, false))
        : Optional.empty();
  }

  /**
   * Whether the noun phrase before {@code end} is the subject of a small clause that is what a belief or a
   * finding reports: "expect the bank to raise rates", "polls show support slipping", "estimated the damage at
   * $3 million". A spoken request ("urged the council to act") reports no claim.
   */
  private static boolean complementFollows(Sentence sentence, int end, CueKind kind) {
    if (end + 1 >= sentence.size() || kind == CueKind.SPEECH || kind == CueKind.DOCUMENT) {
      return false;
    }
    Token next = sentence.token(end);
    Token after = sentence.token(end + 1);
    return next.pos().equals("VBG")
        || kind == CueKind.BELIEF && next.pos().equals("TO") && after.pos().equals("VB")
        || kind == CueKind.BELIEF && lower(next).equals("at") && (after.pos().equals("CD") || after.pos().equals("$"));
  }

  /**
   * Whether a clause after a verb that also takes a noun phrase may be that noun phrase with a participle:
   * "acknowledged the progress made in talks" is no report that progress made anything. A past-tense verb
   * right after a noun, other than "be", "have" or "do", reads both ways, so such a clause is no content.
   */
  private static boolean reducedRelative(Sentence sentence, int clause) {
    for (int i = clause; i < sentence.size(); i++) {
      Token token = sentence.token(i);
      String lemma = lemma(token);
      boolean participleForm = token.pos().equals("VBN") || token.pos().equals("VBD");
      if (participleForm && i > clause && Tokens.isNoun(sentence.token(i - 1))
          && !lemma.equals("be") && !lemma.equals("have") && !lemma.equals("do")) {
        return true;
      }
      if (Tokens.isFiniteVerb(token) || token.pos().equals("MD")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the progress made in talks": a noun with a participle after it is the same string a tagger may read as a
   * clause ({@link #reducedRelative}), so neither reading is taken as a content.
   */
  private static boolean participleAfterNoun(Sentence sentence, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String pos = sentence.token(i).pos();
      if ((pos.equals("VBN") || pos.equals("VBD")) && Tokens.isNoun(sentence.token(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean opensContent(Token token, String lemma) {
    return Tokens.isThat(token) || isWhWord(token) && lexicon.takesQuestionContent(lemma) || isQuote(token)
        || token.text().equals(":") || isComma(token);
  }

  private static boolean isWhWord(Token token) {
    String pos = token.pos();
    return pos.equals("WRB") || pos.equals("WP") || lower(token).equals("whether")
        || lower(token).equals("if") && pos.equals("IN");
  }

  /**
   * The content before a speaker or an inverted cue: from the clause start to the comma or closing quote
   * before {@code boundary}; with {@code needsMark} false, to {@code boundary} itself.
   */
  static Optional<Span> contentBefore(Sentence sentence, int boundary, boolean needsMark) {
    int end = boundary;
    while (end > 0 && (isComma(sentence.token(end - 1)) || Tokens.isClosingQuote(sentence.token(end - 1)))) {
      end--;
    }
    if (end == boundary && needsMark) {
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

  /**
   * "…,” said Governor Okafor." and "…, said the ministry's spokesman, …", "…,” said Okafor to reporters.":
   * the noun phrase after the cue, closed by punctuation or by a prepositional phrase that is.
   */
  private static Optional<TokenRange> invertedSpeaker(Sentence sentence, int cue) {
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
    if (closes(sentence, end)) {
      return Optional.of(new TokenRange(sentence, cue + 1, end));
    }
    boolean prepositional = sentence.token(end).pos().equals("IN") || sentence.token(end).pos().equals("TO");
    int after = prepositional ? NounPhrases.end(sentence, end + 1, sentence.size()) : end;
    boolean relativeAfter = after < sentence.size() && sentence.token(after).pos().startsWith("W");
    return prepositional && after > end + 1 && (closes(sentence, after) || relativeAfter)
        ? Optional.of(new TokenRange(sentence, cue + 1, end))
        : Optional.empty();
  }

  private static boolean closes(Sentence sentence, int end) {
    return end >= sentence.size() || Tokens.isPunctuation(sentence.token(end));
  }

  /** A question: the sentence ends with a question mark that no quotation mark closes after it. */
  private static boolean endsAsQuestion(Sentence sentence) {
    return sentence.size() > 0 && sentence.token(sentence.size() - 1).text().equals("?");
  }

  /** Whether token {@code index} stands inside a quotation of its sentence: an odd count of marks before it. */
  private static boolean insideQuote(Sentence sentence, int index) {
    int marks = 0;
    for (int i = 0; i < index; i++) {
      marks += isQuote(sentence.token(i)) ? 1 : 0;
    }
    return marks % 2 == 1;
  }
}
