package io.claimkit.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.analysis.NumberMention;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of claim gives its type, anchor, parts and speaker the same way. */
class ClaimPartsTest {

  private static final String RAW = "The mayor said about 1,200 residents left Hull.";
  private static final Document DOC = Document.of("d", RAW);

  private static Part part(String text) {
    int at = RAW.indexOf(text);
    return Part.of(DOC, new Span(at, at + text.length()));
  }

  private static final Speaker MAYOR = new Speaker(part("The mayor"), Optional.of("Ana Ruiz"));
  private static final NumberMention NUMBER =
      new NumberMention(part("about 1,200").span(), "about 1,200", Quantity.approximate(1200).withSurface("about 1,200"));
  private static final Span ALL = new Span(0, RAW.length());

  private static final QuantityClaim QUANTITY = new QuantityClaim(ALL, RAW, NUMBER, Optional.of(part("residents")),
      Optional.of(part("Hull")), Optional.empty(), Optional.of(MAYOR), "quantity.test", 0.8, List.of(NUMBER));
  private static final AttributionClaim ATTRIBUTION = new AttributionClaim(ALL, RAW, MAYOR, part("said"),
      part("about 1,200 residents left Hull"), Directness.INDIRECT, "attribution.test", 0.9, List.of());
  private static final EventClaim EVENT = new EventClaim(ALL, RAW, part("about 1,200 residents"), part("left"),
      Optional.of(part("Hull")), "event.test", 0.7, List.of());

  @Test
  void partsComeInTheOrderOfTheJsonRecordWithTheirRoles() {
    assertThat(QUANTITY.parts()).extracting(ClaimPart::role).containsExactly(
        ClaimPart.Role.QUANTITY, ClaimPart.Role.MEASURED, ClaimPart.Role.LOCATION, ClaimPart.Role.SPEAKER);
    assertThat(ATTRIBUTION.parts()).extracting(p -> p.part().text())
        .containsExactly("The mayor", "said", "about 1,200 residents left Hull");
    assertThat(EVENT.parts()).extracting(ClaimPart::role)
        .containsExactly(ClaimPart.Role.ACTOR, ClaimPart.Role.PREDICATE, ClaimPart.Role.OBJECT);
  }

  @Test
  void theQuantityAndSpeakerPartsCarryTheirValues() {
    ClaimPart number = QUANTITY.part(ClaimPart.Role.QUANTITY).orElseThrow();
    assertThat(number.quantity()).contains(NUMBER.quantity());
    assertThat(QUANTITY.part(ClaimPart.Role.SPEAKER).orElseThrow().resolvesTo()).contains("Ana Ruiz");
    assertThat(QUANTITY.part(ClaimPart.Role.TIME)).isEmpty();
  }

  @Test
  void anchorsTypesAndSpeakersAreUniform() {
    assertThat(List.<Claim>of(QUANTITY, ATTRIBUTION, EVENT)).extracting(c -> c.anchor().text(RAW))
        .containsExactly("about 1,200", "said", "left");
    assertThat(List.<Claim>of(QUANTITY, ATTRIBUTION, EVENT)).extracting(c -> c.type().jsonName())
        .containsExactly("quantity", "attribution", "event");
    assertThat(QUANTITY.attributedTo()).contains(MAYOR);
    assertThat(ATTRIBUTION.attributedTo()).contains(MAYOR);
    assertThat(EVENT.attributedTo()).isEmpty();
  }

  @Test
  void matchAppliesTheFunctionOfTheClaimsKind() {
    for (Claim claim : List.<Claim>of(QUANTITY, ATTRIBUTION, EVENT)) {
      String kind = claim.match(q -> "Q " + q.quantity().text(), a -> "A " + a.cue().text(), e -> "E " + e.actor().text());
      assertThat(kind).startsWith(claim.type().jsonName().substring(0, 1).toUpperCase());
    }
    assertThat(QUANTITY.<String>match(q -> q.quantity().text(), a -> "", e -> "")).isEqualTo("about 1,200");
  }

  @Test
  void aQuantityBelongsToTheQuantityPartAndANameToTheSpeakerOnly() {
    assertThatThrownBy(() -> new ClaimPart(ClaimPart.Role.CUE, part("said"), Optional.of(Quantity.exact(1)), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClaimPart(ClaimPart.Role.CUE, part("said"), Optional.empty(), Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClaimPart.of(ClaimPart.Role.QUANTITY, part("about 1,200")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
