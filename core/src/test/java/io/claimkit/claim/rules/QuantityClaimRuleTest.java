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
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityChange;
import io.claimkit.claim.QuantityChange.Direction;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.testing.FixedBackend;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes, what is measured, where and when, and who says it, on hand-tagged sentences of our own. */
class QuantityClaimRuleTest {

  private static final ClaimLexicon LEXICON = ClaimLexicon.defaults();

  @Test
  void probe() {
    show("Oil rose 35 cents to $71.10 a barrel.",
        "Oil/NN rose/VBD|rise 35/CD cents/NNS|cent to/TO $/$ 71.10/CD a/DT barrel/NN ./.");
    show("The Dow Jones index was up 112.4 points.",
        "The/DT Dow/NNP Jones/NNP index/NN was/VBD|be up/RB 112.4/CD points/NNS|point ./.");
    show("Exports fell 3% from a year earlier.",
        "Exports/NNS|export fell/VBD|fall 3/CD %/NN from/IN a/DT year/NN earlier/RBR ./.");
    show("The city cut the fee from $1,980 to $1,850.",
        "The/DT city/NN cut/VBD|cut the/DT fee/NN from/IN $/$ 1,980/CD to/TO $/$ 1,850/CD ./.");
    show("Sales doubled to 40,000.", "Sales/NNS doubled/VBD|double to/TO 40,000/CD ./.");
    show("The deficit narrowed by $4bn.", "The/DT deficit/NN narrowed/VBD|narrow by/IN $/$ 4bn/CD ./.");
    show("The death toll rose to 42.", "The/DT death/NN toll/NN rose/VBD|rise to/TO 42/CD ./.");
    show("Landlords announced a 3% increase in rents.",
        "Landlords/NNS announced/VBD|announce a/DT 3/CD %/NN increase/NN in/IN rents/NNS|rent ./.");
    show("The region received about 150 millimetres of rain.",
        "The/DT region/NN received/VBD|receive about/RB 150/CD millimetres/NNS|millimetre of/IN rain/NN ./.");
    show("The storm dropped 150 millimetres of rain.",
        "The/DT storm/NN dropped/VBD|drop 150/CD millimetres/NNS|millimetre of/IN rain/NN ./.");
    show("The damage was estimated at $5 million.",
        "The/DT damage/NN was/VBD|be estimated/VBN|estimate at/IN $/$ 5/CD million/CD ./.");
    show("Air traffic recovered to about 90% of 2019 levels.",
        "Air/NN traffic/NN recovered/VBD|recover to/TO about/RB 90/CD %/NN of/IN 2019/CD levels/NNS|level ./.");
  }

  private static void show(String raw, String tagged, Mention... mentions) {
    for (QuantityClaim q : quantities(raw, tagged, mentions)) {
      System.err.println("PROBE " + raw + " => " + q.quantity().text() + " " + q.quantity().quantity() + " M="
          + q.measured().map(Part::text) + " L=" + q.location().map(Part::text) + " T=" + q.time().map(Part::text)
          + " rule=" + q.rule() + " CH=" + q.change());
    }
  }

  static List<QuantityClaim> quantities(String raw, String tagged, Mention... mentions) {
    return new QuantityClaimRule(LEXICON).apply(context(TaggedText.sentence(raw, tagged, mentions)));
  }

  private static ClaimContext context(Analysis analysis) {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(new FixedBackend(analysis)).claimLexicon(LEXICON).build();
    SpanInvariants.check(pipeline.extract(analysis.document()));
    return pipeline.context(analysis.document());
  }
}
