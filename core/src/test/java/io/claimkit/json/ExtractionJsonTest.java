package io.claimkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.Directness;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.quantity.Quantity;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

  private static final String TEXT =
      "Pentagon officials said on Thursday that about 2,500 U.S. troops remain in Iraq, "
          + "and at least 151 attacks hit them.";
  private static final Document DOC = Document.of("a1", TEXT);

  private static Part part(int begin, int end) {
    return Part.of(DOC, new Span(begin, end));
  }

  private static NumberMention number(int begin, int end, Quantity quantity) {
    String text = TEXT.substring(begin, end);
    return new NumberMention(new Span(begin, end), text, quantity.withSurface(text));
  }

  private static Extraction extraction(List<Mention> mentions, List<Claim> claims) {
    Extraction extraction =
        new Extraction(
            DOC, List.of(new Region(RegionKind.BODY, new Span(0, TEXT.length()))), mentions, claims);
    SpanInvariants.check(extraction);
    return extraction;
  }

  @Test
  void writesEveryKindOfMentionInTextOrderWithOnlyTheFieldsThatApply() {
    NumberMention about = number(41, 52, Quantity.approximate(2500).withUnit("troops"));
    NumberMention atLeast = number(85, 97, Quantity.atLeast(151));
    Extraction extraction =
        extraction(
            List.of(
                atLeast,
                about,
                new TemporalMention(new Span(27, 35), "Thursday", TemporalKind.DATE, "XXXX-WXX-4"),
                new EntityMention(new Span(75, 79), "Iraq", EntityType.LOCATION),
                new EntityMention(new Span(0, 8), "Pentagon", EntityType.ORGANIZATION)),
            List.of());

    assertThat(ExtractionJson.toLine(extraction))
        .isEqualTo(
            "{\"doc\":\"a1\",\"regions\":[{\"kind\":\"body\",\"begin\":0,\"end\":115}],\"mentions\":["
                + "{\"kind\":\"entity\",\"type\":\"ORGANIZATION\",\"begin\":0,\"end\":8,\"text\":\"Pentagon\"},"
                + "{\"kind\":\"temporal\",\"type\":\"DATE\",\"begin\":27,\"end\":35,\"text\":\"Thursday\","
                + "\"normalized\":\"XXXX-WXX-4\"},"
                + "{\"kind\":\"number\",\"begin\":41,\"end\":52,\"text\":\"about 2,500\",\"value\":2500,"
                + "\"low\":2250,\"high\":2750,\"qualifier\":\"approximate\",\"unit\":\"troops\"},"
                + "{\"kind\":\"entity\",\"type\":\"LOCATION\",\"begin\":75,\"end\":79,\"text\":\"Iraq\"},"
                + "{\"kind\":\"number\",\"begin\":85,\"end\":97,\"text\":\"at least 151\",\"value\":151,"
                + "\"low\":151,\"qualifier\":\"at_least\"}"
                + "],\"claims\":[]}");
  }

  @Test
  void writesOpenEndsAndFractionsOfQuantitiesStably() {
    Extraction extraction =
        extraction(
            List.of(
                number(85, 97, Quantity.moreThan(151)),
                number(41, 52, Quantity.lessThan(0.25)),
                number(0, 8, Quantity.vague(100_000, 1_000_000)),
                number(27, 35, Quantity.approximate(70)),
                new TemporalMention(new Span(98, 105), "attacks", TemporalKind.SET, "")),
            List.of());

    assertThat(ExtractionJson.toLine(extraction))
        .isEqualTo(
            "{\"doc\":\"a1\",\"regions\":[{\"kind\":\"body\",\"begin\":0,\"end\":115}],\"mentions\":["
                + "{\"kind\":\"number\",\"begin\":0,\"end\":8,\"text\":\"Pentagon\",\"value\":100000,"
                + "\"low\":100000,\"high\":1000000,\"high_inclusive\":false,\"qualifier\":\"vague\"},"
                + "{\"kind\":\"number\",\"begin\":27,\"end\":35,\"text\":\"Thursday\",\"value\":70,"
                + "\"low\":63,\"high\":77,\"qualifier\":\"approximate\"},"
                + "{\"kind\":\"number\",\"begin\":41,\"end\":52,\"text\":\"about 2,500\",\"value\":0.25,"
                + "\"high\":0.25,\"high_inclusive\":false,\"qualifier\":\"less_than\"},"
                + "{\"kind\":\"number\",\"begin\":85,\"end\":97,\"text\":\"at least 151\",\"value\":151,"
                + "\"low\":151,\"low_inclusive\":false,\"qualifier\":\"more_than\"},"
                + "{\"kind\":\"temporal\",\"type\":\"SET\",\"begin\":98,\"end\":105,\"text\":\"attacks\"}"
                + "],\"claims\":[]}");
  }

  @Test
  void writesEachClaimTypeWithItsPartsAsSpanObjects() {
    NumberMention about = number(41, 52, Quantity.approximate(2500).withUnit("troops"));
    Speaker officials = new Speaker(part(0, 18), Optional.of("the Pentagon"));
    QuantityClaim quantity =
        new QuantityClaim(
            new Span(0, 79),
            TEXT.substring(0, 79),
            about,
            Optional.of(part(53, 64)),
            Optional.of(part(75, 79)),
            Optional.empty(),
            Optional.of(new Speaker(part(0, 18), Optional.empty())),
            "quantity.test",
            0.85,
            List.of(about));
    AttributionClaim attribution =
        new AttributionClaim(
            new Span(0, 115),
            TEXT,
            officials,
            part(19, 23),
            part(36, 114),
            Directness.INDIRECT,
            "attribution.test",
            1.0,
            List.of());
    EventClaim event =
        new EventClaim(
            new Span(85, 114),
            TEXT.substring(85, 114),
            part(85, 105),
            part(106, 109),
            Optional.of(part(110, 114)),
            "event.test",
            0.5,
            List.of());
    Extraction extraction = extraction(List.of(about), List.of(attribution, quantity, event));

    String line = ExtractionJson.toLine(extraction);

    assertThat(line)
        .endsWith(
            "\"claims\":["
                + "{\"type\":\"attribution\",\"begin\":0,\"end\":115,\"text\":\"" + TEXT + "\","
                + "\"rule\":\"attribution.test\",\"confidence\":1,"
                + "\"speaker\":{\"begin\":0,\"end\":18,\"text\":\"Pentagon officials\","
                + "\"resolves_to\":\"the Pentagon\"},"
                + "\"cue\":{\"begin\":19,\"end\":23,\"text\":\"said\"},"
                + "\"content\":{\"begin\":36,\"end\":114,\"text\":\"that about 2,500 U.S. troops remain in Iraq,"
                + " and at least 151 attacks hit them\"},"
                + "\"direct\":\"indirect\",\"cue_kind\":\"speech\"},"
                + "{\"type\":\"quantity\",\"begin\":0,\"end\":79,"
                + "\"text\":\"Pentagon officials said on Thursday that about 2,500 U.S. troops remain in Iraq\",\"rule\":\"quantity.test\",\"confidence\":0.85,"
                + "\"quantity\":{\"begin\":41,\"end\":52,\"text\":\"about 2,500\",\"value\":2500,\"low\":2250,"
                + "\"high\":2750,\"qualifier\":\"approximate\",\"unit\":\"troops\"},"
                + "\"measured\":{\"begin\":53,\"end\":64,\"text\":\"U.S. troops\"},"
                + "\"location\":{\"begin\":75,\"end\":79,\"text\":\"Iraq\"},"
                + "\"speaker\":{\"begin\":0,\"end\":18,\"text\":\"Pentagon officials\"}},"
                + "{\"type\":\"event\",\"begin\":85,\"end\":114,\"text\":\"at least 151 attacks hit them\","
                + "\"rule\":\"event.test\",\"confidence\":0.5,"
                + "\"actor\":{\"begin\":85,\"end\":105,\"text\":\"at least 151 attacks\"},"
                + "\"predicate\":{\"begin\":106,\"end\":109,\"text\":\"hit\"},"
                + "\"object\":{\"begin\":110,\"end\":114,\"text\":\"them\"}}"
                + "]}");
    assertThat(line).doesNotContain("\n").isEqualTo(ExtractionJson.toLine(extraction));
  }

  @Test
  void escapesTextSoThatEachRecordStaysOnOneLine() throws Exception {
    String raw = "Headline \"quoted\"\n\nBody\ttext \u00e9\ud83d\ude00 end";
    Document doc = Document.of("dir/na\u00efve \"1\".txt", raw);
    EntityMention mention = new EntityMention(new Span(0, 32), raw.substring(0, 32), EntityType.MISC);
    Extraction extraction = new Extraction(doc, List.of(), List.of(mention), List.of());

    String line = ExtractionJson.toLine(extraction);

    assertThat(line)
        .isEqualTo(
            "{\"doc\":\"dir/na\u00efve \\\"1\\\".txt\",\"regions\":[],\"mentions\":[{\"kind\":\"entity\","
                + "\"type\":\"MISC\",\"begin\":0,\"end\":32,"
                + "\"text\":\"Headline \\\"quoted\\\"\\n\\nBody\\ttext \u00e9\ud83d\ude00\"}],\"claims\":[]}");
    JsonNode back = new ObjectMapper().readTree(line);
    assertThat(back.path("doc").asText()).isEqualTo(doc.id());
    assertThat(back.path("mentions").path(0).path("text").asText()).isEqualTo(raw.substring(0, 32));
  }

  @Test
  void writesAnErrorRecordWithItsKindAndMessage() {
    assertThat(ExtractionJson.errorLine("b.bin", ErrorKind.NOT_TEXT, "invalid UTF-8 at byte 3"))
        .isEqualTo(
            "{\"doc\":\"b.bin\",\"error\":{\"kind\":\"not_text\",\"message\":\"invalid UTF-8 at byte 3\"}}");
  }

  @Test
  void namesAnErrorRecordAfterTheDocumentTheExceptionNames() {
    ClaimKitException error = new ClaimKitException(ErrorKind.TOO_LARGE, "big.txt", "3 chars, over 2");
    assertThat(ExtractionJson.errorLine("fallback", error))
        .isEqualTo(
            "{\"doc\":\"big.txt\",\"error\":{\"kind\":\"too_large\","
                + "\"message\":\"too_large in document big.txt: 3 chars, over 2\"}}");
    ClaimKitException anonymous = new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "no model");
    assertThat(ExtractionJson.errorLine("c.txt", anonymous))
        .isEqualTo(
            "{\"doc\":\"c.txt\",\"error\":{\"kind\":\"model_unavailable\","
                + "\"message\":\"model_unavailable: no model\"}}");
  }

  @Test
  void writesNumbersAsPlainDecimalsWithoutFloatNoise() {
    assertThat(ExtractionJson.number(2500.0)).isEqualTo("2500");
    assertThat(ExtractionJson.number(-0.0)).isEqualTo("0");
    assertThat(ExtractionJson.number(70 - 70 * 0.1)).isEqualTo("63");
    assertThat(ExtractionJson.number(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(ExtractionJson.number(1e21)).isEqualTo("1000000000000000000000");
    assertThat(ExtractionJson.number(-3.75e-7)).isEqualTo("-0.000000375");
    assertThat(ExtractionJson.number(123456.789)).isEqualTo("123456.789");
  }
}
