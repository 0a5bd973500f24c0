package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.eval.Category;
import io.claimkit.eval.Evaluation;
import io.claimkit.eval.Evaluator;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds through the whole pipeline on the OpenNLP backend, against their hand-made gold. */
class SeedClaimsTest {

  private static List<Extraction> extractions;
  private static Evaluation evaluation;

  @BeforeAll
  static void extract() {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(OpenNlpBackend.shared()).build();
    extractions = Seeds.documents().stream().map(pipeline::extract).toList();
    evaluation = Evaluator.evaluate(Seeds.goldFile(), extractions);
  }

  @Test
  void everyGoldNumberIsFoundWithItsValueAndQualifier() {
    var numbers = evaluation.result(Category.NUMBERS);
    assertThat(numbers.score().f1()).as("numbers %s, misses %s", numbers.score(), numbers.misses())
        .isEqualTo(1.0);
  }

  @Test
  void everyGoldPersonIsFound() {
    assertThat(evaluation.score(Category.PERSONS).f1()).isEqualTo(1.0);
  }

  @Test
  void claimsScoreAtLeastPointNineF1AgainstGold() {
    assertThat(evaluation.claims().f1()).as("claims %s", evaluation.claims()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void everyOutputKeepsTheSpanInvariants() {
    extractions.forEach(SpanInvariants::check);
  }
}
