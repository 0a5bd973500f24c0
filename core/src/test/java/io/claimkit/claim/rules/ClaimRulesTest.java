package io.claimkit.claim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.Directness;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.lexicon.WordList;
import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.QuantityRecognizer;
import io.claimkit.testing.FixedBackend;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in claim rules on hand-tagged sentences that are not from the seeds. */
class ClaimRulesTest {

  private static final ClaimLexicon LEXICON = ClaimLexicon.defaults();

  @Test
  void speakerCueThatContent() {
    String raw = "The mayor said that the bridge will reopen in May.";
    AttributionClaim a =
        only(attributions(raw, "The/DT mayor/NN said/VBD|say that/IN the/DT bridge/NN will/MD reopen/VB in/IN May/NNP ./."));
    assertThat(a.speaker().part().text()).isEqualTo("The mayor");
    assertThat(a.cue().text()).isEqualTo("said");
    assertThat(a.content().text()).isEqualTo("the bridge will reopen in May");
    assertThat(a.directness()).isEqualTo(Directness.INDIRECT);
    assertThat(a.rule()).isEqualTo("attribution.speaker-cue-content");
    assertThat(a.span()).isEqualTo(new Span(0, raw.length()));
  }

  @Test
  void quoteBeforeSpeakerAndCue() {
    String raw = "“We will rebuild the school,” the minister said.";
    AttributionClaim a =
        only(
            attributions(
                raw,
                "“/`` We/PRP will/MD rebuild/VB the/DT school/NN ,/, ”/'' the/DT minister/NN said/VBD|say ./."));
    assertThat(a.speaker().part().text()).isEqualTo("the minister");
    assertThat(a.content().text()).isEqualTo("We will rebuild the school");
    assertThat(a.directness()).isEqualTo(Directness.DIRECT);
    assertThat(a.rule()).isEqualTo("attribution.content-speaker-cue");
  }

  @Test
  void invertedCueBeforeSpeakerWithAppositive() {
    String raw = "\"Nobody was hurt,\" said Maria Lopez, a police spokeswoman.";
    AttributionClaim a =
        only(
            attributions(
                raw,
                "\"/`` Nobody/NN was/VBD|be hurt/VBN|hurt ,/, \"/'' said/VBD|say Maria/NNP Lopez/NNP ,/, a/DT police/NN"
                    + " spokeswoman/NN ./.",
                new EntityMention(new Span(24, 35), "Maria Lopez", EntityType.PERSON)));
    assertThat(a.speaker().part().text()).isEqualTo("Maria Lopez, a police spokeswoman");
    assertThat(a.speaker().resolvesTo()).contains("Maria Lopez");
    assertThat(a.content().text()).isEqualTo("Nobody was hurt");
    assertThat(a.directness()).isEqualTo(Directness.DIRECT);
  }

  @Test
  void accordingToOpensTheSentence() {
    String raw = "According to the health ministry, 42 people were injured.";
    AttributionClaim a =
        only(
            attributions(
                raw,
                "According/VBG to/IN the/DT health/NN ministry/NN ,/, 42/CD people/NNS were/VBD|be injured/VBN|injure ./."));
    assertThat(a.speaker().part().text()).isEqualTo("the health ministry");
    assertThat(a.cue().text()).isEqualTo("According to");
    assertThat(a.content().text()).isEqualTo("42 people were injured");
  }

  @Test
  void aNegatedCueAttributesNothing() {
    String raw = "Officials did not say why the road was closed.";
    assertThat(
            attributions(
                raw, "Officials/NNS did/VBD|do not/RB say/VB why/WRB the/DT road/NN was/VBD|be closed/VBN ./."))
        .isEmpty();
  }

  @Test
  void aSaidWithoutClauseIsNoAttribution() {
    String raw = "The said agreement expired.";
    assertThat(attributions(raw, "The/DT said/JJ agreement/NN expired/VBD ./.")).isEmpty();
  }

