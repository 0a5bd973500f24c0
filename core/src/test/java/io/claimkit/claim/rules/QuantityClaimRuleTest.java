package io.claimkit.claim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityChange;
import io.claimkit.claim.QuantityChange.Direction;
import io.claimkit.claim.QuantityChange.Role;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.FixedBackend;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes, what is measured, where and when, and who says it, on hand-tagged sentences of our own. */
class QuantityClaimRuleTest {

  private static final ClaimLexicon LEXICON = ClaimLexicon.defaults();

  // ---- changes

  @Test
  void anAmountByAndAValueToShareOneChange() {
    String raw = "Oil rose 35 cents to $71.10 a barrel.";
    List<QuantityClaim> q = quantities(raw,
        "Oil/NN rose/VBD|rise 35/CD cents/NNS|cent to/TO $/$ 71.10/CD a/DT barrel/NN ./.");
    assertThat(q).extracting(c -> c.quantity().text()).containsExactly("35", "$71.10");
    QuantityChange change = q.get(0).change().orElseThrow();
    assertThat(q.get(1).change()).contains(change);
    assertThat(change.direction()).isEqualTo(Direction.INCREASE);
    assertThat(change.cue()).isEqualTo(part(raw, "rose"));
    assertThat(change.by().orElseThrow().span()).isEqualTo(span(raw, "35"));
    assertThat(change.by().orElseThrow().quantity().value()).isEqualTo(35.0);
    assertThat(change.to().orElseThrow().span()).isEqualTo(span(raw, "$71.10"));
    assertThat(change.to().orElseThrow().quantity().value()).isEqualTo(71.1);
    assertThat(change.from()).isEmpty();
    assertThat(change.factor()).isEmpty();
    assertThat(change.roleOf(span(raw, "$71.10"))).contains(Role.TO);
    assertThat(q).allSatisfy(c -> assertThat(c.measured()).contains(part(raw, "Oil")));
    assertThat(q.get(1).rule()).isEqualTo("quantity.change"); // "a barrel" is a rate, not what it counts
  }

  @Test
  void upByPointsMeasuresTheSubject() {
    String raw = "The Dow Jones index was up 112.4 points.";
    QuantityClaim q = only(quantities(raw,
        "The/DT Dow/NNP Jones/NNP index/NN was/VBD|be up/RB 112.4/CD points/NNS|point ./."));
    QuantityChange change = q.change().orElseThrow();
    assertThat(change.direction()).isEqualTo(Direction.INCREASE);
    assertThat(change.cue()).isEqualTo(part(raw, "up"));
    assertThat(change.by().orElseThrow().span()).isEqualTo(span(raw, "112.4"));
    assertThat(q.measured()).contains(part(raw, "The Dow Jones index"));
  }

  @Test
  void aFallFromATimeHasNoValueFrom() {
    String raw = "Exports fell 3% from a year earlier.";
    QuantityClaim q = only(quantities(raw,
        "Exports/NNS|export fell/VBD|fall 3/CD %/NN from/IN a/DT year/NN earlier/RBR ./."));
    QuantityChange change = q.change().orElseThrow();
    assertThat(change.direction()).isEqualTo(Direction.DECREASE);
    assertThat(change.by().orElseThrow().span()).isEqualTo(span(raw, "3%"));
    assertThat(change.from()).isEmpty();
    assertThat(change.to()).isEmpty();
    assertThat(q.measured()).contains(part(raw, "Exports"));
  }

  @Test
  void aCutFromOneValueToAnotherSplitsTheRangeIntoItsEnds() {
    String raw = "The city cut the fee from $1,980 to $1,850.";
    QuantityClaim q = only(quantities(raw,
        "The/DT city/NN cut/VBD|cut the/DT fee/NN from/IN $/$ 1,980/CD to/TO $/$ 1,850/CD ./."));
    QuantityChange change = q.change().orElseThrow();
    assertThat(change.direction()).isEqualTo(Direction.DECREASE);
    NumberMention from = change.from().orElseThrow();
    NumberMention to = change.to().orElseThrow();
    assertThat(from.span()).isEqualTo(span(raw, "$1,980"));
    assertThat(from.text()).isEqualTo("$1,980");
    assertThat(from.quantity().value()).isEqualTo(1980.0);
    assertThat(from.quantity().unit()).contains("USD");
    assertThat(to.span()).isEqualTo(span(raw, "$1,850"));
    assertThat(to.quantity().value()).isEqualTo(1850.0);
    assertThat(change.by()).isEmpty();
    assertThat(q.measured()).contains(part(raw, "the fee")); // the object of the cut, not the city
  }

