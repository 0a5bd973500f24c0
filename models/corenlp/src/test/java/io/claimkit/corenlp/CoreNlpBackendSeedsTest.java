package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.Quantity;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The backend on the two seed articles, against their hand-made gold. Needs the CoreNLP models. */
class CoreNlpBackendSeedsTest {

  private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();

  private static Analysis analysis(String seed) {
    return ANALYSES.computeIfAbsent(seed, name -> CoreNlpBackend.shared().analyze(Seeds.document(name)));
  }

  private static Span span(JsonNode gold) {
    return new Span(gold.get("begin").asInt(), gold.get("end").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.NEWSPAPER, Seeds.REWRITE})
  void spansPointExactlyIntoTheRawText(String seed) {
    Analysis analysis = analysis(seed);
    SpanInvariants.check(analysis);
    String raw = analysis.document().text();
    assertThat(analysis.tokens()).allSatisfy(t -> assertThat(t.text()).isEqualTo(t.span().text(raw)));
    assertThat(analysis.sentences()).extracting(Sentence::index)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, analysis.sentences().size()).boxed().toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.NEWSPAPER, Seeds.REWRITE})
  void tokensCarryPennTreebankTagsAndLemmas(String seed) {
    Analysis analysis = analysis(seed);
    assertThat(analysis.tokens()).allSatisfy(t -> assertThat(t.pos()).isNotBlank());
    assertThat(analysis.tokens())
        .filteredOn(t -> t.text().equals("officials"))
        .isNotEmpty()
        .allSatisfy(t -> {
          assertThat(t.pos()).isEqualTo("NNS");
          assertThat(t.lemma()).isEqualTo("official");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.NEWSPAPER, Seeds.REWRITE})
  void everyGoldPersonIsFoundWithItsExactSpan(String seed) {
    List<EntityMention> entities = analysis(seed).mentions(EntityMention.class);
    List<JsonNode> persons =
        Seeds.gold(seed, "entities").stream().filter(e -> e.get("type").asText().equals("PERSON")).toList();
    assertThat(persons).isNotEmpty();
    for (JsonNode person : persons) {
      assertThat(entities)
          .as("gold person %s", person)
          .contains(new EntityMention(span(person), person.get("text").asText(), EntityType.PERSON));
    }
  }

  @Test
  void headlineDoesNotRunIntoTheFirstParagraph() {
    Analysis analysis = analysis(Seeds.NEWSPAPER);
    String raw = analysis.document().text();
    int headlineEnd = raw.indexOf("Iraq\n\n\nDefense") + "Iraq".length();
    assertThat(analysis.sentences().get(0).span()).isEqualTo(new Span(0, headlineEnd));
    assertThat(analysis.mentions(EntityMention.class))
        .noneSatisfy(m -> assertThat(m.span().contains(headlineEnd - 1) && m.span().contains(headlineEnd + 3))
            .isTrue());
    int title = raw.indexOf("Defense Secretary");
    assertThat(analysis.mentions(EntityMention.class))
        .contains(new EntityMention(new Span(title, title + 17), "Defense Secretary", EntityType.TITLE));
  }

  @Test
  void headlineAndBylineOnSingleLinesAreSentencesOfTheirOwn() {
    Analysis analysis = analysis(Seeds.REWRITE);
    String raw = analysis.document().text();
    JsonNode byline = Seeds.gold(Seeds.REWRITE).get("byline");
    int headlineEnd = raw.indexOf('\n');
    assertThat(analysis.sentences()).extracting(Sentence::span)
        .startsWith(new Span(0, headlineEnd), span(byline));
    assertThat(analysis.sentences().get(2).tokens().get(0).text()).isEqualTo("In");
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.NEWSPAPER, Seeds.REWRITE})
  void everyGoldTemporalIsFoundWithItsTimexValue(String seed) {
    List<TemporalMention> temporals = analysis(seed).mentions(TemporalMention.class);
    List<JsonNode> gold = Seeds.gold(seed, "temporals");
    assertThat(gold).isNotEmpty();
    for (JsonNode expected : gold) {
      TemporalKind kind = TemporalKind.valueOf(expected.get("kind").asText().toUpperCase(Locale.ROOT));
      assertThat(temporals)
          .as("gold temporal %s", expected)
          .anySatisfy(t -> {
            assertThat(span(expected).contains(t.span())).isTrue();
            assertThat(t.kind()).isEqualTo(kind);
            assertThat(t.normalized()).isEqualTo(expected.get("normalized").asText());
          });
    }
  }

  @Test
  void coreTemporalsHaveTheirExactSpans() {
    List<TemporalMention> newspaper = analysis(Seeds.NEWSPAPER).mentions(TemporalMention.class);
    assertThat(newspaper)
        .contains(
            new TemporalMention(new Span(106, 114), "Thursday", TemporalKind.DATE, "XXXX-WXX-4"),
            new TemporalMention(new Span(915, 922), "October", TemporalKind.DATE, "XXXX-10"));
    List<TemporalMention> rewrite = analysis(Seeds.REWRITE).mentions(TemporalMention.class);
    assertThat(rewrite)
        .contains(
            new TemporalMention(new Span(2928, 2939), "two decades", TemporalKind.DURATION, "P20Y"),
            new TemporalMention(new Span(3045, 3049), "2003", TemporalKind.DATE, "2003"));
  }

  @Test
  void publicationDateAnchorsRelativeDates() {
    Document dated = Seeds.document(Seeds.NEWSPAPER).withPublished(LocalDate.of(2024, 1, 25));
    List<TemporalMention> temporals = CoreNlpBackend.shared().analyze(dated).mentions(TemporalMention.class);
    assertThat(temporals)
        .contains(
            new TemporalMention(new Span(106, 114), "Thursday", TemporalKind.DATE, "2024-01-25"),
            new TemporalMention(new Span(915, 922), "October", TemporalKind.DATE, "2023-10"));
  }

  @Test
  void numbersComeThroughWithCoreNlpsOwnSpanAndQualifier() {
    List<NumberMention> newspaper = analysis(Seeds.NEWSPAPER).mentions(NumberMention.class);
    assertThat(newspaper)
        .contains(
            new NumberMention(new Span(1016, 1021), "2,500", Quantity.approximate(2500).withSurface("2,500")),
            new NumberMention(new Span(899, 902), "151", Quantity.atLeast(151).withSurface("151")),
            new NumberMention(new Span(1053, 1056), "900", Quantity.exact(900).withSurface("900")));
    List<NumberMention> rewrite = analysis(Seeds.REWRITE).mentions(NumberMention.class);
    assertThat(rewrite)
        .contains(
            new NumberMention(new Span(2601, 2604), "151", Quantity.atLeast(151).withSurface("151")),
            new NumberMention(new Span(2683, 2685), "70", Quantity.approximate(70).withSurface("70")));
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.NEWSPAPER, Seeds.REWRITE})
  void everyNumberInsideAGoldNumberAgreesWithItsValueAndQualifier(String seed) {
    List<NumberMention> numbers = analysis(seed).mentions(NumberMention.class);
    int compared = 0;
    for (JsonNode gold : Seeds.gold(seed, "numbers")) {
      Qualifier qualifier = Qualifier.fromJsonName(gold.get("qualifier").asText());
      for (NumberMention number : numbers) {
        if (span(gold).contains(number.span())) {
          assertThat(number.quantity().value()).as("value of %s", number).isEqualTo(gold.get("value").asDouble());
          assertThat(number.quantity().qualifier()).as("qualifier of %s", number).isEqualTo(qualifier);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(3);
  }
}