  @Test
  void aQuoteRunningOverTwoSentencesIsOneContent() {
    String raw = "She said: “Prices rose. Wages did not.”";
    Analysis analysis =
        TaggedText.document(
            Document.of("t", raw),
            List.of(),
            "She/PRP said/VBD|say :/: “/`` Prices/NNS rose/VBD|rise ./.",
            "Wages/NNS did/VBD|do not/RB ./. ”/''");
    AttributionClaim a = only(new AttributionRule().apply(context(analysis)));
    assertThat(a.content().text()).isEqualTo("Prices rose. Wages did not");
    assertThat(a.directness()).isEqualTo(Directness.DIRECT);
    assertThat(a.span()).isEqualTo(new Span(0, raw.length()));
  }

  @Test
  void quantityClaimWithMeasuredThingPlaceAndTime() {
    String raw = "Police arrested more than 300 protesters in Paris on Sunday.";
    List<Claim> claims =
        claims(
            raw,
            "Police/NNS arrested/VBD|arrest more/JJR than/IN 300/CD protesters/NNS in/IN Paris/NNP on/IN Sunday/NNP ./.",
            new EntityMention(new Span(44, 49), "Paris", EntityType.LOCATION),
            new TemporalMention(new Span(53, 59), "Sunday", TemporalKind.DATE, "XXXX-WXX-7"));
    QuantityClaim q = only(claims.stream().filter(QuantityClaim.class::isInstance).map(QuantityClaim.class::cast).toList());
    assertThat(q.quantity().text()).isEqualTo("more than 300");
    assertThat(q.quantity().quantity().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(q.measured().orElseThrow().text()).isEqualTo("protesters");
    assertThat(q.location().orElseThrow().text()).isEqualTo("Paris");
    assertThat(q.time().orElseThrow().text()).isEqualTo("on Sunday");
    assertThat(q.rule()).isEqualTo("quantity.counted-noun");
  }

  @Test
  void anEllipticalCountBorrowsItsNeighboursNoun() {
    String raw = "About 40 buses run in the north and 25 serve the south.";
    List<QuantityClaim> q =
        quantities(
            raw,
            "About/RB 40/CD buses/NNS run/VBP in/IN the/DT north/NN and/CC 25/CD serve/VBP the/DT south/NN ./.");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).quantity().text()).isEqualTo("25");
    assertThat(q.get(1).measured().orElseThrow().span()).isEqualTo(q.get(0).measured().orElseThrow().span());
    assertThat(q.get(1).rule()).isEqualTo("quantity.elliptical");
  }

  @Test
  void anAmountAfterOfMeasuresTheNounBeforeIt() {
    String raw = "The council approved an emergency fund of about $48 million.";
    QuantityClaim q = only(quantities(raw,
        "The/DT council/NN approved/VBD|approve an/DT emergency/NN fund/NN of/IN about/RB $/$ 48/CD million/CD ./."));
    assertThat(q.quantity().text()).isEqualTo("about $48 million");
    assertThat(q.measured().orElseThrow().text()).isEqualTo("emergency fund");
    assertThat(q.rule()).isEqualTo("quantity.noun-of");
  }

  @Test
  void aNounThatOnlyHoldsTheNumberIsNotWhatItMeasures() {
    String raw = "Officials counted a total of 151.";
    QuantityClaim q = only(quantities(raw, "Officials/NNS counted/VBD|count a/DT total/NN of/IN 151/CD ./."));
    assertThat(q.measured()).isEmpty();
    assertThat(q.rule()).isEqualTo("quantity.bare");
  }

  @Test
  void aNumberInsideANameCountsNothing() {
    String raw = "Deputies of Movimento 5 Stelle asked for 300 euros.";
    List<QuantityClaim> q = quantities(raw,
        "Deputies/NNS of/IN Movimento/NNP 5/CD Stelle/NNP asked/VBD|ask for/IN 300/CD euros/NNS ./.",
        new EntityMention(new Span(12, 21), "Movimento", EntityType.ORGANIZATION));
    assertThat(q).extracting(c -> c.quantity().text()).containsExactly("300");
  }

  @Test
  void aNumberThatPointsBackIsNoClaim() {
    String raw = "The three companies merged.";
    assertThat(quantities(raw, "The/DT three/CD companies/NNS merged/VBD|merge ./.")).isEmpty();
  }

  @Test
  void eventWithNamedActorPredicateAndObject() {
    String raw = "The Senate passed the budget bill.";
    EventClaim e =
        only(
            events(
                raw,
                "The/DT Senate/NNP passed/VBD|pass the/DT budget/NN bill/NN ./.",
                new EntityMention(new Span(4, 10), "Senate", EntityType.ORGANIZATION)));
    assertThat(e.actor().text()).isEqualTo("The Senate");
    assertThat(e.predicate().text()).isEqualTo("passed");
    assertThat(e.object().orElseThrow().text()).isEqualTo("the budget bill");
  }

  @Test
  void hedgedNegatedOrPassiveEventsAreNotFacts() {
    EntityMention senate = new EntityMention(new Span(4, 10), "Senate", EntityType.ORGANIZATION);
    assertThat(events("The Senate may pass the bill.", "The/DT Senate/NNP may/MD pass/VB the/DT bill/NN ./.", senate))
        .isEmpty();
    assertThat(
            events(
                "The Senate did not pass the bill.",
                "The/DT Senate/NNP did/VBD|do not/RB pass/VB the/DT bill/NN ./.",
                senate))
        .isEmpty();
    assertThat(
            events(
                "The Senate was told the news.",
                "The/DT Senate/NNP was/VBD|be told/VBN|tell the/DT news/NN ./.",
                senate))
        .isEmpty();
  }

  @Test
  void anActorWithoutANameMakesNoEvent() {
    assertThat(events("The dog ate the cake.", "The/DT dog/NN ate/VBD|eat the/DT cake/NN ./.")).isEmpty();
  }

  @Test
  void anExtendedLexiconAddsReportingVerbs() {
    String raw = "The coach quipped that the team was tired.";
    String tagged = "The/DT coach/NN quipped/VBD|quip that/IN the/DT team/NN was/VBD|be tired/JJ ./.";
    assertThat(attributions(raw, tagged)).isEmpty();
    ClaimLexicon extended =
        LEXICON.withReportingCues(WordList.of(java.util.Map.of("quip", "")));
    Analysis analysis = analysis(raw, tagged);
    assertThat(new AttributionRule().apply(context(analysis, extended))).hasSize(1);
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static List<AttributionClaim> attributions(String raw, String tagged, Mention... mentions) {
    return new AttributionRule().apply(context(analysis(raw, tagged, mentions)));
  }

  private static List<QuantityClaim> quantities(String raw, String tagged, Mention... mentions) {
    return new QuantityClaimRule(LEXICON).apply(context(analysis(raw, tagged, mentions)));
  }

  private static List<EventClaim> events(String raw, String tagged, Mention... mentions) {
    return new EventClaimRule(LEXICON).apply(context(analysis(raw, tagged, mentions)));
  }

  private static List<Claim> claims(String raw, String tagged, Mention... mentions) {
    ClaimContext context = context(analysis(raw, tagged, mentions));
    List<Claim> claims = new ArrayList<>();
    BuiltInRules.all().forEach(rule -> claims.addAll(rule.apply(context)));
    return claims;
  }

  /** A one-sentence analysis with the given mentions; the pipeline's number stage adds the numbers. */
  private static Analysis analysis(String raw, String tagged, Mention... mentions) {
    return TaggedText.sentence(raw, tagged, mentions);
  }

  private static ClaimContext context(Analysis analysis) {
    return context(analysis, LEXICON);
  }

  /** What the rules see of the analysis in a real pipeline; its whole extraction checked on the way. */
  private static ClaimContext context(Analysis analysis, ClaimLexicon lexicon) {
    ClaimPipeline pipeline =
        ClaimPipeline.builder().backend(new FixedBackend(analysis)).claimLexicon(lexicon).build();
    SpanInvariants.check(pipeline.extract(analysis.document()));
    return pipeline.context(analysis.document());
  }
}
