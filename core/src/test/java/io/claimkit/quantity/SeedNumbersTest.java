package io.claimkit.quantity;

import io.claimkit.testing.TaggedText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import io.claimkit.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds' gold numbers, each found with its exact span, value, qualifier and unit, and nothing else:
 * the sentences that hold numbers carry hand-made PTB tags, the rest a crude tokenization.
 */
class SeedNumbersTest {

  private static final String[] NEWSPAPER_SENTENCES = {
    "Defense/NNP Secretary/NNP Lloyd/NNP Austin/NNP signaled/VBD on/IN Thursday/NNP an/DT openness/NN to/TO"
        + " reducing/VBG the/DT U.S./NNP military/JJ presence/NN in/IN Iraq/NNP ,/, saying/VBG meetings/NNS"
        + " set/VBN to/TO begin/VB soon/RB between/IN leaders/NNS from/IN the/DT two/CD countries/NNS will/MD"
        + " enable/VB a/DT “/`` transition/NN to/TO an/DT enduring/JJ bilateral/JJ security/NN partnership/NN"
        + " ”/'' that/WDT builds/VBZ on/IN years/NNS of/IN joint/JJ operations/NNS against/IN the/DT"
        + " Islamic/NNP State/NNP ./.",
    "U.S./NNP military/JJ positions/NNS in/IN Iraq/NNP and/CC Syria/NNP have/VBP been/VBN attacked/VBN at/IN"
        + " least/JJS 151/CD times/NNS since/IN October/NNP by/IN militant/JJ groups/NNS trained/VBN and/CC"
        + " supplied/VBN by/IN Iran/NNP ./.",
    "Pentagon/NNP officials/NNS have/VBP stressed/VBN that/IN about/RB 2,500/CD U.S./NNP troops/NNS"
        + " remain/VBP in/IN Iraq/NNP and/CC 900/CD are/VBP deployed/VBN to/TO Syria/NNP as/IN a/DT buffer/NN"
        + " to/TO prevent/VB a/DT resurgence/NN of/IN the/DT Islamic/NNP State/NNP ,/, but/CC Iraqi/JJ"
        + " officials/NNS have/VBP increasingly/RB expressed/VBN alarm/NN amid/IN a/DT cycle/NN of/IN"
        + " violence/NN in/IN which/WDT U.S./NNP troops/NNS come/VBP under/IN fire/NN and/CC occasionally/RB"
        + " respond/VBP with/IN airstrikes/NNS ./.",
  };

  private static final String[] REWRITE_SENTENCES = {
    "Militia/NN attacks/NNS on/IN US/NNP military/JJ positions/NNS in/IN Iraq/NNP and/CC Syria/NNP ,/,"
        + " believed/VBN to/TO be/VB affiliated/VBN with/IN Iran/NNP ,/, have/VBP occurred/VBN at/IN least/JJS"
        + " 151/CD times/NNS since/IN October/NNP ./.",
    "These/DT attacks/NNS have/VBP resulted/VBN in/IN injuries/NNS to/TO approximately/RB 70/CD American/JJ"
        + " personnel/NNS ,/, with/IN one/CD soldier/NN critically/RB wounded/VBN ./.",
    "The/DT discussions/NNS between/IN the/DT US/NNP and/CC Iraq/NNP mark/VBP the/DT culmination/NN of/IN"
        + " two/CD decades/NNS of/IN American/JJ military/JJ involvement/NN in/IN Iraq/NNP ./.",
    "The/DT initial/JJ invasion/NN authorized/VBN by/IN President/NNP George/NNP W./NNP Bush/NNP in/IN"
        + " 2003/CD ,/, based/VBN on/IN flawed/JJ intelligence/NN claiming/VBG Iraq/NNP possessed/VBD"
        + " weapons/NNS of/IN mass/NN destruction/NN ,/, led/VBD to/TO a/DT violent/JJ insurgency/NN"
        + " resulting/VBG in/IN the/DT deaths/NNS of/IN thousands/NNS of/IN US/NNP troops/NNS and/CC"
        + " hundreds/NNS of/IN thousands/NNS of/IN Iraqis/NNPS ./.",
    "US/NNP troops/NNS withdrew/VBD in/IN 2011/CD under/IN President/NNP Barack/NNP Obama/NNP ,/, only/RB"
        + " to/TO return/VB in/IN 2014/CD to/TO counter/VB the/DT IS/NNP 's/POS control/NN over/IN a/DT"
        + " significant/JJ portion/NN of/IN the/DT country/NN ./.",
  };

  @Test
  void newspaperNumbersMatchTheGoldWithoutBackendMentions() {
    Analysis analysis = tagged(Seeds.NEWSPAPER, List.of(), NEWSPAPER_SENTENCES);
    assertThat(Recognized.described(Recognized.numbers(analysis))).containsExactlyElementsOf(gold(Seeds.NEWSPAPER));
  }

