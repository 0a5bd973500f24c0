package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.corenlp.CoreNlpBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code claimkit extract} on JSON Lines input, with --resume and --timeout, in-process on the real models. */
class BatchExtractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ClaimKitCli.commandLine(CoreNlpBackend::shared);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private static List<JsonNode> records(String jsonLines) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  @Test
  void readsJsonLinesOneDocumentALineAndGivesABadLineItsOwnErrorRecord() throws IOException {
    Path input = dir.resolve("in.jsonl");
    byte[] notUtf8 = "{\"id\": \"latin\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    try (var out = Files.newOutputStream(input)) {
      out.write(("\uFEFF" + BatchFiles.line("a", "About 2,500 troops remain in Iraq.") + "\n"
          + "\n"
          + "{\"id\": \"b\", \"text\": \n"
          + "{\"id\": \"c\", \"text\": 42}\n"
          + "[1, 2]\n").getBytes(StandardCharsets.UTF_8));
      out.write(notUtf8);
      out.write(("{\"id\": 7, \"text\": \"At least 151 attacks.\", \"published\": \"2024-01-25\", \"source\": \"AP\"}")
          .getBytes(StandardCharsets.UTF_8));
    }

    Run run = run("extract", input.toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    List<JsonNode> records = records(run.out());
    assertThat(records).extracting(r -> r.path("doc").asText())
        .containsExactly("a", input + ":3", "c", input + ":5", input + ":6", "7");
    assertThat(records).extracting(r -> r.path("error").path("kind").asText(""))
        .containsExactly("", "invalid_argument", "invalid_argument", "invalid_argument", "not_text", "");
    assertThat(records.get(2).path("error").path("message").asText())
        .isEqualTo("invalid_argument in document c: \"text\" must be a string");
    assertThat(records.get(0).path("mentions").toString()).contains("\"text\":\"About 2,500\"");
    assertThat(records.get(5).path("mentions").toString()).contains("\"text\":\"At least 151\"");
  }

  @Test
  void resumeCutsATornLastLineAndWritesOnlyTheMissingDocuments() throws IOException {
    Path input = dir.resolve("in.ndjson");
    List<String> names = BatchFiles.SHORT.subList(0, 5);
    Files.writeString(input, BatchFiles.jsonLines(names), StandardCharsets.UTF_8);
    Path clean = dir.resolve("clean.jsonl");
    assertThat(run("extract", "-o", clean.toString(), input.toString()).status()).isZero();
    List<String> cleanLines = Files.readAllLines(clean, StandardCharsets.UTF_8);
    assertThat(cleanLines).hasSize(5);

    // What a run killed in the middle of writing its third record leaves behind.
    Path resumed = dir.resolve("resumed.jsonl");
    String third = cleanLines.get(2);
    Files.writeString(resumed, cleanLines.get(0) + "\n" + cleanLines.get(1) + "\n"
        + third.substring(0, third.length() / 2), StandardCharsets.UTF_8);
    Run run = run("extract", "--resume", "-j", "2", "-o", resumed.toString(), input.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(resumed, StandardCharsets.UTF_8)).isEqualTo(Files.readString(clean));

    // Resuming a finished run writes nothing more.
    assertThat(run("extract", "--resume", "-o", resumed.toString(), input.toString()).status()).isZero();
    assertThat(Files.readString(resumed, StandardCharsets.UTF_8)).isEqualTo(Files.readString(clean));
  }

  @Test
  void resumeRefusesAFileThatIsNotItsOutputAndNeedsAnOutput() throws IOException {
    Path notOutput = dir.resolve("notes.txt");
    Files.writeString(notOutput, "my notes\n", StandardCharsets.UTF_8);

    Run refused = run("extract", "--resume", "-o", notOutput.toString());
    Run noOutput = run("extract", "--resume");

    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains(notOutput + " line 1 is not a claimkit record; not resuming into it");
    assertThat(Files.readString(notOutput)).isEqualTo("my notes\n");
    assertThat(noOutput.status()).isEqualTo(2);
    assertThat(noOutput.err()).contains("--resume needs --output");
  }

  @Test
  void aDocumentPastTheTimeLimitGetsATimeoutRecordAndTheOthersGoOn() throws IOException {
    Path input = dir.resolve("in.jsonl");
    // About 40,000 tokens, several times what CoreNLP's NER does in 2 s on any machine; its worker stops at
    // the next paragraph after the limit.
    String slow = BatchFiles.wikinews("homeopathic.txt").repeat(60);
    Files.writeString(input, BatchFiles.line("slow", slow) + "\n"
        + BatchFiles.line("quick", "About 2,500 troops remain in Iraq.") + "\n", StandardCharsets.UTF_8);

    Run run = run("extract", "--timeout", "2", input.toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(2);
    assertThat(records.get(0).toString())
        .isEqualTo("{\"doc\":\"slow\",\"error\":{\"kind\":\"timeout\","
            + "\"message\":\"timeout in document slow: analysis took longer than 2000 ms\"}}");
    assertThat(records.get(1).path("doc").asText()).isEqualTo("quick");
    assertThat(records.get(1).has("error")).isFalse();
  }

  @Test
  void explainsTheBatchOptionsInItsHelp() {
    Run run = run("extract", "--help");

    assertThat(run.out()).contains("--timeout=SECONDS").contains("--resume").contains("--no-progress")
        .contains(".jsonl");
  }
}