  @Test
  void doubledGivesAFactor() {
    String raw = "Sales doubled to 40,000.";
    QuantityClaim q = only(quantities(raw, "Sales/NNS|sale doubled/VBD|double to/TO 40,000/CD ./."));
    QuantityChange change = q.change().orElseThrow();
    assertThat(change.direction()).isEqualTo(Direction.INCREASE);
    assertThat(change.factor()).hasValue(2.0);
    assertThat(change.to().orElseThrow().span()).isEqualTo(span(raw, "40,000"));
    assertThat(q.measured()).contains(part(raw, "Sales"));
  }

  @Test
  void aFoldIsAFactor() {
    String raw = "Visits grew 12 fold.";
    QuantityClaim q = only(quantities(raw, "Visits/NNS|visit grew/VBD|grow 12/CD fold/NN ./."));
    assertThat(q.change().orElseThrow().factor()).hasValue(12.0);
    assertThat(q.change().orElseThrow().by().orElseThrow().span()).isEqualTo(span(raw, "12"));
    assertThat(q.measured()).contains(part(raw, "Visits"));
  }

  @Test
  void narrowedByAnAmount() {
    String raw = "The deficit narrowed by $4bn.";
    QuantityClaim q = only(quantities(raw, "The/DT deficit/NN narrowed/VBD|narrow by/IN $/$ 4bn/CD ./."));
    QuantityChange change = q.change().orElseThrow();
    assertThat(change.direction()).isEqualTo(Direction.DECREASE);
    assertThat(change.cue()).isEqualTo(part(raw, "narrowed"));
    assertThat(change.by().orElseThrow().span()).isEqualTo(span(raw, "$4bn"));
    assertThat(change.by().orElseThrow().quantity().value()).isEqualTo(4e9);
    assertThat(q.measured()).contains(part(raw, "The deficit"));
    assertThat(q.rule()).isEqualTo("quantity.change");
  }

  @Test
  void theDeathTollRoseToANumber() {
    String raw = "The death toll rose to 42.";
    QuantityClaim q = only(quantities(raw, "The/DT death/NN toll/NN rose/VBD|rise to/TO 42/CD ./."));
    assertThat(q.measured()).contains(part(raw, "The death toll"));
    assertThat(q.change().orElseThrow().to().orElseThrow().span()).isEqualTo(span(raw, "42"));
    assertThat(q.change().orElseThrow().direction()).isEqualTo(Direction.INCREASE);
  }

  @Test
  void aNounOfChangeMeasuresWhatFollowsIt() {
    String raw = "Landlords announced a 3% increase in rents.";
    QuantityClaim q = only(quantities(raw,
        "Landlords/NNS|landlord announced/VBD|announce a/DT 3/CD %/NN increase/NN in/IN rents/NNS|rent ./."));
    assertThat(q.change().orElseThrow().cue()).isEqualTo(part(raw, "increase"));
    assertThat(q.change().orElseThrow().by().orElseThrow().span()).isEqualTo(span(raw, "3%"));
    assertThat(q.measured()).contains(part(raw, "rents"));
  }

  @Test
  void countedThingsAfterAVerbOfChangeAreNoChange() {
    assertThat(only(quantities("Divers recovered 3 bodies.",
        "Divers/NNS|diver recovered/VBD|recover 3/CD bodies/NNS|body ./.")).change()).isEmpty();
    String rain = "The storm dropped 150 millimetres of rain.";
    QuantityClaim q = only(quantities(rain,
        "The/DT storm/NN dropped/VBD|drop 150/CD millimetres/NNS|millimetre of/IN rain/NN ./."));
    assertThat(q.change()).isEmpty();
    assertThat(q.measured()).contains(part(rain, "rain"));
    assertThat(only(quantities("The board set up 3 committees.",
        "The/DT board/NN set/VBD|set up/RP 3/CD committees/NNS|committee ./.")).change()).isEmpty();
  }

  @Test
  void theJsonCarriesTheChange() {
    String raw = "The deficit narrowed by $4bn.";
    Analysis analysis = TaggedText.sentence(raw, "The/DT deficit/NN narrowed/VBD|narrow by/IN $/$ 4bn/CD ./.");
    String line = ExtractionJson.toLine(pipeline(analysis).extract(analysis.document()));
    assertThat(line).contains("\"change\":{\"direction\":\"decrease\",\"cue\":{\"begin\":12,\"end\":20,"
        + "\"text\":\"narrowed\"},\"by\":{\"begin\":24,\"end\":28,\"text\":\"$4bn\",\"value\":4000000000,"
        + "\"low\":4000000000,\"high\":4000000000,\"qualifier\":\"exact\",\"unit\":\"USD\"}}");
  }

  // ---- what is measured

