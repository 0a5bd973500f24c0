package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.opennlp.OpenNlpBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code extract --format text}, {@code --pretty} and {@code --annotations}, on the OpenNLP backend. */
class ExtractFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "The company said it had cut 1,200 jobs in March.\n\n"
      + "Firefighters rescued at least 14 people from the flooded homes.\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ClaimKitCli.commandLine(OpenNlpBackend::shared);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("jobs.txt"), TEXT, StandardCharsets.UTF_8);
  }

  @Test
  void textFormatPutsEachClaimOnALineWithItsTypeSpeakerQuantityAndText() throws IOException {
    Path file = article();
    Path missing = dir.resolve("missing.txt");

    Run run = run("extract", "--format", "text", "--no-progress", file.toString(), missing.toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(run.out()).isEqualTo("== " + file + ": 114 chars, 3 mentions, 3 claims\n"
        + "  attribution  [0, 48)  speaker: The company  | The company said it had cut 1,200 jobs in March.\n"
        + "  quantity     [0, 48)  speaker: The company  quantity: 1,200 = 1,200 jobs  of: jobs"
        + "  | The company said it had cut 1,200 jobs in March.\n"
        + "  quantity     [50, 113)  quantity: at least 14 = [14, inf) people  of: people"
        + "  | Firefighters rescued at least 14 people from the flooded homes.\n"
        + "\n"
        + "== " + missing + ": unreadable in document " + missing + ": no such file\n\n");
  }

  @Test
  void prettyIndentsTheSameRecord() throws IOException {
    Path file = article();
    Run line = run("extract", file.toString());
    Run pretty = run("extract", "--pretty", file.toString());

    assertThat(pretty.status()).isZero();
    assertThat(pretty.out().lines().count()).isGreaterThan(20);
    assertThat(pretty.out()).startsWith("{\n  \"doc\" : ");
    assertThat(JSON.readTree(pretty.out())).isEqualTo(JSON.readTree(line.out()));
  }

  @Test
  void annotationsAddTheSentencesAndTokensOnlyWhenAsked() throws IOException {
    Path file = article();
    JsonNode plain = JSON.readTree(run("extract", file.toString()).out());
    JsonNode annotated = JSON.readTree(run("extract", "--annotations", file.toString()).out());

    assertThat(plain.has("sentences")).isFalse();
    assertThat(annotated.fieldNames()).toIterable()
        .containsExactly("doc", "regions", "mentions", "claims", "sentences");
    JsonNode sentences = annotated.path("sentences");
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(1).path("begin").asInt()).isEqualTo(50);
    assertThat(sentences.get(1).path("end").asInt()).isEqualTo(113);
    JsonNode had = sentences.get(0).path("tokens").get(4);
    assertThat(had.toString())
        .isEqualTo("{\"begin\":20,\"end\":23,\"text\":\"had\",\"pos\":\"VBD\",\"lemma\":\"have\"}");
    for (JsonNode sentence : sentences) {
      for (JsonNode token : sentence.path("tokens")) {
        assertThat(TEXT.substring(token.path("begin").asInt(), token.path("end").asInt()))
            .isEqualTo(token.path("text").asText());
      }
    }
  }

  @Test
  void compareAndReportAnalyzeWithTheBackendNamed() throws IOException {
    Path a = article();
    Path b = Files.writeString(dir.resolve("other.txt"), "Officials said 1,200 jobs were cut in March.\n");
    CommandLine cli = ClaimKitCli.commandLine(() -> {
      throw new AssertionError("the default backend was loaded despite --backend");
    });
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("compare", "--backend", "opennlp", "--json", a.toString(), b.toString())).isZero();
    assertThat(JSON.readTree(out.toString()).path("documents")).hasSize(2);
    Path html = dir.resolve("r.html");
    assertThat(cli.execute("report", "--backend", "opennlp", "-o", html.toString(), a.toString())).isZero();
    assertThat(Files.readString(html)).contains("1,200");
  }

  @Test
  void resumeRefusesOutputsItCannotReadBack() throws IOException {
    Run run = run("extract", "--pretty", "--resume", "-o", dir.resolve("out.json").toString(),
        article().toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--resume reads back JSON Lines");
  }
}
