package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.quantity.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {

  private static final String KILLED_A = "Officials said 12 people were killed in the blast in Kabul on Monday.";
  private static final String KILLED_B = "At least 15 people were killed in the blast in Kabul on Monday, police said.";

  @Test
  void quantitiesThatCannotBothHoldForTheSameThingPlaceAndTimeConflict() {
    Extraction a = Articles.of("a", KILLED_A)
        .quantity(KILLED_A, "12", Quantity.exact(12), "people", "Kabul", "Monday").extraction();
    Extraction b = Articles.of("b", KILLED_B)
        .quantity(KILLED_B, "At least 15", Quantity.atLeast(15), "people", "Kabul", "Monday").extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs()).hasSize(1);
    AlignedPair pair = comparison.pairs().get(0);
    assertThat(pair.relation()).isEqualTo(Relation.CONFLICT);
    assertThat(pair.reason())
        .isEqualTo("measured: \"people\" ~ \"people\" (the same word); event: the sentences share 86% of their"
            + " content words; place: \"Kabul\" / \"Kabul\"; time: \"Monday\" / \"Monday\"; \"12\" = [12] cannot hold with"
            + " \"At least 15\" = [15, \u221e): the intervals do not overlap");
    assertThat(pair.reasons()).hasSize(5);
    assertThat(pair.score()).isBetween(0.5, 1.0);
    assertThat(pair.wording()).isEqualTo(Wording.PARAPHRASED);
    assertThat(comparison.onlyIn()).isEmpty();
  }

  @Test
  void anApproximateAndAnExactNumberAgreeWhenTheIntervalsOverlap() {
    String x = "About 2,500 U.S. troops remain in Iraq.";
    String y = "Officials say 2,600 US troops remain in Iraq for now.";
    Extraction a = Articles.of("a", x).quantity(x, "About 2,500", Quantity.approximate(2500), "U.S. troops", "Iraq", null).extraction();
    Extraction b = Articles.of("b", y).quantity(y, "2,600", Quantity.exact(2600), "US troops", "Iraq", null).extraction();

    AlignedPair pair = ClaimAligner.align(List.of(a, b)).pairs().get(0);

    assertThat(pair.relation()).isEqualTo(Relation.AGREE);
    assertThat(pair.reason()).endsWith("\"About 2,500\" = [2250, 2750] and \"2,600\" = [2600]: the intervals overlap");
  }

  @Test
  void numbersOfOtherPlacesOrOtherThingsStayApart() {
    String x = "About 2,500 troops remain in Iraq.";
    String y = "Some 900 troops remain in Syria.";
    String z = "Thousands of troops died in the insurgency that followed the invasion.";
    Extraction a = Articles.of("a", x).quantity(x, "About 2,500", Quantity.approximate(2500), "troops", "Iraq", null).extraction();
    Extraction b = Articles.of("b", y + " " + z)
        .quantity(y, "900", Quantity.approximate(900), "troops", "Syria", null)
        .quantity(z, "Thousands", Quantity.vague(1000, 10000), "troops", null, null)
        .extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs()).isEmpty();
    assertThat(comparison.onlyIn()).extracting(c -> c.claim().text()).containsExactly(x, y, z);
  }

  @Test
  void attributionsAlignBySpeakerAndContentAndTellVerbatimFromParaphrase() {
    String x = "Austin said that U.S. troops remain in Iraq at the invitation of the government.";
    String y = "Secretary Austin highlighted that US troops remain in Iraq at the invitation of the government.";
    String z = "Singh said that US troops remain in Iraq at the invitation of the government.";
    Extraction a = Articles.of("a", x)
        .attribution(x, "Austin", "Lloyd Austin", "said", "U.S. troops remain in Iraq at the invitation of the government")
        .extraction();
    Extraction b = Articles.of("b", y + " " + z)
        .attribution(y, "Secretary Austin", "Lloyd Austin", "highlighted", "US troops remain in Iraq at the invitation of the government")
        .attribution(z, "Singh", "Sabrina Singh", "said", "US troops remain in Iraq at the invitation of the government")
        .extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs()).hasSize(1);
    AlignedPair pair = comparison.pairs().get(0);
    assertThat(pair.relation()).isEqualTo(Relation.AGREE);
    assertThat(pair.wording()).isEqualTo(Wording.VERBATIM);
    assertThat(pair.b().claim().text()).isEqualTo(y);
    assertThat(pair.reason())
        .isEqualTo("same speaker (Lloyd Austin); content (shared words: U.S., troops, remain, Iraq, invitation, government);"
            + " the quote was kept verbatim");
    assertThat(comparison.onlyIn()).extracting(c -> c.claim().text()).containsExactly(z);
  }

  @Test
  void anAttributionAlignsWithAnEventWhoseSentenceStatesWhatItReports() {
    String x = "The council has voted to close the bridge. Engineers said the bridge has cracked supports and will shut.";
    String y = "Although the council has previously voted for the closure, the bridge has cracked supports, engineers found.";
    Extraction a = Articles.of("a", x)
        .event("The council has voted to close the bridge.", "The council", "has voted to close")
        .attribution("Engineers said the bridge has cracked supports and will shut.", "Engineers", null, "said",
            "the bridge has cracked supports and will shut")
        .extraction();
    Extraction b = Articles.of("b", y).event(y, "the council", "has previously voted").extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs()).extracting(p -> p.a().type() + "~" + p.b().type())
        .containsExactly("event~event", "attribution~event");
    assertThat(comparison.pairs().get(1).wording()).isEqualTo(Wording.NARRATED);
    assertThat(comparison.pairs().get(1).reason())
        .isEqualTo("the event's sentence states what the attribution reports (speaker: Engineers;"
            + " shared words: bridge, cracked, supports); the later article states as fact what the earlier"
            + " attributes to Engineers");
    assertThat(comparison.onlyIn()).isEmpty();
  }

  @Test
  void threeArticlesArePairedTwoByTwo() {
    String x = "Rescuers said 40 miners were trapped in the mine in Soma.";
    Extraction a = Articles.of("a", x).quantity(x, "40", Quantity.exact(40), "miners", "Soma", null).extraction();
    Extraction b = Articles.of("b", x).quantity(x, "40", Quantity.exact(40), "miners", "Soma", null).extraction();
    String y = "More than 60 miners were trapped in the mine in Soma.";
    Extraction c = Articles.of("c", y).quantity(y, "More than 60", Quantity.moreThan(60), "miners", "Soma", null).extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b, c));

    assertThat(comparison.documents()).containsExactly("a", "b", "c");
    assertThat(comparison.pairs())
        .extracting(p -> p.a().documentId() + p.b().documentId() + " " + p.relation().jsonName())
        .containsExactly("ab agree", "ac conflict", "bc conflict");
  }

  @Test
  void anArticleComparedWithItsCopyAgreesVerbatimClaimByClaim() {
    String x = "There were two Syrian teams, one national team and one club.";
    Extraction a = Articles.of("a", x)
        .quantity(x, "two", Quantity.exact(2), "Syrian teams", null, null)
        .quantity(x, "one national", Quantity.exact(1), "Syrian teams", null, null)
        .extraction();
    Extraction b = Articles.of("b", x)
        .quantity(x, "two", Quantity.exact(2), "Syrian teams", null, null)
        .quantity(x, "one national", Quantity.exact(1), "Syrian teams", null, null)
        .extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs())
        .extracting(p -> p.a().index() + "~" + p.b().index() + " " + p.relation().jsonName() + " " + p.wording().jsonName())
        .containsExactly("0~0 agree verbatim", "1~1 agree verbatim");
  }

  @Test
  void numbersWithoutAMeasuredThingAlignByTheWordsAroundThem() {
    String x = "Teams were arranged in groups of three, and groups faced off in pairs.";
    String y = "The teams were arranged in groups of four, and the groups faced off in pairs.";
    String z = "Prizes went to three of the teams.";
    Extraction a = Articles.of("a", x).quantity(x, "three", Quantity.exact(3), null, null, null).extraction();
    Extraction b = Articles.of("b", y + " " + z)
        .quantity(y, "four", Quantity.exact(4), null, null, null)
        .quantity(z, "three", Quantity.exact(3), null, null, null)
        .extraction();

    Comparison comparison = ClaimAligner.align(List.of(a, b));

    assertThat(comparison.pairs()).hasSize(1);
    assertThat(comparison.pairs().get(0).relation()).isEqualTo(Relation.CONFLICT);
    assertThat(comparison.pairs().get(0).reason())
        .startsWith("no measured thing; the words around the numbers match (Dice 0.86); event: the sentences share"
            + " 83% of their content words; \"three\" = [3] cannot hold with");
    assertThat(comparison.onlyIn()).extracting(c -> c.claim().text()).containsExactly(z);
  }

  @Test
  void aComparisonNeedsTwoArticles() {
    Extraction a = Articles.of("a", KILLED_A).extraction();
    assertThatThrownBy(() -> ClaimAligner.align(List.of(a)))
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT));
  }

  @Test
  void theJsonNamesEachClaimByDocumentTypeAndSpan() {
    Extraction a = Articles.of("a", KILLED_A)
        .quantity(KILLED_A, "12", Quantity.exact(12), "people", "Kabul", "Monday").extraction();
    String other = KILLED_B.replace("Monday", "Tuesday");
    Extraction b = Articles.of("b", "Nothing else. " + other)
        .quantity(other, "At least 15", Quantity.atLeast(15), "people", "Kabul", "Tuesday").extraction();

    assertThat(ComparisonJson.toJson(ClaimAligner.align(List.of(a, b))))
        .isEqualTo("{\"documents\":[\"a\",\"b\"],\"threshold\":0.5,\"pairs\":[],\"only_in\":["
            + "{\"doc\":\"a\",\"type\":\"quantity\",\"begin\":0,\"end\":69,\"text\":\"" + KILLED_A + "\"},"
            + "{\"doc\":\"b\",\"type\":\"quantity\",\"begin\":14,\"end\":91,\"text\":\"" + other + "\"}],"
            + "\"clusters\":[],\"summary\":["
            + "{\"doc\":\"a\",\"claims\":1,\"agreed\":0,\"conflicting\":0,\"exclusive\":1,\"depends_on\":null,\"shared_with_source\":0},"
            + "{\"doc\":\"b\",\"claims\":1,\"agreed\":0,\"conflicting\":0,\"exclusive\":1,\"depends_on\":null,\"shared_with_source\":0}]}");
  }
}
