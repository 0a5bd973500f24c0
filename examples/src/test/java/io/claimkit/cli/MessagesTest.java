package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.opennlp.OpenNlpBackend;
import io.claimkit.text.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a person reads when a document goes wrong: one line on stderr per document, naming its kind and the
 * document once and saying what to do, beside the document's record.
 */
class MessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLOW = "SLOW";

  @TempDir Path dir;

  /**
   * The OpenNLP backend, except that a text starting with {@value #SLOW} runs until its thread is interrupted
   * and then fails as CoreNLP does (with a RuntimeException of its own).
   */
  private static final class InterruptedLikeCoreNlp implements Backend {
    @Override
    public String name() {
      return "interruptible";
    }

    @Override
    public Analysis analyze(Document document) {
      if (document.text().startsWith(SLOW)) {
        while (true) {
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            throw new IllegalStateException("RuntimeInterruptedException", e);
          }
        }
      }
      return OpenNlpBackend.shared().analyze(document);
    }
  }

  private record Run(int status, List<JsonNode> records, String stderr) {}

  private static Run run(Backend backend, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ClaimKitCli.commandLine(() -> backend);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    PrintStream realErr = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    int status;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      status = cli.execute(args);
    } finally {
      System.setErr(realErr);
    }
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      try {
        records.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Run(status, records, logged.toString(StandardCharsets.UTF_8) + err);
  }

  private static List<String> linesNaming(String stderr, String doc) {
    return stderr.lines().filter(line -> line.contains(doc)).toList();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aTimedOutDocumentLogsOneLineThatSaysItTimedOut() throws Exception {
    Path slow = Files.writeString(dir.resolve("slow.txt"), SLOW + " the talks went on all night.\n");
    Path quick = Files.writeString(dir.resolve("quick.txt"), "The mayor said 30 roads were closed.\n");

    Run run = run(new InterruptedLikeCoreNlp(), "extract", "--no-progress", "--timeout", "0.3", slow.toString(),
        quick.toString());
    Thread.sleep(200); // the interrupted worker fails in the background: nothing of it may reach the log

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(run.records()).hasSize(2);
    assertThat(run.records().get(0).path("error").path("kind").asText()).isEqualTo("timeout");
    assertThat(run.records().get(1).has("error")).isFalse();
    List<String> lines = linesNaming(run.stderr(), slow.toString());
    assertThat(lines).singleElement().satisfies(line -> {
      assertThat(line).contains("timeout in document " + slow + ": analysis took longer than 300 ms");
      assertThat(count(line, slow.toString())).isOne();
    });
    assertThat(run.stderr()).doesNotContain("analysis_failed").doesNotContain("RuntimeInterruptedException");
  }

  @Test
  void binaryDataTooLargeAndEmptyDocumentsEachSayWhatTheyAreOnce() throws Exception {
    // The head of a JPEG file: a binary format, and not UTF-8 either.
    Path photo = Files.write(dir.resolve("photo.jpg"),
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    Path big = Files.writeString(dir.resolve("big.txt"), "The river rose 3 metres overnight, officials said.\n");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    Path good = Files.writeString(dir.resolve("good.txt"), "Fire crews rescued 14 people.\n");

    Run run = run(OpenNlpBackend.shared(), "extract", "--no-progress", "--max-chars", "40", photo.toString(),
        big.toString(), empty.toString(), blank.toString(), good.toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records).extracting(r -> r.path("doc").asText())
        .containsExactly(photo.toString(), big.toString(), empty.toString(), blank.toString(), good.toString());
    assertThat(records.get(0).path("error").path("kind").asText()).isEqualTo("not_text");
    assertThat(records.get(0).path("error").path("message").asText())
        .isEqualTo("not_text in document " + photo + ": binary data: a NUL byte at byte 4");
    assertThat(records.get(1).path("error").path("message").asText())
        .isEqualTo("too_large in document " + big + ": 51 chars, over the limit of 40 that --max-chars sets");
    assertThat(records.get(2).path("warning").asText()).isEqualTo("empty document: no text to analyze");
    assertThat(records.get(2).fieldNames()).toIterable()
        .containsExactly("doc", "warning", "regions", "mentions", "claims");
    assertThat(records.get(2).path("claims")).isEmpty();
    assertThat(records.get(3).path("warning").asText())
        .isEqualTo("blank document: only white space, no text to analyze");
    assertThat(records.get(4).has("warning")).isFalse();

    String stderr = run.stderr();
    assertThat(linesNaming(stderr, photo.toString())).singleElement()
        .satisfies(line -> assertThat(line).endsWith("not_text in document " + photo
            + ": binary data: a NUL byte at byte 4"));
    assertThat(linesNaming(stderr, big.toString())).singleElement()
        .satisfies(line -> assertThat(line).contains("--max-chars").contains("too_large"));
    assertThat(linesNaming(stderr, empty.toString())).singleElement()
        .satisfies(line -> assertThat(line).contains("[WARN]").endsWith("document " + empty + " is empty: no text to analyze"));
    assertThat(linesNaming(stderr, blank.toString())).singleElement()
        .satisfies(line -> assertThat(line).endsWith("document " + blank + " is blank: no text to analyze"));
    assertThat(linesNaming(stderr, good.toString())).isEmpty();
  }
}