  @Test
  void rewriteNumbersMatchTheGoldWithoutBackendMentionsYearsExcluded() {
    Analysis analysis = tagged(Seeds.REWRITE, List.of(), REWRITE_SENTENCES);
    assertThat(Recognized.described(Recognized.numbers(analysis))).containsExactlyElementsOf(gold(Seeds.REWRITE));
  }

  /** CoreNLP's answers on the seeds as measured (DEPENDENCIES.md): spans without qualifiers, years as DATEs. */
  @Test
  void newspaperNumbersMatchTheGoldOverCoreNlpLikeMentions() {
    String raw = Seeds.document(Seeds.NEWSPAPER).text();
    List<Mention> mentions = new ArrayList<>();
    mentions.add(number(raw, "2,500", 1, Quantity.approximate(2500)));
    mentions.add(number(raw, "151", 1, Quantity.atLeast(151)));
    mentions.add(number(raw, "900", 1, Quantity.exact(900)));
    mentions.add(number(raw, "two", 1, Quantity.exact(2)));
    mentions.add(temporal(raw, "Thursday", TemporalKind.DATE, "XXXX-WXX-4"));
    mentions.add(temporal(raw, "October", TemporalKind.DATE, "XXXX-10"));
    mentions.add(temporal(raw, "August", TemporalKind.DATE, "XXXX-08"));
    mentions.add(entity(raw, "Lloyd Austin", EntityType.PERSON));
    mentions.add(entity(raw, "Pentagon", EntityType.ORGANIZATION));
    mentions.add(entity(raw, "Iraq", EntityType.LOCATION));
    Analysis analysis = tagged(Seeds.NEWSPAPER, mentions, NEWSPAPER_SENTENCES);
    assertThat(Recognized.described(Recognized.numbers(analysis))).containsExactlyElementsOf(gold(Seeds.NEWSPAPER));
  }

  @Test
  void rewriteNumbersMatchTheGoldOverCoreNlpLikeMentions() {
    String raw = Seeds.document(Seeds.REWRITE).text();
    List<Mention> mentions = new ArrayList<>();
    mentions.add(number(raw, "151", 1, Quantity.atLeast(151)));
    mentions.add(number(raw, "70", 1, Quantity.approximate(70)));
    mentions.add(number(raw, "one", 1, Quantity.exact(1)));
    mentions.add(temporal(raw, "two decades", TemporalKind.DURATION, "P20Y"));
    mentions.add(temporal(raw, "2003", TemporalKind.DATE, "2003"));
    mentions.add(temporal(raw, "2011", TemporalKind.DATE, "2011"));
    mentions.add(temporal(raw, "2014", TemporalKind.DATE, "2014"));
    mentions.add(temporal(raw, "October", TemporalKind.DATE, "XXXX-10"));
    mentions.add(entity(raw, "George W. Bush", EntityType.PERSON));
    mentions.add(entity(raw, "Barack Obama", EntityType.PERSON));
    Analysis analysis = tagged(Seeds.REWRITE, mentions, REWRITE_SENTENCES);
    assertThat(Recognized.described(Recognized.numbers(analysis))).containsExactlyElementsOf(gold(Seeds.REWRITE));
  }

  /**
   * The gold numbers as described by {@link Recognized#describe}. "900" in "... and 900 are deployed" has no
   * noun beside it: its counted noun ("troops") is left to the claim rules, so at this level it has none.
   */
  private static List<String> gold(String name) {
    String raw = Seeds.document(name).text();
    List<String> expected = new ArrayList<>();
    for (JsonNode n : Seeds.gold(name, "numbers")) {
      String text = n.path("text").asText();
      assertThat(raw.substring(n.path("begin").asInt(), n.path("end").asInt())).isEqualTo(text);
      String unit = text.equals("900") ? "-" : n.path("unit").asText();
      expected.add(text + " [" + n.path("begin").asInt() + "," + n.path("end").asInt() + ") "
          + n.path("value").asDouble() + " " + n.path("qualifier").asText() + " " + unit);
    }
    assertThat(expected).isNotEmpty();
    return expected;
  }

  private static Analysis tagged(String name, List<Mention> mentions, String... sentences) {
    Document doc = Seeds.document(name);
    return TaggedText.document(doc, mentions, sentences);
  }

  private static NumberMention number(String raw, String text, int occurrence, Quantity q) {
    Span span = TaggedText.find(raw, text, occurrence);
    return new NumberMention(span, text, q.withSurface(text));
  }

  private static TemporalMention temporal(String raw, String text, TemporalKind kind, String value) {
    return new TemporalMention(TaggedText.find(raw, text, 1), text, kind, value);
  }

  private static EntityMention entity(String raw, String text, EntityType type) {
    return new EntityMention(TaggedText.find(raw, text, 1), text, type);
  }
}
