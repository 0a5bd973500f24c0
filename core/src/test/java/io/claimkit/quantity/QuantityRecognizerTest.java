package io.claimkit.quantity;

import io.claimkit.testing.TaggedText;
import static io.claimkit.quantity.Recognized.described;
import static io.claimkit.quantity.Recognized.interval;
import static io.claimkit.quantity.Recognized.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.text.Span;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerTest {

  /** What one mention should be: its text located in the raw sentence (first occurrence), value, qualifier, unit. */
  private static String expect(String raw, String text, double value, String qualifier, String unit) {
    return expect(raw, text, 1, value, qualifier, unit);
  }

  private static String expect(String raw, String text, int occurrence, double value, String qualifier, String unit) {
    Span span = TaggedText.find(raw, text, occurrence);
    return text + " [" + span.begin() + "," + span.end() + ") " + value + " " + qualifier + " " + unit;
  }

  private static List<String> read(String raw, String tagged) {
    return described(numbers(TaggedText.sentence(raw, tagged)));
  }

  private static NumberMention only(String raw, String tagged) {
    List<NumberMention> found = numbers(TaggedText.sentence(raw, tagged));
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Nested
  class Digits {

    @Test
    void groupedDigitsWithQualifierAndCountedNoun() {
      String raw = "About 2,500 U.S. troops remain.";
      assertThat(read(raw, "About/RB 2,500/CD U.S./NNP troops/NNS remain/VBP ./."))
          .containsExactly(expect(raw, "About 2,500", 2500, "approximate", "troops"));
    }

    @Test
    void currencySignAndScaleWordBelongToTheSpan() {
      String raw = "The fund raised $48.2 million last year.";
      assertThat(read(raw, "The/DT fund/NN raised/VBD $/$ 48.2/CD million/CD last/JJ year/NN ./."))
          .containsExactly(expect(raw, "$48.2 million", 48.2e6, "exact", "USD"));
    }

    @Test
    void decimalWithScaleWordCountsTheNounAfterIt() {
      String raw = "Output rose to 1.5 million barrels a day.";
      assertThat(read(raw, "Output/NN rose/VBD to/TO 1.5/CD million/CD barrels/NNS a/DT day/NN ./."))
          .containsExactly(expect(raw, "1.5 million", 1.5e6, "exact", "bbl"));
    }

    @Test
    void percentSignAndPercentWord() {
      String raw = "Fully 76% of voters agreed, and turnout was 64 percent.";
      assertThat(read(raw, "Fully/RB 76/CD %/NN of/IN voters/NNS agreed/VBD ,/, and/CC turnout/NN was/VBD"
              + " 64/CD percent/NN ./."))
          .containsExactly(
              expect(raw, "76%", 76, "exact", "%"), expect(raw, "64 percent", 64, "exact", "%"));
    }

    @Test
    void mixedFractionAndShortScale() {
      String raw = "The pipe is 2 1/2 inches wide and about 5k people came.";
      assertThat(read(raw, "The/DT pipe/NN is/VBZ 2/CD 1/2/CD inches/NNS wide/JJ and/CC about/RB 5k/CD"
              + " people/NNS came/VBD ./."))
          .containsExactly(
              expect(raw, "2 1/2", 2.5, "exact", "in"), expect(raw, "about 5k", 5000, "approximate", "people"));
    }

    @Test
    void currencyAfterTheNumberAndCurrencyOnlyScale() {
      String raw = "He paid 15€ and then €10m more.";
      assertThat(read(raw, "He/PRP paid/VBD 15/CD €/$ and/CC then/RB €/$ 10m/CD more/JJR ./."))
          .containsExactly(expect(raw, "15€", 15, "exact", "EUR"), expect(raw, "€10m", 1e7, "exact", "EUR"));
    }

    @Test
    void negativeAndScientificNumbers() {
      String raw = "It fell to -15 after 4e3 tries.";
      assertThat(read(raw, "It/PRP fell/VBD to/TO -15/CD after/IN 4e3/CD tries/NNS ./."))
          .containsExactly(expect(raw, "-15", -15, "exact", "-"), expect(raw, "4e3", 4000, "exact", "tries"));
    }
  }

  @Nested
  class Words {

    @Test
    void spelledOutNumbers() {
      String raw = "Twenty-five people died, a dozen eggs broke and some two hundred thousand people fled.";
      assertThat(read(raw, "Twenty-five/CD people/NNS died/VBD ,/, a/DT dozen/NN eggs/NNS broke/VBD and/CC"
              + " some/DT two/CD hundred/CD thousand/CD people/NNS fled/VBD ./."))
          .containsExactly(
              expect(raw, "Twenty-five", 25, "exact", "people"),
              expect(raw, "a dozen", 12, "exact", "eggs"),
              expect(raw, "some two hundred thousand", 200_000, "approximate", "people"));
    }

    @Test
    void andInsideNumbersButNotBetweenThem() {
      String raw = "We counted a hundred and two ships, two and a half miles away, and one and two boats.";
      assertThat(read(raw, "We/PRP counted/VBD a/DT hundred/CD and/CC two/CD ships/NNS ,/, two/CD and/CC"
              + " a/DT half/NN miles/NNS away/RB ,/, and/CC one/CD and/CC two/CD boats/NNS ./."))
          .containsExactly(
              expect(raw, "a hundred and two", 102, "exact", "ships"),
              expect(raw, "two and a half", 2.5, "exact", "mi"),
              expect(raw, "one", 1, "exact", "-"),
              expect(raw, "two", 3, 2, "exact", "boats"));
    }

    @Test
    void fractionWords() {
      String raw = "Two thirds of voters and one quarter of donors agreed.";
      assertThat(read(raw, "Two/CD thirds/NNS of/IN voters/NNS and/CC one/CD quarter/NN of/IN donors/NNS"
              + " agreed/VBD ./."))
          .containsExactly(
              expect(raw, "Two thirds", 2.0 / 3, "exact", "voters"),
              expect(raw, "one quarter", 0.25, "exact", "donors"));
    }
  }

  @Nested
  class VagueMagnitudes {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "Dozens were injured.|Dozens/NNS were/VBD injured/VBN ./.|Dozens|12|100|-",
      "Hundreds of protesters gathered.|Hundreds/NNS of/IN protesters/NNS gathered/VBD ./.|Hundreds|100|1000|protesters",
      "Thousands of US troops left.|Thousands/NNS of/IN US/NNP troops/NNS left/VBD ./.|Thousands|1000|10000|troops",
      "Tens of thousands of people marched.|Tens/NNS of/IN thousands/NNS of/IN people/NNS marched/VBD ./."
          + "|Tens of thousands|10000|100000|people",
      "It killed hundreds of thousands of Iraqis.|It/PRP killed/VBD hundreds/NNS of/IN thousands/NNS of/IN"
          + " Iraqis/NNPS ./.|hundreds of thousands|100000|1000000|Iraqis",
      "Millions of dollars were lost.|Millions/NNS of/IN dollars/NNS were/VBD lost/VBN ./.|Millions|1000000|10000000|USD",
      "Several hundred people came.|Several/JJ hundred/CD people/NNS came/VBD ./.|Several hundred|100|1000|people",
    })
    void vagueMagnitudeIsTheIntervalUpToTheNextMagnitude(
        String raw, String tagged, String text, double low, double next, String unit) {
      NumberMention m = only(raw, tagged);
      assertThat(Recognized.describe(m)).isEqualTo(expect(raw, text, low, "vague", unit));
      assertThat(interval(m.quantity())).isEqualTo("[" + low + "," + next + ")");
    }

    @Test
    void aVagueWordUsedAsAPlainNounIsNotANumber() {
      assertThat(read("Test scores rose.", "Test/NN scores/NNS rose/VBD ./.")).isEmpty();
    }
  }

  @Nested
  class Qualifiers {

    @ParameterizedTest
    @CsvSource({
      "about, approximate, '[36.0,44.0]'",
      "approximately, approximate, '[36.0,44.0]'",
      "around, approximate, '[36.0,44.0]'",
      "roughly, approximate, '[36.0,44.0]'",
      "some, approximate, '[36.0,44.0]'",
      "nearly, nearly, '[36.0,40.0)'",
      "almost, nearly, '[36.0,40.0)'",
      "just under, nearly, '[36.0,40.0)'",
      "an estimated, approximate, '[36.0,44.0]'",
      "at least, at_least, '[40.0,Infinity)'",
      "no fewer than, at_least, '[40.0,Infinity)'",
      "more than, more_than, '(40.0,Infinity)'",
      "over, more_than, '(40.0,Infinity)'",
      "just over, just_over, '(40.0,44.0]'",
      "in excess of, more_than, '(40.0,Infinity)'",
      "exceeding, more_than, '(40.0,Infinity)'",
      "above, more_than, '(40.0,Infinity)'",
      "up to, at_most, '(-Infinity,40.0]'",
      "at most, at_most, '(-Infinity,40.0]'",
      "no more than, at_most, '(-Infinity,40.0]'",
      "as many as, at_most, '(-Infinity,40.0]'",
      "less than, less_than, '(-Infinity,40.0)'",
      "fewer than, less_than, '(-Infinity,40.0)'",
      "under, less_than, '(-Infinity,40.0)'",
      "below, less_than, '(-Infinity,40.0)'",
    })
    void qualifierWordsJoinTheSpanAndShapeTheInterval(String phrase, String qualifier, String expectedInterval) {
      String raw = "Officials said " + phrase + " 40 soldiers were killed.";
      String tags = phrase.replaceAll("(\\S+)", "$1/RB");
      NumberMention m = only(raw, "Officials/NNS said/VBD " + tags + " 40/CD soldiers/NNS were/VBD killed/VBN ./.");
      assertThat(Recognized.describe(m)).isEqualTo(expect(raw, phrase + " 40", 40, qualifier, "soldiers"));
      assertThat(interval(m.quantity())).isEqualTo(expectedInterval);
    }

    @Test
    void qualifierBeforeACurrencySign() {
      String raw = "They spent more than $3 billion.";
      assertThat(read(raw, "They/PRP spent/VBD more/JJR than/IN $/$ 3/CD billion/CD ./."))
          .containsExactly(expect(raw, "more than $3 billion", 3e9, "more_than", "USD"));
    }
  }

  @Nested
  class Ranges {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "between 20 and 30|between/IN 20/CD and/CC 30/CD",
      "20 to 30|20/CD to/TO 30/CD",
      "20-30|20-30/CD",
      "20–30|20–30/CD",
      "from 20 to 30|from/IN 20/CD to/TO 30/CD",
    })
    void rangeFormsGiveTheClosedInterval(String range, String tags) {
      String raw = "Witnesses saw " + range + " soldiers.";
      NumberMention m = only(raw, "Witnesses/NNS saw/VBD " + tags + " soldiers/NNS ./.");
      assertThat(Recognized.describe(m)).isEqualTo(expect(raw, range, 20, "range", "soldiers"));
      assertThat(interval(m.quantity())).isEqualTo("[20.0,30.0]");
    }

    @Test
    void scaleWordOfTheUpperEndScalesTheLowerEnd() {
      String raw = "It costs $20 to $30 million.";
      NumberMention m = only(raw, "It/PRP costs/VBZ $/$ 20/CD to/TO $/$ 30/CD million/CD ./.");
      assertThat(Recognized.describe(m)).isEqualTo(expect(raw, "$20 to $30 million", 20e6, "range", "USD"));
      assertThat(interval(m.quantity())).isEqualTo("[2.0E7,3.0E7]");
    }

    @Test
    void aDescendingDashIsAScoreNotARange() {
      String raw = "The vote was 3-2 in favour.";
      assertThat(read(raw, "The/DT vote/NN was/VBD 3-2/CD in/IN favour/NN ./."))
          .containsExactly(expect(raw, "3", 3, "exact", "-"));
    }

    @Test
    void andWithoutBetweenIsTwoNumbers() {
      String raw = "I have seen 45 and 50 cases.";
      assertThat(read(raw, "I/PRP have/VBP seen/VBN 45/CD and/CC 50/CD cases/NNS ./."))
          .containsExactly(expect(raw, "45", 45, "exact", "-"), expect(raw, "50", 50, "exact", "cases"));
    }
  }

  @Nested
  class NotNumbers {

    private static final String WAR = "The war began in 2003 and ended in 2011.";
    private static final String WAR_TAGS = "The/DT war/NN began/VBD in/IN 2003/CD and/CC ended/VBD in/IN 2011/CD ./.";

    @Test
    void yearsTheBackendMarkedAsDatesAreDropped() {
      Analysis a = TaggedText.sentence(WAR, WAR_TAGS,
          new TemporalMention(TaggedText.find(WAR, "2003", 1), "2003", TemporalKind.DATE, "2003"),
          new TemporalMention(TaggedText.find(WAR, "2011", 1), "2011", TemporalKind.DATE, "2011"),
          new NumberMention(TaggedText.find(WAR, "2003", 1), "2003", Quantity.exact(2003).withSurface("2003")));
      assertThat(numbers(a)).isEmpty();
    }

    @Test
    void yearsAfterAYearCueAreDroppedWhenTheBackendGaveNoTemporals() {
      assertThat(read(WAR, WAR_TAGS)).isEmpty();
      String raw = "Mistakes happened in 2000 cases since 1979.";
      assertThat(read(raw, "Mistakes/NNS happened/VBD in/IN 2000/CD cases/NNS since/IN 1979/CD ./."))
          .containsExactly(expect(raw, "2000", 2000, "exact", "cases"));
    }

    @Test
    void ordinalsDecadesClockTimesCodesAndNumberSigns() {
      String raw = "In the 21st century and the 1960s, at 10:30 and 2 p.m. on Friday, the No. 5 seed and"
          + " COVID-19 cases hit an F-16 jet on 12/25/2020.";
      String tags = "In/IN the/DT 21st/JJ century/NN and/CC the/DT 1960s/NNS ,/, at/IN 10:30/CD and/CC 2/CD"
          + " p.m./RB on/IN Friday/NNP ,/, the/DT No./NN 5/CD seed/NN and/CC COVID-19/NN cases/NNS hit/VBD"
          + " an/DT F-16/NN jet/NN on/IN 12/25/2020/CD ./.";
      assertThat(read(raw, tags)).isEmpty();
    }

    @Test
    void numbersInsideNamesAreDropped() {
      String raw = "Voyager 2 flew past Neptune with 3 cameras.";
      String tags = "Voyager/NNP 2/CD flew/VBD past/IN Neptune/NNP with/IN 3/CD cameras/NNS ./.";
      Analysis named = TaggedText.sentence(raw, tags,
          new EntityMention(TaggedText.find(raw, "Voyager 2", 1), "Voyager 2", EntityType.MISC));
      assertThat(described(numbers(named))).containsExactly(expect(raw, "3", 3, "exact", "cameras"));
      assertThat(read(raw, tags))
          .containsExactly(expect(raw, "2", 2, "exact", "-"), expect(raw, "3", 3, "exact", "cameras"));
    }

    @Test
    void numbersInsideDatesButNotDurationsAreDropped() {
      String raw = "It happened three days ago, after two decades of war.";
      Analysis a = TaggedText.sentence(raw,
          "It/PRP happened/VBD three/CD days/NNS ago/RB ,/, after/IN two/CD decades/NNS of/IN war/NN ./.",
          new TemporalMention(TaggedText.find(raw, "three days ago", 1), "three days ago", TemporalKind.DATE,
              "XXXX-XX-XX"),
          new TemporalMention(TaggedText.find(raw, "two decades", 1), "two decades", TemporalKind.DURATION,
              "P20Y"));
      assertThat(described(numbers(a))).containsExactly(expect(raw, "two", 2, "exact", "decades"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "No one was hurt.|No/DT one/NN was/VBD hurt/VBN ./.",
      "She is the one who called.|She/PRP is/VBZ the/DT one/NN who/WP called/VBD ./.",
      "They helped one another.|They/PRP helped/VBD one/CD another/DT ./.",
      "It is one of the largest bases.|It/PRP is/VBZ one/CD of/IN the/DT largest/JJS bases/NNS ./.",
      "He wants a new one.|He/PRP wants/VBZ a/DT new/JJ one/NN ./.",
    })
    void oneAsAPronounIsNotANumber(String raw, String tags) {
      assertThat(read(raw, tags)).isEmpty();
    }

    @Test
    void oneThatCountsIsANumber() {
      String raw = "One of the soldiers died and at least one civilian was hurt.";
      assertThat(read(raw, "One/CD of/IN the/DT soldiers/NNS died/VBD and/CC at/IN least/JJS one/CD"
              + " civilian/NN was/VBD hurt/VBN ./."))
          .containsExactly(
              expect(raw, "One", 1, "exact", "soldiers"), expect(raw, "at least one", 1, "at_least", "civilian"));
    }
  }

  @Nested
  class BackendNumbers {

    @Test
    void ownMatchWinsOverTheBackendsShorterSpan() {
      String raw = "Officials said about 2,500 U.S. troops remain.";
      Analysis a = TaggedText.sentence(raw,
          "Officials/NNS said/VBD about/RB 2,500/CD U.S./NNP troops/NNS remain/VBP ./.",
          new NumberMention(TaggedText.find(raw, "2,500", 1), "2,500", Quantity.approximate(2500).withSurface("2,500")));
      assertThat(described(numbers(a))).containsExactly(expect(raw, "about 2,500", 2500, "approximate", "troops"));
    }

    @Test
    void backendNumberNotReadHereIsKeptWithItsQualifierWords() {
      String raw = "Roughly ３０ soldiers were hurt.";
      Analysis a = TaggedText.sentence(raw, "Roughly/RB ３０/CD soldiers/NNS were/VBD hurt/VBN ./.",
          new NumberMention(TaggedText.find(raw, "３０", 1), "３０", Quantity.exact(30).withSurface("３０")));
      assertThat(described(numbers(a))).containsExactly(expect(raw, "Roughly ３０", 30, "approximate", "soldiers"));
    }

    @Test
    void backendNumberInRomanLettersIsDropped() {
      String raw = "Veterans of World War II met an England XI.";
      Analysis a = TaggedText.sentence(raw,
          "Veterans/NNS of/IN World/NNP War/NNP II/CD met/VBD an/DT England/NNP XI/CD ./.",
          new NumberMention(TaggedText.find(raw, "II", 1), "II", Quantity.exact(0).withSurface("II")),
          new NumberMention(TaggedText.find(raw, "XI", 1), "XI", Quantity.exact(11).withSurface("XI")));
      assertThat(numbers(a)).isEmpty();
    }

    @Test
    void backendNumberOnALookAlikeIsDropped() {
      String raw = "It was the 21st attack.";
      Analysis a = TaggedText.sentence(raw, "It/PRP was/VBD the/DT 21st/JJ attack/NN ./.",
          new NumberMention(TaggedText.find(raw, "21st", 1), "21st", Quantity.exact(21).withSurface("21st")));
      assertThat(numbers(a)).isEmpty();
    }
  }

  @Nested
  class Lexicon {

    @Test
    void anExtendedLexiconReadsNewQualifiersAndUnits() {
      QuantityLexicon lexicon = QuantityLexicon.defaults().toBuilder()
          .qualifier("a shade under", Qualifier.LESS_THAN)
          .unit("megatonnes", "Mt")
          .build();
      String raw = "It emitted a shade under 40 megatonnes.";
      Analysis a = TaggedText.sentence(raw, "It/PRP emitted/VBD a/DT shade/NN under/IN 40/CD megatonnes/NNS ./.");
      assertThat(described(numbers(new QuantityRecognizer(lexicon), a)))
          .containsExactly(expect(raw, "a shade under 40", 40, "less_than", "Mt"));
      assertThat(described(numbers(a))).containsExactly(expect(raw, "under 40", 40, "less_than", "megatonnes"));
    }

    @Test
    void aQualifierPhraseCannotMakeARangeOrAVagueMagnitude() {
      assertThatThrownBy(() -> QuantityLexicon.builder().qualifier("somewhere", Qualifier.RANGE))
          .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT));
    }
  }
}
