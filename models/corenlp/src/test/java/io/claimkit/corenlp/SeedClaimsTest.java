package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.Extraction;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.Directness;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.eval.Category;
import io.claimkit.eval.Evaluation;
import io.claimkit.eval.Evaluator;
import io.claimkit.eval.Score;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The claims of the two seed articles against their hand-made gold, on the full CoreNLP models. */
class SeedClaimsTest {

  private static List<Extraction> extractions;
  private static Evaluation evaluation;

  @BeforeAll
  static void extract() {
    extractions = Seeds.documents().stream().map(SharedPipeline.get()::extract).toList();
    evaluation = Evaluator.evaluate(Seeds.goldFile(), extractions);
  }

  @Test
  void claimsScoreAtLeastPointNineF1AgainstGold() {
    Score claims = evaluation.claims();
    assertThat(claims.f1()).as("claims %s", claims).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void everyGoldQuantityClaimIsFoundWithItsMeasuredThing() {
    var quantities = evaluation.result(Category.QUANTITY_CLAIMS);
    assertThat(quantities.score().fn()).as("missed %s", quantities.misses()).isZero();
    var measured = quantities.agreement("measured").orElseThrow();
    assertThat(measured.agreeing()).as("measured things").isEqualTo(measured.compared());
    assertThat(measured.compared()).isEqualTo(8);
  }

  @Test
  void everyGoldAttributionAndEventIsFound() {
    assertThat(evaluation.score(Category.ATTRIBUTION_CLAIMS).fn())
        .as("missed %s", evaluation.result(Category.ATTRIBUTION_CLAIMS).misses())
        .isZero();
    assertThat(evaluation.score(Category.EVENT_CLAIMS).fn()).isZero();
  }

  @Test
  void noClaimComesFromPageFurniture() {
    for (Extraction extraction : extractions) {
      List<Span> furniture =
          extraction.regions().stream()
              .filter(r -> r.kind() == RegionKind.BOILERPLATE || r.kind() == RegionKind.BYLINE)
              .map(Region::span)
              .toList();
      for (Claim claim : extraction.claims()) {
        assertThat(furniture).noneMatch(f -> f.intersects(claim.anchor()));
      }
    }
    Span boilerplate = new Span(2429, 2529);
    assertThat(extractions.get(0).claims()).noneMatch(c -> c.span().intersects(boilerplate));
  }

  @Test
  void everyOutputKeepsTheSpanInvariants() {
    extractions.forEach(SpanInvariants::check);
  }

  @Test
  void speakersResolveToTheFullestNameInTheDocument() {
    AttributionClaim said = attribution(0, "said", 439);
    assertThat(said.speaker().part().text()).isEqualTo("Austin");
    assertThat(said.speaker().resolvesTo()).contains("Lloyd Austin");
    assertThat(said.content().text())
        .isEqualTo("U.S. troops remain in Iraq at the invitation of the government in Baghdad");
    assertThat(said.directness()).isEqualTo(Directness.INDIRECT);

    AttributionClaim statement = attribution(0, "said", 1505);
    assertThat(statement.speaker().part().text())
        .isEqualTo("The statement, released by the Iraqi Foreign Affairs Ministry");
    assertThat(statement.speaker().resolvesTo()).contains("Iraqi Foreign Affairs Ministry");
    assertThat(statement.directness()).isEqualTo(Directness.MIXED);

    AttributionClaim appositive = attribution(1, "emphasized", 1978);
    assertThat(appositive.speaker().part().text()).isEqualTo("Sabrina Singh, a spokesperson for the Pentagon");
    assertThat(appositive.speaker().resolvesTo()).contains("Sabrina Singh");
  }

  @Test
  void aSpeakerAfterItsContentIsFound() {
    AttributionClaim added = attribution(0, "added", 821);
    assertThat(added.speaker().part().span()).isEqualTo(new Span(814, 820));
    assertThat(added.content().span()).isEqualTo(new Span(524, 812));
  }

  @Test
  void quantityClaimsCarryMeasuredThingPlaceTimeAndSpeaker() {
    QuantityClaim attacks = quantity(0, 890);
    assertThat(attacks.quantity().text()).isEqualTo("at least 151");
    assertThat(attacks.measured().orElseThrow().text())
        .isEqualTo("U.S. military positions in Iraq and Syria have been attacked");
    assertThat(attacks.location().orElseThrow().text()).isEqualTo("Iraq and Syria");
    assertThat(attacks.time().orElseThrow().text()).isEqualTo("since October");
    assertThat(attacks.speaker()).isEmpty();

    QuantityClaim troops = quantity(0, 1010);
    assertThat(troops.quantity().text()).isEqualTo("about 2,500");
    assertThat(troops.measured().orElseThrow().text()).isEqualTo("U.S. troops");
    assertThat(troops.location().orElseThrow().text()).isEqualTo("Iraq");
    assertThat(troops.speaker().orElseThrow().part().text()).isEqualTo("Pentagon officials");

    QuantityClaim elliptical = quantity(0, 1053);
    assertThat(elliptical.rule()).isEqualTo("quantity.elliptical");
    assertThat(elliptical.measured().orElseThrow().span()).isEqualTo(troops.measured().orElseThrow().span());
    assertThat(elliptical.location().orElseThrow().text()).isEqualTo("Syria");

    QuantityClaim killed = quantity(1, 3215);
    assertThat(killed.quantity().text()).isEqualTo("hundreds of thousands");
    assertThat(killed.measured().orElseThrow().text()).isEqualTo("Iraqis");
  }

  @Test
  void numbersThatReferBackOrMeasureTimeMakeNoClaim() {
    assertThat(findQuantity(0, 234)).as("the two countries").isEmpty();
    assertThat(findQuantity(1, 2928)).as("two decades").isEmpty();
  }

  @Test
  void eventsNameTheirActorPredicateAndObject() {
    EventClaim vote = extractions.get(0).claims(EventClaim.class).get(0);
    assertThat(vote.actor().text()).isEqualTo("The Iraqi parliament");
    assertThat(vote.predicate().text()).isEqualTo("has voted to eject");
    assertThat(vote.object().orElseThrow().text()).startsWith("U.S. military forces");
    assertThat(extractions.get(0).claims(EventClaim.class)).hasSize(1);
  }

  private static AttributionClaim attribution(int doc, String cue, int cueBegin) {
    return extractions.get(doc).claims(AttributionClaim.class).stream()
        .filter(a -> a.cue().text().equals(cue) && a.cue().span().begin() == cueBegin)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribution with cue " + cue + " at " + cueBegin));
  }

  private static QuantityClaim quantity(int doc, int begin) {
    return findQuantity(doc, begin).orElseThrow(() -> new AssertionError("no quantity claim at " + begin));
  }

  private static Optional<QuantityClaim> findQuantity(int doc, int begin) {
    return extractions.get(doc).claims(QuantityClaim.class).stream()
        .filter(q -> q.quantity().span().begin() == begin)
        .findFirst();
  }
}
