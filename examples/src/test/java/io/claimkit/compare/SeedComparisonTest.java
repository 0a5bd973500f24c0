package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.Claim;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.eval.GoldDocument;
import io.claimkit.eval.GoldFile;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two seed articles, extracted on the full CoreNLP models and aligned, against the {@code cross_document}
 * section of their hand-made gold. Gold claims are mapped to predicted ones as the evaluator matches them.
 */
class SeedComparisonTest {

  private static List<Extraction> extractions;
  private static Comparison comparison;
  private static GoldFile gold;

  @BeforeAll
  static void align() {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    extractions = Seeds.documents().stream().map(pipeline::extract).toList();
    extractions.forEach(SpanInvariants::check);
    comparison = ClaimAligner.align(extractions);
    gold = Seeds.goldFile();
  }

  @Test
  void everyGoldPairComesOutAsAnAgreement() {
    JsonNode pairs = Seeds.gold().path("cross_document").path("pairs");
    assertThat(pairs).hasSize(4);
    for (JsonNode pair : pairs) {
      ArticleClaim a = located(0, pair.path("a").asText());
      ArticleClaim b = located(1, pair.path("b").asText());
      assertThat(comparison.pairs())
          .as("gold pair %s ~ %s (%s)", pair.path("a").asText(), pair.path("b").asText(), pair.path("why").asText())
          .anySatisfy(p -> {
            assertThat(p.a()).isEqualTo(a);
            assertThat(p.b()).isEqualTo(b);
            assertThat(p.relation().jsonName()).isEqualTo(pair.path("relation").asText());
          });
    }
  }

  @Test
  void noPairOfTheSeedsIsAConflict() {
    assertThat(comparison.pairs(Relation.CONFLICT)).isEmpty();
  }

  @Test
  void everyGoldOnlyInClaimIsOnlyInItsArticle() {
    JsonNode onlyIn = Seeds.gold().path("cross_document").path("only_in");
    List<String> checked = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      for (JsonNode id : onlyIn.path(Seeds.documents().get(d).id())) {
        ArticleClaim claim = located(d, id.asText());
        assertThat(comparison.onlyIn()).as("%s is only in its article", id.asText()).contains(claim);
        assertThat(comparison.pairsOf(claim)).isEmpty();
        checked.add(id.asText());
      }
    }
    assertThat(checked).containsExactly("d0.q2", "d0.q3", "d1.q2", "d1.q3", "d1.q4", "d1.q5", "d1.a4");
  }

  @Test
  void everyClaimIsPairedOrOnlyInItsArticle() {
    for (int d = 0; d < 2; d++) {
      List<Claim> claims = extractions.get(d).claims();
      for (int i = 0; i < claims.size(); i++) {
        ArticleClaim claim = new ArticleClaim(d, extractions.get(d).document().id(), i, claims.get(i));
        boolean paired = !comparison.pairsOf(claim).isEmpty();
        assertThat(paired ^ comparison.onlyIn().contains(claim)).as("claim %s", claim).isTrue();
      }
    }
  }

  @Test
  void aVerbatimCopyIsToldFromAParaphrase() {
    AlignedPair quoted = pairOf("d0.a2", "d1.a2");
    assertThat(quoted.wording()).isEqualTo(Wording.VERBATIM);
    assertThat(quoted.reason()).contains("Lloyd Austin");
    AlignedPair attacks = pairOf("d0.q1", "d1.q1");
    assertThat(attacks.wording()).isEqualTo(Wording.PARAPHRASED);
    assertThat(attacks.reason()).endsWith("\"at least 151\" = [151, \u221e): the intervals overlap");
    AlignedPair notification = pairOf("d0.a7", "d1.e1");
    assertThat(notification.wording()).isEqualTo(Wording.NARRATED);
    assertThat(notification.reasons())
        .containsExactly("the event's sentence states what the attribution reports (speaker: U.S. officials;"
                + " shared words: formal, notification)",
            "the later article states as fact what the earlier attributes to U.S. officials");
  }

  private static AlignedPair pairOf(String a, String b) {
    ArticleClaim x = located(0, a);
    ArticleClaim y = located(1, b);
    return comparison.pairs().stream()
        .filter(p -> p.a().equals(x) && p.b().equals(y))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair " + a + " ~ " + b));
  }

  private static ArticleClaim located(int document, String goldId) {
    Extraction extraction = extractions.get(document);
    GoldDocument goldDocument = gold.document(extraction.document().id()).orElseThrow();
    Claim claim =
        GoldClaims.predicted(GoldClaims.byId(goldDocument, goldId), extraction)
            .orElseThrow(() -> new AssertionError("no predicted claim for gold " + goldId));
    return new ArticleClaim(document, extraction.document().id(), extraction.claims().indexOf(claim), claim);
  }
}
