package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.lemma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mentions;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.lexicon.WordList;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in quantity rule: every number an article asserts, with what it counts, where, when and who
 * says so. Numbers that refer back ("the two countries") or that are a stretch of time ("two decades")
 * state nothing new and make no claim.
 */
public final class QuantityClaimRule implements ClaimRule {

  private static final WordList BACK_REFERENCES = words("back-references.txt");
  private static final WordList TIME_UNITS = words("time-units.txt");
  private static final WordList PLACE_PREPOSITIONS = words("place-prepositions.txt");
  private static final WordList TIME_PREPOSITIONS = words("time-prepositions.txt");
  private static final WordList HAPPENING_VERBS = words("happening-verbs.txt");
  private static final WordList NUMBER_HOLDERS = words("number-holders.txt");

  private final ClaimLexicon lexicon;

  private static WordList words(String resource) {
    return WordList.resource(QuantityClaimRule.class, resource);
  }

  public QuantityClaimRule(ClaimLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The analysis, the regions and who said what. */
  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.ANALYSIS, Layers.REGIONS, Layers.ATTRIBUTIONS);
  }

  @Override
  public String id() {
    return "quantity";
  }

  @Override
  public List<QuantityClaim> apply(ClaimContext context) {
    List<NumberMention> numbers = context.analysis().mentions(NumberMention.class);
    if (numbers.isEmpty()) {
      return List.of();
    }
    List<AttributionClaim> said = context.attributions();
    List<EntityMention> entities = context.analysis().mentions(EntityMention.class);
    Lists lists =
        new Lists(
            entities,
            entities.stream().filter(e -> e.type() == EntityType.LOCATION).toList(),
            context.analysis().mentions(TemporalMention.class));
    List<QuantityClaim> claims = new ArrayList<>();
    for (Sentence sentence : context.sentences()) {
      List<NumberMention> inSentence = Mentions.inside(numbers, sentence.span());
      if (inSentence.isEmpty()) {
        continue;
      }
      Local local = Local.of(sentence, lists);
      Optional<Part> previousMeasured = Optional.empty();
      for (NumberMention number : inSentence) {
        Optional<QuantityClaim> claim = claim(context, local, sentence, number, previousMeasured, said);
        if (claim.isPresent()) {
          claims.add(claim.get());
          previousMeasured = claim.get().measured();
        }
      }
    }
    return claims;
  }

  /** The mentions a quantity claim looks up, taken from the analysis once per document. */
  private record Lists(List<EntityMention> names, List<EntityMention> places, List<TemporalMention> temporals) {}

  /**
   * What the claims of one sentence look up, computed once per sentence so that a sentence with many
   * numbers stays linear: its places and temporals, and where its commas and semicolons stand.
   */
  private record Local(
      List<EntityMention> names, List<EntityMention> places, List<TemporalMention> temporals, int[] breaks,
      Span opening) {

    static Local of(Sentence sentence, Lists lists) {
      int[] breaks =
          java.util.stream.IntStream.range(0, sentence.size()).filter(i -> isBreak(sentence.token(i))).toArray();
      return new Local(
          Mentions.inside(lists.names(), sentence.span()),
          Mentions.inside(lists.places(), sentence.span()),
          Mentions.inside(lists.temporals(), sentence.span()),
          breaks,
          stretch(sentence, breaks, 0, 0));
    }
  }

  private Optional<QuantityClaim> claim(
      ClaimContext context,
      Local local,
      Sentence sentence,
      NumberMention number,
      Optional<Part> previousMeasured,
      List<AttributionClaim> said) {
    int first = sentence.tokenAtOrAfter(number.begin());
    int last = sentence.tokenBefore(number.end());
    if (first >= sentence.size() || last < first) {
      return Optional.empty();
    }
    if (refersBack(sentence, first) || isStretchOfTime(local, sentence, number, last)
        || insideName(local, sentence, first, last)) {
      return Optional.empty();
    }
    Document document = context.document();
    String rule;
    Optional<Span> measured;
    int after = last + 1;
    if (after < sentence.size() && lower(sentence.token(after)).equals("of")) {
      after++;
    }
    if (after < sentence.size() && lower(sentence.token(after)).equals("times")) {
      rule = "quantity.event-count";
      measured = eventCounted(sentence, first);
    } else {
      int end = NounPhrases.simpleEnd(sentence, after, sentence.size());
      if (end > after) {
        rule = "quantity.counted-noun";
        measured = Optional.of(new TokenRange(sentence, after, end).span());
      } else {
        Optional<Span> before = measuredBeforeOf(sentence, first);
        if (before.isPresent()) {
          rule = "quantity.noun-of";
          measured = before;
        } else {
          boolean elliptical = previousMeasured.isPresent() && number.quantity().unit().isEmpty();
          rule = elliptical ? "quantity.elliptical" : "quantity.bare";
          measured = elliptical ? previousMeasured.map(Part::span) : Optional.empty();
        }
      }
    }
    Optional<Span> location = location(local, sentence, measured, first, last);
    Optional<Span> time = time(local, sentence, number, first, last);
    Optional<Speaker> speaker =
        said.stream()
            .filter(a -> a.content().span().contains(number.span()))
            .map(AttributionClaim::speaker)
            .findFirst();
    List<Span> parts = new ArrayList<>();
    parts.add(number.span());
    measured.ifPresent(parts::add);
    location.ifPresent(parts::add);
    time.ifPresent(parts::add);
    speaker.ifPresent(s -> parts.add(s.part().span()));
    Span span = ClaimParts.claimSpan(context, sentence, parts);
    double confidence = measured.isPresent() ? 0.85 : 0.5;
    return Optional.of(
        new QuantityClaim(
            span,
            document.text(span),
            number,
            measured.map(s -> Part.of(document, s)),
            location.map(s -> Part.of(document, s)),
            time.map(s -> Part.of(document, s)),
            speaker,
            rule,
            confidence,
            ClaimParts.mentionsIn(context, parts)));
  }

  /**
   * "an emergency fund of about $48 million", "a population of 3 million": with no noun after it, the number
   * measures the noun phrase before "of", less its determiner. Not a noun that only holds a number ("a total
   * of 40"), a pronoun or a number.
   */
  private static Optional<Span> measuredBeforeOf(Sentence sentence, int first) {
    int of = first - 1;
    if (of < 1 || !lower(sentence.token(of)).equals("of")) {
      return Optional.empty();
    }
    Token head = sentence.token(of - 1);
    if (!Tokens.isNoun(head) || Tokens.isPronoun(head) || NUMBER_HOLDERS.contains(lemma(head))) {
      return Optional.empty();
    }
    int start = of - 1;
    while (start > 0 && isPlainModifier(sentence.token(start - 1))) {
      start--;
    }
    return Optional.of(new TokenRange(sentence, start, of).span());
  }

  /** A modifier of a noun that is neither a determiner nor a number: "emergency", "regional", "turnout". */
  private static boolean isPlainModifier(Token token) {
    return Tokens.isModifier(token) && !Tokens.isDeterminer(token) && !token.pos().equals("CD");
  }

  /**
   * "Movimento 5 Stelle", "Boeing 747 Max": a number between a named entity and a proper noun is part of a
   * name, and counts nothing.
   */
  private static boolean insideName(Local local, Sentence sentence, int first, int last) {
    if (first == 0 || last + 1 >= sentence.size() || !sentence.token(last + 1).pos().equals("NNP")) {
      return false;
    }
    Span before = sentence.token(first - 1).span();
    return local.names().stream().anyMatch(e -> e.span().contains(before));
  }

  /** "the two countries": a definite article or possessive before the number points back. */
  private static boolean refersBack(Sentence sentence, int first) {
    if (first == 0) {
      return false;
    }
    Token before = sentence.token(first - 1);
    return Tokens.isDeterminer(before) && BACK_REFERENCES.contains(lower(before));
  }

  /** "two decades of involvement": a number of years inside a duration is a stretch of time. */
  private static boolean isStretchOfTime(Local local, Sentence sentence, NumberMention number, int last) {
    if (last + 1 >= sentence.size() || !TIME_UNITS.contains(lemma(sentence.token(last + 1)))) {
      return false;
    }
    return local.temporals().stream()
        .anyMatch(t -> t.kind() == TemporalKind.DURATION && t.span().intersects(number.span()));
  }

  /**
   * "the clinics ... have been raided at least 40 times": what is counted is the event, told by the
   * subject and its verb; with a verb of happening ("attacks have occurred") the subject alone.
   */
  private Optional<Span> eventCounted(Sentence sentence, int first) {
    int verb = first - 1;
    while (verb >= 0 && !sentence.token(verb).isVerb()) {
      verb--;
    }
    if (verb < 0) {
      return Optional.empty();
    }
    int group = VerbGroups.start(sentence, verb, 0);
    Optional<TokenRange> subject = Speakers.subjectBefore(sentence, group, lexicon.speakerPronouns());
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    Span subjectSpan = subject.get().span();
    if (HAPPENING_VERBS.contains(lemma(sentence.token(verb)))) {
      return Optional.of(subjectSpan);
    }
    return Optional.of(subjectSpan.union(sentence.token(verb).span()));
  }

  /**
   * A place named in the measured phrase, or after the number within its comma-delimited stretch:
   * "shelters in Hull and York", "remain in Hull".
   */
  private static Optional<Span> location(
      Local local, Sentence sentence, Optional<Span> measured, int first, int last) {
    List<EntityMention> places = local.places();
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int limit = stretch(sentence, local.breaks(), first, last).end();
    Comparator<EntityMention> order = Comparator.comparing(EntityMention::span);
    Optional<EntityMention> inMeasured =
        measured.flatMap(m -> places.stream().filter(p -> m.contains(p.span())).filter(p -> afterPlacePreposition(sentence, p)).min(order));
    Optional<EntityMention> place =
        inMeasured.or(
            () ->
                places.stream()
                    .filter(p -> p.begin() >= sentence.token(last).end() && p.end() <= limit)
                    .filter(p -> afterPlacePreposition(sentence, p))
                    .min(order));
    return place.map(p -> withCoordinated(sentence, p, places));
  }

  private static boolean afterPlacePreposition(Sentence sentence, EntityMention place) {
    int index = sentence.tokenAtOrAfter(place.begin());
    return index > 0 && PLACE_PREPOSITIONS.contains(lower(sentence.token(index - 1)));
  }

  /** "Hull and York": a place joined by "and" to the next one stands for both. */
  private static Span withCoordinated(Sentence sentence, EntityMention place, List<EntityMention> places) {
    int next = sentence.tokenAtOrAfter(place.end());
    if (next + 1 < sentence.size() && lower(sentence.token(next)).equals("and")) {
      int nextBegin = sentence.token(next + 1).begin();
      Optional<EntityMention> second = places.stream().filter(p -> p.begin() == nextBegin).findFirst();
      if (second.isPresent()) {
        return place.span().union(second.get().span());
      }
    }
    return place.span();
  }

  /**
   * The temporal nearest the number within its comma-delimited stretch of the sentence, or in a fronted
   * adverbial that opens the sentence ("In 2003, ..."), with the preposition that anchors it ("since October").
   */
  private static Optional<Span> time(
      Local local, Sentence sentence, NumberMention number, int first, int last) {
    Span stretch = stretch(sentence, local.breaks(), first, last);
    Span opening = local.opening();
    return local.temporals().stream()
        .filter(t -> !t.span().intersects(number.span()))
        .filter(t -> stretch.contains(t.span()) || opening.contains(t.span()) && opening.begin() == t.begin()
            || opening.contains(t.span()) && startsWithPreposition(sentence))
        .filter(t -> t.kind() != TemporalKind.DURATION || !t.normalized().isEmpty())
        .min(Comparator.comparingInt(t -> distance(t.span(), number.span())))
        .map(t -> withPreposition(sentence, t));
  }

  /**
   * The stretch of the sentence between the commas or semicolons around tokens [first, last], found by
   * binary search over the sentence's {@code breaks} (token indices, ascending).
   */
  private static Span stretch(Sentence sentence, int[] breaks, int first, int last) {
    int before = java.util.Arrays.binarySearch(breaks, first);
    int previous = before >= 0 ? before - 1 : -before - 2;
    int from = previous >= 0 ? breaks[previous] + 1 : 0;
    int after = java.util.Arrays.binarySearch(breaks, last + 1);
    int next = after >= 0 ? after : -after - 1;
    int to = next < breaks.length ? breaks[next] : sentence.size();
    if (from >= to) {
      return sentence.token(first).span();
    }
    return new TokenRange(sentence, from, to).span();
  }

  private static boolean isBreak(Token token) {
    return Tokens.isComma(token) || token.text().equals(";");
  }

  private static boolean startsWithPreposition(Sentence sentence) {
    return sentence.size() > 0 && TIME_PREPOSITIONS.contains(lower(sentence.token(0)));
  }

  private static int distance(Span a, Span b) {
    return a.begin() >= b.end() ? a.begin() - b.end() : b.begin() - a.end() + 1;
  }

  private static Span withPreposition(Sentence sentence, TemporalMention temporal) {
    int index = sentence.tokenAtOrAfter(temporal.begin());
    if (index > 0) {
      Token before = sentence.token(index - 1);
      if (TIME_PREPOSITIONS.contains(lower(before)) && before.end() <= temporal.begin()) {
        return before.span().union(temporal.span());
      }
    }
    return temporal.span();
  }
}
