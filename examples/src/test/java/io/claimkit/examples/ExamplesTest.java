package io.claimkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.eval.Evaluation;
import io.claimkit.eval.GoldFile;
import io.claimkit.lexicon.WordList;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example in-process on the JVM-wide CoreNLP backend and checks the lines it prints; the
 * README shows the same output.
 */
class ExamplesTest {

  @TempDir Path dir;

  private static List<String> lines(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void extractFromStringPrintsEachClaimWithItsRuleAndSpan() {
    assertThat(lines(ExtractFromString::run))
        .containsExactly(
            "5 claims",
            "AttributionClaim attribution.speaker-cue-content  [0, 89) Health officials said at least 1,200 people were"
                + " evacuated from coastal towns on Tuesday.",
            "QuantityClaim    quantity.counted-noun            [0, 89) Health officials said at least 1,200 people were"
                + " evacuated from coastal towns on Tuesday.",
            "QuantityClaim    quantity.noun-of                 [90, 162) The regional government approved an emergency"
                + " fund of about $48 million.",
            "AttributionClaim attribution.content-cue-speaker  [163, 260) \"We expect the water to recede by Friday,\""
                + " said Maria Lopez, the region's civil protection chief.",
            // The quotation holds a belief of its own: "We expect ..." (its "We" resolves to Maria Lopez).
            "AttributionClaim attribution.speaker-cue-content  [163, 260) \"We expect the water to recede by Friday,\""
                + " said Maria Lopez, the region's civil protection chief.");
  }

  @Test
  void walkTypedClaimsDescribesEveryTypeOfClaim() {
    assertThat(lines(WalkTypedClaims::run))
        .containsExactly(
            "attribution: \"The Red Cross\" \"said\" \"about 300 volunteers had reached the flooded villages by"
                + " Wednesday\" (indirect)",
            "quantity:    about 300 = [270, 330] approximate, unit volunteers; measured \"volunteers\"; when \"by"
                + " Wednesday\"; said by \"The Red Cross\"",
            "event:       \"Mayor Anna Berg\" \"opened\" \"two emergency shelters on Monday\"",
            "quantity:    two = [2, 2] exact, unit shelters; measured \"emergency shelters\"; when \"on Monday\"");
  }

  @Test
  void customClaimRuleAddsMoneyClaimsMeasuredByWhoPays() {
    assertThat(lines(CustomClaimRule::run))
        .containsExactly(
            "quantity.subject $48 million          unit USD, measured \"The new rail programme\", said by \"the transport ministry\"",
            "money.cost     $48 million          unit USD, measured \"The new rail programme\","
                + " said by \"the transport ministry\"",
            "quantity.bare  about €3.5 million   unit EUR, measured -, said by -",
            "money.spend    about €3.5 million   unit EUR, measured \"the city\", said by -");
  }

  @Test
  void theMoneyRuleIsFoundThroughServiceLoader() {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).discoverRules().build();
    assertThat(pipeline.rules()).extracting(ClaimRule::id).containsExactly("attribution", "quantity", "event", "money");
    Extraction extraction = pipeline.extract(Document.of("money", CustomClaimRule.TEXT));
    SpanInvariants.check(extraction);
    List<QuantityClaim> money =
        extraction.claims(QuantityClaim.class).stream().filter(q -> q.rule().startsWith("money.")).toList();
    assertThat(money).extracting(QuantityClaim::text).containsExactly(
        "The new rail programme will cost $48 million over five years, the transport ministry",
        "the city spent about €3.5 million");
    assertThat(money).extracting(q -> q.quantity().quantity().unit().orElseThrow()).containsExactly("USD", "EUR");
    assertThat(money.get(0).quantity().quantity().value()).isEqualTo(48e6);
  }

  @Test
  void extendReportingVerbsFindsAttributionsTheDefaultsMiss() {
    assertThat(lines(out -> ExtendReportingVerbs.run(out, ExtendReportingVerbs.MORE_VERBS)))
        .containsExactly(
            "default lexicon: 0 attributions",
            "with crow, grumble: 2 attributions",
            "  \"The mayor\" \"crowed\" \"the new bridge carried 40,000 cars a day\"",
            "  \"Residents\" \"grumbled\" \"the old ferry had stopped running\"");
  }

