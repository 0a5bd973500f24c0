package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.testing.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code claimkit compare} and {@code claimkit report} in-process on the bundled seed articles. */
class CompareAndReportCommandTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ClaimKitCli.commandLine(ClaimKitCliTest.BACKEND);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void compareJsonNamesEveryClaimByItsSpanInItsArticle() throws IOException {
    Path a = dir.resolve(Seeds.NEWSPAPER);
    Path b = dir.resolve(Seeds.REWRITE);
    Files.writeString(a, Seeds.document(Seeds.NEWSPAPER).text(), StandardCharsets.UTF_8);
    Files.writeString(b, Seeds.document(Seeds.REWRITE).text(), StandardCharsets.UTF_8);

    Run run = run("compare", "--json", a.toString(), b.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames()).toIterable().containsExactly("documents", "threshold", "pairs", "only_in", "clusters", "summary");
    assertThat(json.path("documents")).extracting(JsonNode::asText).containsExactly(a.toString(), b.toString());
    assertThat(json.path("pairs")).hasSize(4);
    assertThat(json.path("pairs")).extracting(p -> p.path("relation").asText()).containsOnly("agree");
    assertThat(json.path("pairs")).extracting(p -> p.path("wording").asText())
        .containsExactly("verbatim", "paraphrased", "paraphrased", "narrated");
    assertThat(json.path("only_in")).hasSize(21 - 7);
    for (JsonNode pair : json.path("pairs")) {
      assertThat(pair.fieldNames()).toIterable().containsExactly("relation", "score", "reason", "reasons", "wording", "a", "b");
      checkClaim(pair.path("a"), List.of(a, b));
      checkClaim(pair.path("b"), List.of(a, b));
    }
    json.path("only_in").forEach(c -> checkClaim(c, List.of(a, b)));
  }

  private static void checkClaim(JsonNode claim, List<Path> files) {
    assertThat(claim.fieldNames()).toIterable().containsExactly("doc", "type", "begin", "end", "text");
    String raw = files.stream()
        .filter(f -> f.toString().equals(claim.path("doc").asText()))
        .map(ClaimKitCliTestFiles::read)
        .findFirst()
        .orElseThrow();
    assertThat(raw.substring(claim.path("begin").asInt(), claim.path("end").asInt()))
        .isEqualTo(claim.path("text").asText());
  }

  @Test
  void compareWithoutAPathPrintsATableOfTheBundledSamples() {
    Run run = run("compare");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Articles\n  A  000_54ced43fa04a17ff.txt (11 claims: 4 agreed, 0 conflicting, 7 only here)\n"
            + "  B  001_0e7a9769a9bef542.txt (10 claims: 3 agreed, 0 conflicting, 7 only here; draws most on A (3 claims))\n")
        .contains("4 aligned pairs (score >= 0.50): 4 agree, 0 conflict; 14 claims only in one article")
        .contains("AGREE    1.00  verbatim\n  A  attribution   439-443   said | \"Austin, in a statement released by the")
        .contains("  A  quantity     1010-1021  about 2,500 | \"Pentagon officials have stressed that")
        .contains("\nOnly in A\n")
        .contains("\nOnly in B\n");
  }

  @Test
  void compareRefusesASingleArticle() throws IOException {
    Path a = dir.resolve("one.txt");
    Files.writeString(a, "Only 3 lines.\n", StandardCharsets.UTF_8);
    Run run = run("compare", a.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("compare needs two articles or more");
  }

  @Test
  void reportWritesOneSelfContainedPage() throws IOException {
    Path page = dir.resolve("report.html");

    Run run = run("report", "-o", page.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<script>");
    assertThat(html).doesNotContain(" src=", " href=", "url(", "@import");
    assertThat(html).contains("<h2>How the articles line up</h2>").contains("000_54ced43fa04a17ff.txt");
  }

  @Test
  void reportNeedsAnOutputFile() {
    Run run = run("report");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--output=FILE'");
  }
}
