package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.Extraction;
import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantity claims aligned by what they claim: the measured thing's meaning, the event, the value's unit. */
class MeaningAlignmentTest {

  private static final String KILLED = "Nearly 40 people were killed in the floods.";
  private static final String KILLED_TAGGED =
      "Nearly/RB 40/CD people/NNS|person were/VBD|be killed/VBN|kill in/IN the/DT floods/NNS|flood ./.";
  private static final String DISPLACED = "About 2,500 people were displaced by the floods.";
  private static final String DISPLACED_TAGGED =
      "About/RB 2,500/CD people/NNS|person were/VBD|be displaced/VBN|displace by/IN the/DT floods/NNS|flood ./.";

  private static Quantity nearly(double v) {
    return Quantity.approximate(v).qualified(Qualifier.APPROXIMATE);
  }

  @Test
  void aSharedHeadNounInAnotherEventIsNoMatch() {
    Extraction a = Articles.of("a", KILLED).tagged(KILLED_TAGGED)
        .quantity(KILLED, "Nearly 40", nearly(40), "people", null, null).extraction();
    Extraction b = Articles.of("b", DISPLACED).tagged(DISPLACED_TAGGED)
        .quantity(DISPLACED, "About 2,500", Quantity.approximate(2500), "people", null, null).extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs()).isEmpty();
    assertThat(comparison.onlyIn()).hasSize(2);
  }

  @Test
  void residentsEvacuatedAgreeWithPeopleDisplaced() {
    String x = "More than 2,000 residents were evacuated from the valley.";
    Extraction a = Articles.of("a", x)
        .tagged("More/JJR than/IN 2,000/CD residents/NNS|resident were/VBD|be evacuated/VBN|evacuate from/IN the/DT valley/NN ./.")
        .quantity(x, "More than 2,000", Quantity.moreThan(2000), "residents", null, null).extraction();
    Extraction b = Articles.of("b", DISPLACED).tagged(DISPLACED_TAGGED)
        .quantity(DISPLACED, "About 2,500", Quantity.approximate(2500), "people", null, null).extraction();

    AlignedPair pair = ClaimAligner.align(List.of(a, b)).pairs().get(0);

    assertThat(pair.relation()).isEqualTo(Relation.AGREE);
    assertThat(pair.reasons()).containsExactly(
        "measured: \"residents\" ~ \"people\" (related in meaning)",
        "event: \"evacuated\" ~ \"displaced\" (related in meaning)",
        "\"More than 2,000\" = (2000, \u221e) and \"About 2,500\" = [2250, 2750]: the intervals overlap");
    assertThat(pair.score()).isBetween(0.5, 0.9);
  }

  @Test
  void nearlyFortyKilledConflictsWithFortyTwoDead() {
    String y = "Officials said 42 people died in the floods.";
    Extraction a = Articles.of("a", KILLED).tagged(KILLED_TAGGED)
        .quantity(KILLED, "Nearly 40", nearly(40), "people", null, null).extraction();
    Extraction b = Articles.of("b", y)
        .tagged("Officials/NNS|official said/VBD|say 42/CD people/NNS|person died/VBD|die in/IN the/DT floods/NNS|flood ./.")
        .quantity(y, "42", Quantity.exact(42), "people", null, null).extraction();

    AlignedPair pair = ClaimAligner.align(List.of(a, b)).pairs().get(0);

    assertThat(pair.relation()).isEqualTo(Relation.CONFLICT);
    assertThat(pair.reasons()).contains("event: \"killed\" ~ \"died\" (related in meaning)");
    assertThat(pair.reason()).endsWith("\"Nearly 40\" = [36, 40] cannot hold with \"42\" = [42]: the intervals do not overlap");
  }

  @Test
  void aBroaderThingWithAnotherValueIsNotAConflict() {
    String x = "Forty residents died in the fire.";
    String y = "Fifty-two people died in the fire.";
    Extraction a = Articles.of("a", x).tagged("Forty/CD residents/NNS|resident died/VBD|die in/IN the/DT fire/NN ./.")
        .quantity(x, "Forty", Quantity.exact(40), "residents", null, null).extraction();
    Extraction b = Articles.of("b", y).tagged("Fifty-two/CD people/NNS|person died/VBD|die in/IN the/DT fire/NN ./.")
        .quantity(y, "Fifty-two", Quantity.exact(52), "people", null, null).extraction();

    assertThat(ClaimAligner.align(List.of(a, b)).pairs()).isEmpty();
  }

  @Test
  void unrelatedModifiersKeepTwoCountsApart() {
    String x = "About 3,000 American troops remain in the region.";
    String y = "About 3,100 Turkish troops remain in the region.";
    Extraction a = Articles.of("a", x).quantity(x, "About 3,000", Quantity.approximate(3000), "American troops", null, null).extraction();
    Extraction b = Articles.of("b", y).quantity(y, "About 3,100", Quantity.approximate(3100), "Turkish troops", null, null).extraction();

    assertThat(ClaimAligner.align(List.of(a, b)).pairs()).isEmpty();
  }

  @Test
  void milesAndKilometresPerHourAgreeAfterConversion() {
    String x = "Winds of 62 mph hit the coast.";
    String y = "Winds of 100 km/h hit the coast.";
    Extraction a = Articles.of("a", x).tagged("Winds/NNS|wind of/IN 62/CD mph/NN hit/VBD|hit the/DT coast/NN ./.")
        .quantity(x, "62", Quantity.exact(62).withUnit("mph"), "mph", null, null).extraction();
    Extraction b = Articles.of("b", y).tagged("Winds/NNS|wind of/IN 100/CD km/h/NN hit/VBD|hit the/DT coast/NN ./.")
        .quantity(y, "100", Quantity.exact(100).withUnit("km/h"), "km/h", null, null).extraction();

    AlignedPair pair = ClaimAligner.align(List.of(a, b)).pairs().get(0);

    assertThat(pair.relation()).isEqualTo(Relation.AGREE);
    assertThat(pair.reasons()).containsExactly(
        "measured: \"winds\" ~ \"winds\" (the same word)",
        "event: both measure speed",
        "\"62\" = [27.493, 27.94] m/s and \"100\" = [27.6389, 27.9167] m/s: the intervals overlap");
  }

  @Test
  void theSameChangeGoingOppositeWaysConflicts() {
    String x = "Food prices rose 3% in May.";
    String y = "Food prices fell 3% in May.";
    Extraction a = Articles.of("a", x).tagged("Food/NN prices/NNS|price rose/VBD|rise 3%/CD in/IN May/NNP ./.")
        .quantity(x, "3%", Quantity.exact(3).withUnit("%"), "Food prices", null, "May").extraction();
    Extraction b = Articles.of("b", y).tagged("Food/NN prices/NNS|price fell/VBD|fall 3%/CD in/IN May/NNP ./.")
        .quantity(y, "3%", Quantity.exact(3).withUnit("%"), "Food prices", null, "May").extraction();

    AlignedPair pair = ClaimAligner.align(List.of(a, b)).pairs().get(0);

    assertThat(pair.relation()).isEqualTo(Relation.CONFLICT);
    assertThat(pair.reasons()).contains("event: \"rose\" / \"fell\" (opposites)");
    assertThat(pair.reason()).endsWith("the intervals overlap, but the changes go opposite ways");
  }

  @Test
  void aNumberMovedFromAQuoteIntoNarrationIsSaid() {
    String x = "The governor said 38 people were killed.";
    String y = "At least 38 people were killed.";
    Extraction a = Articles.of("a", x)
        .tagged("The/DT governor/NN said/VBD|say 38/CD people/NNS|person were/VBD|be killed/VBN|kill ./.")
        .quantitySaidBy(x, "38", Quantity.exact(38), "people", "The governor").extraction();
    Extraction b = Articles.of("b", y)
        .tagged("At/IN least/JJS 38/CD people/NNS|person were/VBD|be killed/VBN|kill ./.")
        .quantity(y, "At least 38", Quantity.atLeast(38), "people", null, null).extraction();

    AlignedPair pair = ClaimAligner.align(List.of(a, b)).pairs().get(0);

    assertThat(pair.wording()).isEqualTo(Wording.NARRATED);
    assertThat(pair.reasons()).contains("the number moved from The governor's words into the later article's narration");
  }

  @Test
  void threeArticlesMakeOneClusterAndTheRewriteDependsOnItsSource() {
    String x = "At least 38 people were killed.";
    String tagged = "At/IN least/JJS 38/CD people/NNS|person were/VBD|be killed/VBN|kill ./.";
    Extraction a = Articles.of("a", x).tagged(tagged).quantity(x, "At least 38", Quantity.atLeast(38), "people", null, null).extraction();
    Extraction b = Articles.of("b", x).tagged(tagged).quantity(x, "At least 38", Quantity.atLeast(38), "people", null, null).extraction();
    String y = "Thirty people were killed.";
    Extraction c = Articles.of("c", y).tagged("Thirty/CD people/NNS|person were/VBD|be killed/VBN|kill ./.")
        .quantity(y, "Thirty", Quantity.exact(30), "people", null, null).extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b, c));

    assertThat(comparison.clusters()).hasSize(1);
    ClaimCluster cluster = comparison.clusters().get(0);
    assertThat(cluster.articles()).isEqualTo(3);
    assertThat(cluster.agreements()).hasSize(1);
    assertThat(cluster.conflicts()).hasSize(2);
    assertThat(comparison.summary()).extracting(s -> s.documentId() + " " + s.agreed() + "/" + s.conflicting() + "/"
            + s.exclusive() + " " + s.dependsOn().orElse("-"))
        .containsExactly("a 1/1/0 -", "b 1/1/0 a", "c 0/1/0 a");
    assertThat(ComparisonJson.toJson(comparison))
        .contains("\"clusters\":[{\"articles\":3,\"members\":[")
        .contains("\"agreements\":[0],\"conflicts\":[1,2]}]");
  }

  @Test
  void aThresholdDropsPairsScoredBelowIt() {
    String x = "At least 38 people were killed.";
    String y = "Thirty-eight people died.";
    Extraction a = Articles.of("a", x).tagged("At/IN least/JJS 38/CD people/NNS|person were/VBD|be killed/VBN|kill ./.")
        .quantity(x, "At least 38", Quantity.atLeast(38), "people", null, null).extraction();
    Extraction b = Articles.of("b", y).tagged("Thirty-eight/CD people/NNS|person died/VBD|die ./.")
        .quantity(y, "Thirty-eight", Quantity.exact(38), "people", null, null).extraction();

    double score = ClaimAligner.align(List.of(a, b)).pairs().get(0).score();

    assertThat(ClaimAligner.align(List.of(a, b), score).pairs()).hasSize(1);
    assertThat(ClaimAligner.align(List.of(a, b), Math.min(1, score + 0.01)).pairs()).isEmpty();
  }
}
