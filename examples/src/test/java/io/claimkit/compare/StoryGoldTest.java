package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.analysis.Backend;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.opennlp.OpenNlpBackend;
import org.junit.jupiter.api.Test;

/**
 * ClaimKit's own comparison gold ({@code stories.gold.json}: invented stories told by two or three outlets) run
 * through the real pipeline: reported conflicts must be right at least 9 times in 10, and at least 8 of 10 gold
 * agreements must be found. The OpenNLP backend runs by default; {@code -Dclaimkit.compare.backend=corenlp}
 * runs CoreNLP instead. The figures are printed, with those of the held-out stories ({@code
 * stories-heldout.gold.json}, written after the rules were settled), which are reported, not required.
 */
class StoryGoldTest {

  @Test
  void conflictsArePreciseAndAgreementsAreFound() {
    boolean corenlp = "corenlp".equals(System.getProperty("claimkit.compare.backend"));
    Backend backend = corenlp ? CoreNlpBackend.shared() : OpenNlpBackend.shared();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(backend).build();
    StoryGold.Score score = StoryGold.score(pipeline);
    StoryGold.Score heldOut = StoryGold.score(pipeline, StoryGold.HELD_OUT);

    String name = corenlp ? "corenlp" : "opennlp";
    System.out.println("compare gold (" + name + "): " + score.figures());
    score.notes().forEach(n -> System.out.println("  " + n));
    System.out.println("compare held-out stories (" + name + "): " + heldOut.figures());
    heldOut.notes().forEach(n -> System.out.println("  " + n));
    assertThat(score.goldAgreements()).isGreaterThanOrEqualTo(15);
    assertThat(score.goldConflicts()).isGreaterThanOrEqualTo(5);
    assertThat(score.conflictPrecision()).as(score.figures()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.agreementRecall()).as(score.figures()).isGreaterThanOrEqualTo(0.8);
    assertThat(score.trapsReported()).as(score.figures()).isZero();
  }
}
