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
  private static final WordList LEVEL_VERBS = words("level-verbs.txt");
  private static final WordList BASE_NOUNS = words("base-nouns.txt");
  private static final WordList AGE_WORDS = words("age-words.txt");
  private static final WordList NO_PRONOUNS = WordList.of(java.util.Map.of());

  private final ChangeFinder changes = new ChangeFinder(ChangeCues.defaults());

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
    ReportedContents said = new ReportedContents(context.attributions());
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
      ChangeFinder.Found[] found = changes.find(context.document(), sentence, inSentence);
      Optional<Part> previousMeasured = Optional.empty();
      for (int n = 0; n < inSentence.size(); n++) {
        NumberMention number = inSentence.get(n);
        Optional<Speaker> speaker = said.speakerOf(number.span()); // asked of every number, in text order
        Optional<ChangeFinder.Found> change = Optional.ofNullable(found[n]);
        Optional<QuantityClaim> claim =
            claim(context, local, sentence, number, previousMeasured, speaker, change);
        if (claim.isPresent()) {
          claims.add(claim.get());
          previousMeasured = claim.get().measured().filter(m -> !endsInTimeUnit(sentence, m.span()));
        }
      }
    }
    return claims;
  }

  /** "73 seconds": a stretch of time that no elliptical count ("... all six aboard") may borrow. */
  private static boolean endsInTimeUnit(Sentence sentence, Span measured) {
    int last = sentence.tokenBefore(measured.end());
    return last >= 0 && last < sentence.size() && TIME_UNITS.contains(lemma(sentence.token(last)));
  }

  /** The mentions a quantity claim looks up, taken from the analysis once per document. */
  private record Lists(List<EntityMention> names, List<EntityMention> places, List<TemporalMention> temporals) {}

  /**
   * What the claims of one sentence look up, computed once per sentence so that a sentence with many
   * numbers stays linear: its places and temporals, and where its commas and semicolons stand.
   */
  private record Local(
      List<EntityMention> names, List<EntityMention> places, List<TemporalMention> temporals, int[] breaks,
      Span opening, int[] relativesBefore) {

    static Local of(Sentence sentence, Lists lists) {
      int[] breaks =
          java.util.stream.IntStream.range(0, sentence.size()).filter(i -> isBreak(sentence.token(i))).toArray();
      int[] relativesBefore = new int[sentence.size() + 1];
      for (int i = 0; i < sentence.size(); i++) {
        String pos = sentence.token(i).pos();
        boolean relative = pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$");
        relativesBefore[i + 1] = relativesBefore[i] + (relative ? 1 : 0);
      }
      return new Local(
          Mentions.inside(lists.names(), sentence.span()),
          Mentions.inside(lists.places(), sentence.span()),
          Mentions.inside(lists.temporals(), sentence.span()),
          breaks,
          stretch(sentence, breaks, 0, 0),
          relativesBefore);
    }

    /**
     * True when a relative pronoun ("which", "who", "whose") stands between two spans of the sentence: they
     * belong to different clauses.
     */
    boolean clauseBetween(Sentence sentence, Span a, Span b) {
      Span left = a.begin() <= b.begin() ? a : b;
      Span right = left == a ? b : a;
      int from = sentence.tokenAtOrAfter(left.end());
      int to = sentence.tokenAtOrAfter(right.begin());
      return to > from && relativesBefore[to] - relativesBefore[from] > 0;
    }
  }

  private Optional<QuantityClaim> claim(
      ClaimContext context,
      Local local,
      Sentence sentence,
      NumberMention number,
      Optional<Part> previousMeasured,
      Optional<Speaker> speaker,
      Optional<ChangeFinder.Found> change) {
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
    Measured found = measured(local, sentence, number, first, last, previousMeasured, change);
    String rule = found.rule();
    Optional<Span> measured = found.span();
    Optional<Span> location = location(local, sentence, measured, number, first, last);
    Optional<Span> time = time(local, sentence, number, first, last);
    List<Span> parts = new ArrayList<>();
    parts.add(number.span());
    measured.ifPresent(parts::add);
    location.ifPresent(parts::add);
    time.ifPresent(parts::add);
    speaker.ifPresent(s -> parts.add(s.part().span()));
    change.ifPresent(c -> parts.add(c.change().span()));
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
            change.map(ChangeFinder.Found::change),
            rule,
            confidence,
            ClaimParts.mentionsIn(context, parts)));
  }

  /** What a number measures, and the rule that found it. */
  private record Measured(String rule, Optional<Span> span) {}

  /**
   * What the number measures, from its clause: the thing it counts ("300 protesters"), what follows its unit
   * ("150 millimetres of rain"), what a change tells of ("the death toll rose to 42"), the noun before "of"
   * ("a fund of $48 million"), the subject of a verb that gives a level ("the damage was put at $5
   * million"); a unit ("dollars") or a reference level ("90% of 2019 levels") never.
   */
  private Measured measured(
      Local local, Sentence sentence, NumberMention number, int first, int last, Optional<Part> previousMeasured,
      Optional<ChangeFinder.Found> change) {
    Optional<Span> aged = ageHolder(local, sentence, number);
    if (aged.isPresent()) {
      return new Measured("quantity.age", aged);
    }
    int after = last + 1;
    if (after < sentence.size() && lower(sentence.token(after)).equals("of")) {
      after++;
    }
    if (after < sentence.size() && lower(sentence.token(after)).equals("times")) {
      return new Measured("quantity.event-count", eventCounted(sentence, first));
    }
    int end = notCounted(local, sentence, after, last) ? after : NounPhrases.simpleEnd(sentence, after, sentence.size());
    Optional<Span> cue = change.map(c -> c.change().cue().span());
    if (end > after && cue.isPresent() && new TokenRange(sentence, after, end).span().intersects(cue.get())) {
      end = after; // "a 3% increase in rents": the change's own noun is not what it measures
    }
    if (end > after) {
      Token head = sentence.token(NounPhrases.head(sentence, after, end));
      boolean unit = after == last + 1 && Tokens.isNoun(sentence.token(after)) && UnitNouns.isUnit(sentence.token(after), head, number, change.isPresent());
      if (unit && end > after + 1) { // "a 2 km circumference", "a 15 metre tall statue": the noun after the unit
        return new Measured("quantity.unit-noun", Optional.of(new TokenRange(sentence, after + 1, end).span()));
      }
      if (!unit && !(after > last + 1 && BASE_NOUNS.contains(lemma(head)))) {
        return new Measured("quantity.counted-noun", Optional.of(new TokenRange(sentence, after, end).span()));
      }
      if (unit) {
        Optional<Span> ofWhat = nounAfterOf(sentence, end);
        if (ofWhat.isPresent()) {
          return new Measured("quantity.unit-of", ofWhat);
        }
      }
    }
    Optional<Span> person = personOfAge(local, sentence, number, first, last);
    if (person.isPresent()) {
      return new Measured("quantity.age", person);
    }
    Optional<Span> changed = change.flatMap(ChangeFinder.Found::changed);
    if (changed.isPresent()) {
      return new Measured("quantity.change", changed);
    }
    Optional<Span> before = measuredBeforeOf(sentence, first);
    if (before.isPresent()) {
      return new Measured("quantity.noun-of", before);
    }
    Optional<Span> subject = subjectOfLevelVerb(sentence, first);
    if (subject.isPresent()) {
      return new Measured("quantity.subject", subject);
    }
    boolean elliptical = previousMeasured.isPresent() && number.quantity().unit().isEmpty();
    return new Measured(
        elliptical ? "quantity.elliptical" : "quantity.bare",
        elliptical ? previousMeasured.map(Part::span) : Optional.empty());
  }

  /**
   * A word after a number (its last token {@code last}) that begins no counted noun: a time ("56 percent
   * today") or a determiner right after it, which makes a rate ("$71.10 a barrel"; but "one of the reasons").
   */
  private static boolean notCounted(Local local, Sentence sentence, int index, int last) {
    if (index >= sentence.size()) {
      return false;
    }
    if (index == last + 1 && Tokens.isDeterminer(sentence.token(index))) {
      return true;
    }
    Span token = sentence.token(index).span();
    return local.temporals().stream().anyMatch(t -> t.span().contains(token));
  }

  /**
   * "Maria Lopez, 42, said ...": a bare number set off by commas right after a person's name is that
   * person's age, and measures the person.
   */
  private static Optional<Span> personOfAge(Local local, Sentence sentence, NumberMention number, int first,
      int last) {
    if (first < 2 || number.quantity().unit().isPresent() || !Tokens.isComma(sentence.token(first - 1))
        || last + 1 >= sentence.size() || !Tokens.isPunctuation(sentence.token(last + 1))) {
      return Optional.empty();
    }
    int nameEnd = sentence.token(first - 2).end();
    return local.names().stream()
        .filter(e -> e.type() == EntityType.PERSON && e.end() == nameEnd)
        .findFirst()
        .map(EntityMention::span);
  }

  /** "millimetres of rain": the noun phrase after "of" at {@code of}. */
  private static Optional<Span> nounAfterOf(Sentence sentence, int of) {
    if (of + 1 >= sentence.size() || !lower(sentence.token(of)).equals("of")) {
      return Optional.empty();
    }
    int start = of + 1;
    if (Tokens.isDeterminer(sentence.token(start))) {
      start++;
    }
    int end = NounPhrases.simpleEnd(sentence, start, sentence.size());
    return end > start ? Optional.of(new TokenRange(sentence, start, end).span()) : Optional.empty();
  }

  /**
   * "The damage was estimated at $5 million", "losses totalled $3bn": after a verb that gives a level (and
   * at most two prepositions or adverbs), the number measures the verb's subject.
   */
  private static Optional<Span> subjectOfLevelVerb(Sentence sentence, int first) {
    int verb = first - 1;
    while (verb >= 0 && first - verb <= 3 && !sentence.token(verb).isVerb()) {
      String pos = sentence.token(verb).pos();
      if (!pos.equals("IN") && !pos.equals("TO") && !pos.startsWith("RB")) {
        return Optional.empty();
      }
      verb--;
    }
    if (verb < 0 || !sentence.token(verb).isVerb() || !LEVEL_VERBS.contains(lemma(sentence.token(verb)))) {
      return Optional.empty();
    }
    int group = VerbGroups.start(sentence, verb, 0);
    return Speakers.subjectBefore(sentence, group, NO_PRONOUNS)
        .filter(s -> !sentence.token(s.last()).pos().equals("CD") && !sentence.token(s.last()).pos().equals("EX"))
        .map(TokenRange::span);
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

  /** "14-year-old", "five years old": a duration that is an age, by its last word. */
  private static boolean isAge(TemporalMention duration) {
    String[] words = duration.text().split("[\\s\\p{Pd}]+");
    return words.length > 0 && AGE_WORDS.contains(words[words.length - 1]);
  }

  /**
   * "a 14-year-old boy": a number inside an age measures the noun after the age, here the boy; an age
   * that ends the phrase measures nothing the phrase names.
   */
  private static Optional<Span> ageHolder(Local local, Sentence sentence, NumberMention number) {
    Optional<TemporalMention> age = local.temporals().stream()
        .filter(t -> t.kind() == TemporalKind.DURATION && t.span().contains(number.span()) && isAge(t))
        .findFirst();
    if (age.isEmpty()) {
      return Optional.empty();
    }
    int after = sentence.tokenAtOrAfter(age.get().end());
    int end = NounPhrases.simpleEnd(sentence, after, sentence.size());
    return end > after ? Optional.of(new TokenRange(sentence, after, end).span()) : Optional.empty();
  }

  /**
   * "two decades of involvement", "a four-hour debate": a number inside a duration, or of years that a
   * duration covers, is a stretch of time.
   */
  private static boolean isStretchOfTime(Local local, Sentence sentence, NumberMention number, int last) {
    if (local.temporals().stream().anyMatch(t -> t.kind() == TemporalKind.DURATION
        && t.span().contains(number.span()) && !isAge(t))) {
      return true; // "a four-hour debate": the number is the length of a duration
    }
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
   * A place named in the measured phrase ("shelters in Hull and York"), else the place nearest the number
   * after a place preposition in its clause, on either side ("remain in Hull", "in Hull, 300 homes ..."),
   * never across a relative clause.
   */
  private static Optional<Span> location(
      Local local, Sentence sentence, Optional<Span> measured, NumberMention number, int first, int last) {
    List<EntityMention> places = local.places();
    if (places.isEmpty()) {
      return Optional.empty();
    }
    Span stretch = stretch(sentence, local.breaks(), first, last);
    Span opening = local.opening();
    Comparator<EntityMention> order = Comparator.comparing(EntityMention::span);
    Optional<EntityMention> inMeasured =
        measured.flatMap(m -> places.stream().filter(p -> m.contains(p.span())).filter(p -> afterPlacePreposition(sentence, p)).min(order));
    // "... remain in Iraq and 900 are deployed to Syria": a number right after "and" opens a clause of its own.
    boolean opensConjunct = first > 0 && sentence.token(first - 1).pos().equals("CC");
    Optional<EntityMention> place =
        inMeasured.or(
            () ->
                places.stream()
                    .filter(p -> !p.span().intersects(number.span()))
                    .filter(p -> !(opensConjunct && p.end() <= number.begin()))
                    .filter(p -> stretch.contains(p.span())
                        && !local.clauseBetween(sentence, p.span(), number.span())
                        || opening.contains(p.span()) && startsWithPreposition(sentence))
                    .filter(p -> afterPlacePreposition(sentence, p))
                    .min(Comparator.comparingInt(p -> distance(p.span(), number.span()))));
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
        .filter(t -> stretch.contains(t.span()) && !local.clauseBetween(sentence, t.span(), number.span())
            || opening.contains(t.span()) && opening.begin() == t.begin()
            || opening.contains(t.span()) && startsWithPreposition(sentence))
        .filter(t -> isTimeOfClaim(sentence, t))
        .min(Comparator.comparingInt(t -> distance(t.span(), number.span())))
        .map(t -> withPreposition(sentence, t));
  }

  /**
   * A temporal that dates a claim: a date or time the analysis could place, or any temporal after a time
   * preposition ("since October", "in the past 24 hours"). A bare duration is a unit of time ("a four-hour
   * wait") and a bare time of day a setting ("spent the night"), neither the time of the claim.
   */
  private static boolean isTimeOfClaim(Sentence sentence, TemporalMention temporal) {
    if (afterTimePreposition(sentence, temporal)) {
      return true;
    }
    if (temporal.kind() == TemporalKind.DURATION || temporal.kind() == TemporalKind.SET) {
      return false;
    }
    String normalized = temporal.normalized();
    return normalized.chars().anyMatch(Character::isDigit) || normalized.startsWith("XXXX-W")
        || normalized.contains("REF");
  }

  private static boolean afterTimePreposition(Sentence sentence, TemporalMention temporal) {
    int index = sentence.tokenAtOrAfter(temporal.begin());
    return index > 0 && index < sentence.size() && TIME_PREPOSITIONS.contains(lower(sentence.token(index - 1)))
        && sentence.token(index - 1).end() <= temporal.begin();
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