  @Test
  void extendReportingVerbsReadsTheVerbsFromAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("verbs.txt"), "# only one\ncrow\n");
    assertThat(lines(out -> ExtendReportingVerbs.run(out, WordList.read(file))))
        .containsExactly(
            "default lexicon: 0 attributions",
            "with crow: 1 attributions",
            "  \"The mayor\" \"crowed\" \"the new bridge carried 40,000 cars a day\"");
  }

  @Test
  void compareTwoArticlesListsTheAlignedPairs() {
    List<String> lines =
        lines(
            out ->
                CompareTwoArticles.run(
                    out,
                    CompareTwoArticles.sample(CompareTwoArticles.SAMPLE_A),
                    CompareTwoArticles.sample(CompareTwoArticles.SAMPLE_B)));
    assertThat(lines).hasSize(2 + 4 * 3);
    assertThat(lines.subList(0, 2))
        .containsExactly(
            "000_54ced43fa04a17ff.txt: 11 claims, 001_0e7a9769a9bef542.txt: 10 claims",
            "agree 4, conflict 0, only in one article 14");
    assertThat(lines)
        .contains(
            "agree (verbatim): same speaker (Lloyd Austin); content (shared words: U.S., troops, remain, Iraq,"
                + " invitation, government, Baghdad); the quote was kept verbatim",
            "  A event: The Iraqi parliament has voted to eject U.S. military forces from the country.");
  }

  @Test
  void evaluateAgainstGoldPrintsTheScoreTable() throws IOException {
    GoldFile gold;
    try (InputStream in = getClass().getResourceAsStream("/io/claimkit/samples/seeds.gold.json")) {
      gold = GoldFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<Document> articles =
        List.of(
            EvaluateAgainstGold.sample("000_54ced43fa04a17ff.txt"),
            EvaluateAgainstGold.sample("001_0e7a9769a9bef542.txt"));
    Evaluation[] evaluation = new Evaluation[1];
    List<String> lines = lines(out -> evaluation[0] = EvaluateAgainstGold.run(out, gold, articles));
    assertThat(lines.get(0)).isEqualTo("Evaluation of 2 document(s)");
    assertThat(lines)
        .contains(
            "numbers                 10     0     0     1.000   1.000   1.000  value 10/10, qualifier 10/10",
            "claims (all types)      21     0     0     1.000   1.000   1.000");
    assertThat(evaluation[0].claims().f1()).isEqualTo(1.0);
  }

  @Test
  void batchToJsonLinesWritesOneRecordPerFileErrorsIncluded() throws IOException, InterruptedException {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    for (String name : List.of(CompareTwoArticles.SAMPLE_A, CompareTwoArticles.SAMPLE_B)) {
      Files.writeString(folder.resolve(name), CompareTwoArticles.sample(name).text(), StandardCharsets.UTF_8);
    }
    Files.write(folder.resolve("broken.txt"), new byte[] {'a', (byte) 0xff, 'b'});
    Path jsonl = dir.resolve("claims.jsonl");
    List<String> lines =
        lines(
            out -> {
              try {
                BatchToJsonLines.run(out, folder, jsonl);
              } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
              }
            });
    assertThat(lines)
        .containsExactly(
            "000_54ced43fa04a17ff.txt: 11 claims",
            "001_0e7a9769a9bef542.txt: 10 claims",
            "broken.txt: error not_text",
            "3 records written to claims.jsonl");
    List<String> records = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(records).hasSize(3);
    assertThat(records.get(0)).startsWith("{\"doc\":\"000_54ced43fa04a17ff.txt\",\"regions\":[");
    assertThat(records.get(2))
        .isEqualTo(
            "{\"doc\":\"broken.txt\",\"error\":{\"kind\":\"not_text\",\"message\":\"not_text in document"
                + " broken.txt: not valid UTF-8 at byte 1\"}}");
  }
}