  @Test
  void aUnitIsNeverWhatIsMeasured() {
    String raw = "The region received about 150 millimetres of rain.";
    QuantityClaim q = only(quantities(raw,
        "The/DT region/NN received/VBD|receive about/RB 150/CD millimetres/NNS|millimetre of/IN rain/NN ./."));
    assertThat(q.quantity().text()).isEqualTo("about 150");
    assertThat(q.measured()).contains(part(raw, "rain"));
    assertThat(q.rule()).isEqualTo("quantity.unit-of");
  }

  @Test
  void aDamageFigureMeasuresTheDamage() {
    String raw = "The damage was estimated at $5 million.";
    QuantityClaim q = only(quantities(raw,
        "The/DT damage/NN was/VBD|be estimated/VBN|estimate at/IN $/$ 5/CD million/CD ./."));
    assertThat(q.measured()).contains(part(raw, "The damage"));
    assertThat(q.rule()).isEqualTo("quantity.subject");
  }

  @Test
  void aShareOfAReferenceLevelMeasuresWhatReachedIt() {
    String raw = "Air traffic recovered to about 90% of 2019 levels.";
    QuantityClaim q = quantities(raw,
        "Air/NN traffic/NN recovered/VBD|recover to/TO about/RB 90/CD %/NN of/IN 2019/CD levels/NNS|level ./.")
        .get(0);
    assertThat(q.quantity().text()).isEqualTo("about 90%");
    assertThat(q.measured()).contains(part(raw, "Air traffic"));
    assertThat(q.change().orElseThrow().to().orElseThrow().span()).isEqualTo(span(raw, "about 90%"));
  }

  @Test
  void aNumberAfterAPersonsNameIsTheirAge() {
    String raw = "Maria Lopez, 42, was arrested on Monday.";
    QuantityClaim q = only(quantities(raw,
        "Maria/NNP Lopez/NNP ,/, 42/CD ,/, was/VBD|be arrested/VBN|arrest on/IN Monday/NNP ./.",
        new EntityMention(span(raw, "Maria Lopez"), "Maria Lopez", EntityType.PERSON)));
    assertThat(q.measured()).contains(part(raw, "Maria Lopez"));
    assertThat(q.rule()).isEqualTo("quantity.age");
  }

  @Test
  void anAgeMeasuresWhoIsThatOldButALengthOfTimeIsNoClaim() {
    String raw = "A 14-year-old boy was rescued after an 11-year search.";
    List<QuantityClaim> q = quantities(raw,
        "A/DT 14-year-old/JJ boy/NN was/VBD|be rescued/VBN|rescue after/IN an/DT 11-year/JJ search/NN ./.",
        new TemporalMention(span(raw, "14-year-old"), "14-year-old", TemporalKind.DURATION, "P14Y"),
        new TemporalMention(span(raw, "11-year"), "11-year", TemporalKind.DURATION, "P11Y"));
    QuantityClaim age = only(q);
    assertThat(age.quantity().text()).isEqualTo("14");
    assertThat(age.measured()).contains(part(raw, "boy"));
    assertThat(age.rule()).isEqualTo("quantity.age");
  }

  @Test
  void anEllipticalCountBorrowsNoUnitOfTime() {
    String raw = "The engine failed 40 seconds after launch, killing all seven aboard.";
    List<QuantityClaim> q = quantities(raw,
        "The/DT engine/NN failed/VBD|fail 40/CD seconds/NNS|second after/IN launch/NN ,/, killing/VBG|kill "
            + "all/DT seven/CD aboard/RB ./.");
    assertThat(q).extracting(c -> c.quantity().text()).containsExactly("40", "seven");
    assertThat(q.get(1).measured()).isEmpty();
    assertThat(q.get(1).rule()).isEqualTo("quantity.bare");
  }

  // ---- when and where

  @Test
  void aDurationIsNoTimeOfTheClaim() {
    String raw = "After a four-hour debate, the council approved a $48.2 million plan.";
    QuantityClaim q = only(quantities(raw,
        "After/IN a/DT four-hour/JJ debate/NN ,/, the/DT council/NN approved/VBD|approve a/DT $/$ 48.2/CD "
            + "million/CD plan/NN ./.",
        new TemporalMention(span(raw, "four-hour"), "four-hour", TemporalKind.DURATION, "PT4H")));
    assertThat(q.quantity().text()).isEqualTo("$48.2 million");
    assertThat(q.measured()).contains(part(raw, "plan"));
    assertThat(q.time()).isEmpty();
  }

