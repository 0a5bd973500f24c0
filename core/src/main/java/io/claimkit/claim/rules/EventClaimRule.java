package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.lemma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mentions;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.internal.CoveringSpans;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in event rule, precision before recall: a named actor (a person or organization, or an
 * institution of a named place: "the Kenyan parliament") did something, in the past tense or the present
 * perfect, in the active voice, not negated, not hedged by a modal, and not inside someone's reported speech.
 */
public final class EventClaimRule implements ClaimRule {

  private static final double CONFIDENCE = 0.7;

  private final ClaimLexicon lexicon;

  public EventClaimRule(ClaimLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The analysis, the regions and who said what. */
  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.ANALYSIS, Layers.REGIONS, Layers.ATTRIBUTIONS);
  }

  @Override
  public String id() {
    return "event";
  }

  @Override
  public List<EventClaim> apply(ClaimContext context) {
    Reported said = new Reported(context.attributions());
    List<EntityMention> entities = context.analysis().mentions(EntityMention.class);
    List<EventClaim> events = new ArrayList<>();
    for (Sentence sentence : context.sentences()) {
      for (int verb = 0; verb < sentence.size(); verb++) {
        event(context, sentence, verb, said, entities).ifPresent(events::add);
      }
    }
    return events;
  }

  /**
   * The document's attributions as the event rule asks about them, indexed once per document: whether a
   * verb lies inside reported content, whether an actor is a speaker. A scan of every attribution per verb
   * made the rule quadratic in the length of a document.
   */
  private static final class Reported {
    final CoveringSpans contents;
    final Set<Span> speakers = new HashSet<>();

    Reported(List<AttributionClaim> said) {
      contents = CoveringSpans.of(said, a -> a.content().span());
      said.forEach(a -> speakers.add(a.speaker().part().span()));
    }
  }

  private Optional<EventClaim> event(
      ClaimContext context,
      Sentence sentence,
      int verb,
      Reported said,
      List<EntityMention> entities) {
    Token token = sentence.token(verb);
    if (!isEventVerb(sentence, verb)) {
      return Optional.empty();
    }
    int group = VerbGroups.start(sentence, verb, 0);
    if (!activeFactual(sentence, group, verb)) {
      return Optional.empty();
    }
    Optional<TokenRange> actor = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns());
    if (actor.isEmpty() || !isNamedActor(context, actor.get(), entities)) {
      return Optional.empty();
    }
    Span actorSpan = actor.get().span();
    if (said.contents.anyContains(token.span()) || said.speakers.contains(actorSpan)) {
      return Optional.empty();
    }
    int predicateEnd = verb + 1;
    while (predicateEnd + 1 < sentence.size()
        && sentence.token(predicateEnd).pos().equals("TO")
        && sentence.token(predicateEnd + 1).pos().equals("VB")) {
      predicateEnd += 2;
    }
    int objectStart = predicateEnd;
    int objectEnd = NounPhrases.end(sentence, objectStart, sentence.size());
    Document document = context.document();
    Span predicate = new TokenRange(sentence, group, predicateEnd).span();
    Optional<Span> object =
        objectEnd > objectStart ? Optional.of(new TokenRange(sentence, objectStart, objectEnd).span()) : Optional.empty();
    List<Span> parts = new ArrayList<>(List.of(actorSpan, predicate));
    object.ifPresent(parts::add);
    Span span = ClaimParts.claimSpan(context, sentence, parts);
    return Optional.of(
        new EventClaim(
            span,
            document.text(span),
            Part.of(document, actorSpan),
            Part.of(document, predicate),
            object.map(s -> Part.of(document, s)),
            "event.named-actor",
            CONFIDENCE,
            ClaimParts.mentionsIn(context, parts)));
  }

  private boolean isEventVerb(Sentence sentence, int verb) {
    Token token = sentence.token(verb);
    String pos = token.pos();
    if (!pos.equals("VBD") && !pos.equals("VBN")) {
      return false;
    }
    String lemma = lemma(token);
    return !lexicon.isReportingVerb(lemma) && !lexicon.eventExcludedVerbs().contains(lemma);
  }

  /** Past tense or present perfect, active, with no modal and no negation in its group. */
  private static boolean activeFactual(Sentence sentence, int group, int verb) {
    boolean perfect = false;
    for (int i = group; i < verb; i++) {
      Token aux = sentence.token(i);
      String lemma = lemma(aux);
      if (aux.pos().equals("MD") || lemma.equals("be") || Tokens.isNegation(aux)) {
        return false;
      }
      perfect |= lemma.equals("have");
    }
    return sentence.token(verb).pos().equals("VBD") || perfect;
  }

  /** A person or organization, or an institution of a named place or people ("the Kenyan parliament"). */
  private boolean isNamedActor(ClaimContext context, TokenRange actor, List<EntityMention> entities) {
    int head = actor.to() - 1;
    while (head > actor.from() && !actor.sentence().token(head).isNoun()) {
      head--;
    }
    Token headToken = actor.sentence().token(head);
    Span headSpan = headToken.span();
    Span actorSpan = actor.span();
    List<EntityMention> inActor = Mentions.inside(entities, actorSpan);
    boolean namedHead =
        inActor.stream()
            .filter(e -> !GrammarWords.pronouns().contains(e.text()))
            .anyMatch(
                e -> e.span().contains(headSpan)
                    && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION));
    if (namedHead) {
      return true;
    }
    boolean institution = lexicon.actorInstitutions().contains(lower(headToken));
    boolean placeOrPeople =
        inActor.stream()
            .anyMatch(
                e -> (e.type() == EntityType.LOCATION
                        || e.type() == EntityType.NATIONALITY
                        || e.type() == EntityType.ORGANIZATION));
    return institution && placeOrPeople;
  }
}
