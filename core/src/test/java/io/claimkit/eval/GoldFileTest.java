package io.claimkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.eval.GoldDocument.Anchor;
import io.claimkit.eval.GoldDocument.GoldAttribution;
import io.claimkit.eval.GoldDocument.GoldEvent;
import io.claimkit.eval.GoldDocument.GoldQuantityClaim;
import io.claimkit.quantity.Qualifier;
import io.claimkit.testing.Seeds;
import io.claimkit.text.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldFileTest {

  static GoldFile seedsGold() {
    return GoldFile.parse(Seeds.gold().toString());
  }

  @Test
  void readsEverySectionOfTheSeedsGold() {
    GoldFile gold = seedsGold();
    assertThat(gold.about()).startsWith("Hand-made gold for the two seed articles.");
    assertThat(gold.documents()).containsOnlyKeys(Seeds.NEWSPAPER, Seeds.REWRITE);

    GoldDocument d0 = gold.documents().get(Seeds.NEWSPAPER);
    assertThat(d0.numbers()).hasSize(4);
    assertThat(d0.numbers().get(1).anchor()).isEqualTo(new Anchor(new Span(890, 902), "at least 151"));
    assertThat(d0.numbers().get(1).value()).isEqualTo(151.0);
    assertThat(d0.numbers().get(1).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(d0.numbers().get(1).unit()).contains("times");
    assertThat(d0.temporals()).hasSize(3);
    assertThat(d0.temporals().get(0).kind()).isEqualTo(TemporalKind.DATE);
    assertThat(d0.temporals().get(0).normalized()).isEqualTo("XXXX-WXX-4");
    assertThat(d0.entities()).hasSize(14);
    assertThat(d0.entities().stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(4);
    assertThat(d0.claims(GoldAttribution.class)).hasSize(7);
    assertThat(d0.claims(GoldQuantityClaim.class)).hasSize(3);
    assertThat(d0.claims(GoldEvent.class)).hasSize(1);
    assertThat(d0.boilerplate()).containsExactly(new Anchor(new Span(2429, 2529),
        "Source link\n\nLeave a Comment\n\nYour email address will not be published. Required fields are marked *"));
    assertThat(d0.byline()).isEmpty();

    GoldQuantityClaim q2 = d0.claims(GoldQuantityClaim.class).get(1);
    assertThat(q2.id()).isEqualTo("d0.q2");
    assertThat(q2.measured()).isEqualTo("U.S. troops in Iraq");
    assertThat(q2.speaker()).contains("Pentagon officials");
    assertThat(q2.time()).isEmpty();
    GoldAttribution a1 = d0.claims(GoldAttribution.class).get(0);
    assertThat(a1.speaker().text()).isEqualTo("Defense Secretary Lloyd Austin");
    assertThat(a1.resolvesTo()).contains("Lloyd Austin");
    assertThat(a1.directQuote()).isFalse();

    GoldDocument d1 = gold.documents().get(Seeds.REWRITE);
    assertThat(d1.byline()).contains(new Anchor(new Span(111, 128), "ICARO Media Group"));
    assertThat(d1.numbers().get(4).qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(d1.claims(GoldEvent.class).get(0).object())
        .contains(new Anchor(new Span(1230, 1239), "US forces"));
  }

  @Test
  void findsADocumentByIdOrByFileName() {
    GoldFile gold = seedsGold();
    assertThat(gold.document(Seeds.REWRITE)).isPresent();
    assertThat(gold.document("corpus/seeds/" + Seeds.REWRITE).map(GoldDocument::id)).contains(Seeds.REWRITE);
    assertThat(gold.document("C:\\seeds\\" + Seeds.NEWSPAPER).map(GoldDocument::id)).contains(Seeds.NEWSPAPER);
    assertThat(gold.document("other.txt")).isEqualTo(Optional.empty());
  }

  @Test
  void malformedGoldIsATypedError() {
    assertThatThrownBy(() -> GoldFile.parse("{not json"))
        .isInstanceOf(ClaimKitException.class)
        .extracting(e -> ((ClaimKitException) e).kind())
        .isEqualTo(ErrorKind.INVALID_ARGUMENT);
    assertThatThrownBy(() -> GoldFile.parse("{\"about\": \"x\"}"))
        .hasMessageContaining("no \"documents\" object");
    assertThatThrownBy(
            () -> GoldFile.parse(
                "{\"documents\": {\"a.txt\": {\"claims\": [{\"id\": \"c1\", \"type\": \"opinion\"}]}}}"))
        .isInstanceOf(ClaimKitException.class)
        .hasMessageContaining("a.txt")
        .hasMessageContaining("unknown type \"opinion\"");
    assertThatThrownBy(
            () -> GoldFile.parse(
                "{\"documents\": {\"a.txt\": {\"numbers\": [{\"begin\": 0, \"end\": 1, \"text\": \"1\","
                    + " \"value\": 1, \"qualifier\": \"roughly\"}]}}}"))
        .hasMessageContaining("unknown qualifier \"roughly\"");
    assertThatThrownBy(
            () -> GoldFile.parse("{\"documents\": {\"a.txt\": {\"entities\": [{\"begin\": 0, \"text\": \"A\"}]}}}"))
        .hasMessageContaining("missing \"end\"");
  }
}