  @Test
  void aSettingOfTheDayIsNoTimeButADateIs() {
    String raw = "Hundreds of residents spent the night in a school.";
    QuantityClaim q = only(quantities(raw,
        "Hundreds/NNS of/IN residents/NNS|resident spent/VBD|spend the/DT night/NN in/IN a/DT school/NN ./.",
        new TemporalMention(span(raw, "night"), "night", TemporalKind.TIME, "TNI")));
    assertThat(q.measured()).contains(part(raw, "residents"));
    assertThat(q.time()).isEmpty();
    String dated = "On Monday, the council approved a $48.2 million plan.";
    QuantityClaim d = only(quantities(dated,
        "On/IN Monday/NNP ,/, the/DT council/NN approved/VBD|approve a/DT $/$ 48.2/CD million/CD plan/NN ./.",
        new TemporalMention(span(dated, "Monday"), "Monday", TemporalKind.DATE, "XXXX-WXX-1")));
    assertThat(d.time()).contains(part(dated, "On Monday"));
  }

  @Test
  void aPlaceOfTheClauseOnEitherSideOfTheNumber() {
    String before = "Rescue teams in Leeds saved 40 people.";
    assertThat(only(quantities(before, "Rescue/NN teams/NNS|team in/IN Leeds/NNP saved/VBD|save 40/CD people/NNS ./.",
        new EntityMention(span(before, "Leeds"), "Leeds", EntityType.LOCATION))).location())
        .contains(part(before, "Leeds"));
    String opening = "In Hull, floods damaged 300 homes.";
    assertThat(only(quantities(opening, "In/IN Hull/NNP ,/, floods/NNS|flood damaged/VBD|damage 300/CD homes/NNS|home ./.",
        new EntityMention(span(opening, "Hull"), "Hull", EntityType.LOCATION))).location())
        .contains(part(opening, "Hull"));
  }

  @Test
  void noPlaceFromARelativeClause() {
    String raw = "Police arrested 12 men who had travelled from York.";
    QuantityClaim q = only(quantities(raw,
        "Police/NNS arrested/VBD|arrest 12/CD men/NNS|man who/WP had/VBD|have travelled/VBN|travel from/IN York/NNP ./.",
        new EntityMention(span(raw, "York"), "York", EntityType.LOCATION)));
    assertThat(q.measured()).contains(part(raw, "men"));
    assertThat(q.location()).isEmpty();
  }

  // ---- who says it

  @Test
  void theSpeakerIsTheInnermostReport() {
    String raw = "ABC reported that the minister said that 40 people died. Officials said 12 homes burned. "
        + "Then 5 roads closed.";
    Analysis analysis = TaggedText.document(Document.of("t", raw),
        List.of(new EntityMention(new Span(0, 3), "ABC", EntityType.ORGANIZATION)),
        "ABC/NNP reported/VBD|report that/IN the/DT minister/NN said/VBD|say that/IN 40/CD people/NNS|person "
            + "died/VBD|die ./.",
        "Officials/NNS|official said/VBD|say 12/CD homes/NNS|home burned/VBD|burn ./.",
        "Then/RB 5/CD roads/NNS|road closed/VBD|close ./.");
    ClaimContext context = context(analysis);
    List<AttributionClaim> said = context.attributions();
    assertThat(said).extracting(a -> a.speaker().part().text()).contains("ABC", "the minister", "Officials");
    AttributionClaim outer = said.stream().filter(a -> a.speaker().part().text().equals("ABC")).findFirst().orElseThrow();
    assertThat(outer.content().span().contains(span(raw, "40"))).isTrue(); // both reports hold the number
    List<QuantityClaim> q = new QuantityClaimRule(LEXICON).apply(context);
    assertThat(q).extracting(c -> c.quantity().text()).containsExactly("40", "12", "5");
    assertThat(q.get(0).speaker().orElseThrow().part().text()).isEqualTo("the minister");
    assertThat(q.get(1).speaker().orElseThrow().part().text()).isEqualTo("Officials");
    assertThat(q.get(2).speaker()).isEmpty();
  }

  private static Span span(String raw, String text) {
    return TaggedText.find(raw, text, 1);
  }

  private static Part part(String raw, String text) {
    return new Part(span(raw, text), text);
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  static List<QuantityClaim> quantities(String raw, String tagged, Mention... mentions) {
    return new QuantityClaimRule(LEXICON).apply(context(TaggedText.sentence(raw, tagged, mentions)));
  }

  private static ClaimPipeline pipeline(Analysis analysis) {
    return ClaimPipeline.builder().backend(new FixedBackend(analysis)).claimLexicon(LEXICON).build();
  }

  /** What the rule sees in a real pipeline, the whole extraction checked on the way. */
  private static ClaimContext context(Analysis analysis) {
    ClaimPipeline pipeline = pipeline(analysis);
    SpanInvariants.check(pipeline.extract(analysis.document()));
    return pipeline.context(analysis.document());
  }
}
