package io.claimkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.claimkit.ClaimKitException;
import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.Directness;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.eval.GoldDocument.Anchor;
import io.claimkit.eval.GoldDocument.GoldAttribution;
import io.claimkit.eval.GoldDocument.GoldEntity;
import io.claimkit.eval.GoldDocument.GoldEvent;
import io.claimkit.eval.GoldDocument.GoldNumber;
import io.claimkit.eval.GoldDocument.GoldQuantityClaim;
import io.claimkit.eval.GoldDocument.GoldTemporal;
import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.Quantity;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String TEXT =
      "Troops stay in Iraq\n"
          + "Pentagon officials said about 2,500 U.S. troops remain in Iraq. The army has 3 bases there"
          + " in 2024. Austin said the army will stay. The parliament voted to expel the forces.";
  private static final Document DOC = Document.of("snippet", TEXT);

  // ---- gold against itself ----

  @Test
  void seedsGoldTurnedIntoAnExtractionScoresOne() {
    GoldFile gold = GoldFileTest.seedsGold();
    List<Extraction> extractions =
        Seeds.documents().stream()
            .map(d -> GoldExtraction.of(gold.document(d.id()).orElseThrow(), d))
            .toList();
    extractions.forEach(SpanInvariants::check);

    Evaluation evaluation = Evaluator.evaluate(gold, extractions);

    assertThat(evaluation.documentIds()).containsExactly(Seeds.NEWSPAPER, Seeds.REWRITE);
    assertThat(evaluation.score(Category.NUMBERS)).isEqualTo(new Score(10, 0, 0));
    assertThat(evaluation.score(Category.TEMPORALS)).isEqualTo(new Score(9, 0, 0));
    assertThat(evaluation.score(Category.ENTITIES)).isEqualTo(new Score(28, 0, 0));
    assertThat(evaluation.score(Category.PERSONS)).isEqualTo(new Score(9, 0, 0));
    assertThat(evaluation.score(Category.QUANTITY_CLAIMS)).isEqualTo(new Score(8, 0, 0));
    assertThat(evaluation.score(Category.ATTRIBUTION_CLAIMS)).isEqualTo(new Score(11, 0, 0));
    assertThat(evaluation.score(Category.EVENT_CLAIMS)).isEqualTo(new Score(2, 0, 0));
    assertThat(evaluation.score(Category.BOILERPLATE)).isEqualTo(new Score(1, 0, 0));
    assertThat(evaluation.score(Category.BYLINE)).isEqualTo(new Score(1, 0, 0));
    for (CategoryResult result : evaluation.results()) {
      assertThat(result.score().f1()).as(result.category().label()).isEqualTo(1.0);
      assertThat(result.misses()).isEmpty();
      assertThat(result.falseAlarms()).isEmpty();
      for (Agreement a : result.agreements()) {
        assertThat(a.agreeing()).as(result.category().label() + " " + a.name()).isEqualTo(a.compared());
      }
    }
    assertThat(evaluation.result(Category.QUANTITY_CLAIMS).agreement("measured"))
        .contains(new Agreement("measured", 8, 8));
  }

  // ---- a small gold snippet against a hand-made extraction ----

  @Test
  void scoresEachCategoryOfAHandMadeExtraction() {
    Evaluation evaluation = Evaluator.evaluate(snippetGold(), snippetExtraction());

    CategoryResult numbers = evaluation.result(Category.NUMBERS);
    assertThat(numbers.score()).isEqualTo(new Score(1, 1, 1));
    assertThat(numbers.score().precision()).isEqualTo(0.5);
    assertThat(numbers.score().recall()).isEqualTo(0.5);
    assertThat(numbers.score().f1()).isEqualTo(0.5);
    assertThat(numbers.agreements())
        .containsExactly(new Agreement("value", 1, 1), new Agreement("qualifier", 0, 1));
    assertThat(numbers.misses()).containsExactly(new Item("snippet", span("3"), "\"3\" (exact 3)"));
    assertThat(numbers.falseAlarms()).containsExactly(new Item("snippet", span("2024"), "\"2024\" (exact 2024)"));

    assertThat(evaluation.score(Category.TEMPORALS)).isEqualTo(new Score(0, 1, 1));

    Score entities = evaluation.score(Category.ENTITIES);
    assertThat(entities).isEqualTo(new Score(2, 2, 1));
    assertThat(entities.f1()).isCloseTo(4.0 / 7.0, within(1e-12));
    assertThat(evaluation.score(Category.PERSONS)).isEqualTo(new Score(1, 1, 0));

    CategoryResult quantities = evaluation.result(Category.QUANTITY_CLAIMS);
    assertThat(quantities.score()).isEqualTo(new Score(1, 1, 0));
    assertThat(quantities.agreements())
        .containsExactly(new Agreement("measured", 1, 1), new Agreement("measured head", 1, 1));

    CategoryResult attributions = evaluation.result(Category.ATTRIBUTION_CLAIMS);
    assertThat(attributions.score()).isEqualTo(new Score(1, 1, 1));
    assertThat(attributions.agreements())
        .containsExactly(
            new Agreement("speaker exact", 0, 1),
            new Agreement("cue exact", 1, 1),
            new Agreement("content exact", 0, 1));
    assertThat(attributions.misses()).extracting(Item::span).containsExactly(span("Austin"));

    CategoryResult events = evaluation.result(Category.EVENT_CLAIMS);
    assertThat(events.score()).isEqualTo(new Score(1, 0, 0));
    assertThat(events.agreements())
        .containsExactly(new Agreement("actor exact", 0, 1), new Agreement("predicate overlap", 1, 1));

    assertThat(evaluation.score(Category.BOILERPLATE)).isEqualTo(Score.ZERO);
    assertThat(evaluation.score(Category.BOILERPLATE).f1()).isEqualTo(1.0);
  }

  @Test
  void attributionNeedsHalfTheGoldContent() {
    GoldAttribution gold = (GoldAttribution) snippetGold().claims().get(1);
    String content = "about 2,500 U.S. troops remain in Iraq"; // 38 chars
    Span begin = span(content);
    for (int covered : new int[] {18, 19, 38}) {
      AttributionClaim claim = attribution("officials", "said", new Span(begin.begin(), begin.begin() + covered));
      GoldDocument one = new GoldDocument("snippet", List.of(), List.of(), List.of(), List.of(gold), List.of(), Optional.empty());
      Extraction extraction = new Extraction(DOC, List.of(), List.of(), List.of(claim));
      assertThat(Evaluator.evaluate(one, extraction).score(Category.ATTRIBUTION_CLAIMS).tp())
          .as("%d of 38 chars", covered)
          .isEqualTo(covered >= 19 ? 1 : 0);
    }
  }

  @Test
  void severalDocumentsAddUpAndFindTheirGoldByFileName() {
    GoldFile gold = GoldFileTest.seedsGold();
    Document d0 = Seeds.document(Seeds.NEWSPAPER);
    Document d1 = Seeds.document(Seeds.REWRITE);
    Extraction e0 = GoldExtraction.of(gold.document(d0.id()).orElseThrow(), d0);
    Extraction empty1 = new Extraction(Document.of("data/" + Seeds.REWRITE, d1.text()), List.of(), List.of(), List.of());

    Evaluation evaluation = Evaluator.evaluate(gold, List.of(e0, empty1));

    assertThat(evaluation.score(Category.NUMBERS)).isEqualTo(new Score(4, 0, 6));
    assertThat(evaluation.score(Category.BYLINE)).isEqualTo(new Score(0, 0, 1));
    assertThat(evaluation.score(Category.QUANTITY_CLAIMS).recall()).isEqualTo(3.0 / 8.0);
    assertThat(evaluation.result(Category.NUMBERS).misses()).hasSize(6)
        .allSatisfy(item -> assertThat(item.documentId()).isEqualTo("data/" + Seeds.REWRITE));
  }

  @Test
  void goldThatDoesNotFitTheTextOrIsMissingIsATypedError() {
    GoldFile gold = GoldFileTest.seedsGold();
    Extraction wrongText =
        new Extraction(Document.of(Seeds.NEWSPAPER, "another text"), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> Evaluator.evaluate(gold, List.of(wrongText)))
        .isInstanceOf(ClaimKitException.class)
        .hasMessageContaining(Seeds.NEWSPAPER)
        .hasMessageContaining("should hold");
    Extraction unknown = new Extraction(Document.of("nope.txt", ""), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> Evaluator.evaluate(gold, List.of(unknown)))
        .isInstanceOf(ClaimKitException.class)
        .hasMessageContaining("nope.txt")
        .hasMessageContaining("no gold");
  }

  // ---- rendering ----

  @Test
  void rendersATableAndTheVerboseListing() {
    String report = EvaluationReport.render(Evaluator.evaluate(snippetGold(), snippetExtraction()), true);
    List<String> lines = report.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Evaluation of 1 document(s)");
    assertThat(lines.get(2))
        .isEqualTo("category                tp    fp    fn precision  recall      f1  agreement on matches");
    assertThat(lines.get(3))
        .isEqualTo("numbers                  1     1     1     0.500   0.500   0.500  value 1/1, qualifier 0/1");
    assertThat(lines.get(5))
        .isEqualTo("entities                 2     2     1     0.500   0.667   0.571");
    assertThat(lines).contains(
        "numbers: misses (1)",
        "  snippet " + span("3") + " \"3\" (exact 3)",
        "attribution claims: false alarms (1)",
        "  snippet " + span("Austin") + " \"Austin\" (said: the army)");
    assertThat(EvaluationReport.render(Evaluator.evaluate(snippetGold(), snippetExtraction()), false))
        .doesNotContain("misses");
  }

  // ---- the snippet ----

  private static GoldDocument snippetGold() {
    return new GoldDocument(
        "snippet",
        List.of(
            new GoldNumber(anchor("about 2,500"), 2500, Qualifier.APPROXIMATE, Optional.of("troops")),
            new GoldNumber(anchor("3"), 3, Qualifier.EXACT, Optional.of("bases"))),
        List.of(new GoldTemporal(anchor("in 2024"), TemporalKind.DATE, "2024")),
        List.of(
            new GoldEntity(anchor("Pentagon"), EntityType.ORGANIZATION),
            new GoldEntity(new Anchor(new Span(15, 19), "Iraq"), EntityType.LOCATION),
            new GoldEntity(anchor("Austin"), EntityType.PERSON)),
        List.of(
            new GoldQuantityClaim("q1", anchor("about 2,500"), "U.S. troops in Iraq", Optional.of("Iraq"),
                Optional.empty(), Optional.of("Pentagon officials")),
            new GoldAttribution("a1", anchor("Pentagon officials"), Optional.empty(), anchor("said"),
                anchor("about 2,500 U.S. troops remain in Iraq"), false),
            new GoldAttribution("a2", anchor("Austin"), Optional.empty(), secondSaid(),
                anchor("the army will stay"), false),
            new GoldEvent("e1", anchor("The parliament"), anchor("voted to expel"), Optional.of(anchor("the forces")))),
        List.of(),
        Optional.empty());
  }

  private static Extraction snippetExtraction() {
    NumberMention about = new NumberMention(span("about 2,500"), "about 2,500", Quantity.exact(2500));
    NumberMention year = new NumberMention(span("2024"), "2024", Quantity.exact(2024));
    List<Mention> mentions =
        List.of(
            about,
            year,
            new TemporalMention(span("2024"), "2024", TemporalKind.DATE, "2024"),
            new EntityMention(new Span(0, 6), "Troops", EntityType.PERSON),
            new EntityMention(new Span(15, 19), "Iraq", EntityType.LOCATION),
            new EntityMention(span("Pentagon"), "Pentagon", EntityType.LOCATION),
            new EntityMention(span("Austin"), "Austin", EntityType.PERSON));
    List<Claim> claims =
        List.of(
            new QuantityClaim(span("about 2,500 U.S. troops"), "about 2,500 U.S. troops", about,
                Optional.of(part("U.S. troops")), Optional.empty(), Optional.empty(), Optional.empty(),
                "test", 0.9, List.of(about)),
            new QuantityClaim(span("2024"), "2024", year, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "test", 0.5, List.of(year)),
            attribution("officials", "said", span("about 2,500 U.S. troops")),
            new AttributionClaim(span("Austin said the army"), "Austin said the army",
                new Speaker(part("Austin"), Optional.empty()), new Part(secondSaid().span(), "said"),
                part("the army"), Directness.INDIRECT, "test", 0.8, List.of()),
            new EventClaim(span("parliament voted"), "parliament voted", part("parliament"), part("voted"),
                Optional.empty(), "test", 0.7, List.of()));
    Extraction extraction = new Extraction(DOC, List.of(), mentions, claims);
    SpanInvariants.check(extraction);
    return extraction;
  }

  private static AttributionClaim attribution(String speaker, String cue, Span content) {
    Span span = span(speaker).union(content);
    return new AttributionClaim(span, DOC.text(span), new Speaker(part(speaker), Optional.empty()), part(cue),
        Part.of(DOC, content), Directness.INDIRECT, "test", 0.8, List.of());
  }

  private static Anchor secondSaid() {
    int at = TEXT.indexOf("said", TEXT.indexOf("Austin"));
    return new Anchor(new Span(at, at + 4), "said");
  }

  /** The first occurrence of a phrase in the body (after the headline line). */
  private static Span span(String phrase) {
    int at = TEXT.indexOf(phrase, TEXT.indexOf('\n'));
    assertThat(at).as(phrase).isNotNegative();
    return new Span(at, at + phrase.length());
  }

  private static Anchor anchor(String phrase) {
    return new Anchor(span(phrase), phrase);
  }

  private static Part part(String phrase) {
    return Part.of(DOC, span(phrase));
  }
}
