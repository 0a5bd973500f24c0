package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.analysis.Backend;
import io.claimkit.opennlp.OpenNlpBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A run never reads its own output, even when the output lies in the folder it reads. */
class OwnOutputTest {

  private static final Supplier<Backend> OPENNLP = OpenNlpBackend::shared;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ClaimKitCli.commandLine(OPENNLP);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeEach
  void writeArticles() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The council said 40 homes were flooded on Monday.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "About 300 workers went on strike, the union said.\n", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.txt"), "Police arrested 12 people after the match.\n", StandardCharsets.UTF_8);
  }

  private List<String> articles() {
    return List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
        dir.resolve("sub").resolve("c.txt").toString());
  }

  private static List<String> docs(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(OwnOutputTest::doc).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String doc(String line) {
    try {
      JsonNode record = JSON.readTree(line);
      assertThat(record.has("error")).as(line).isFalse();
      return record.path("doc").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void extractIntoTheFolderItReadsWritesOneRecordPerArticleRunAfterRun() {
    Path out = dir.resolve("out.jsonl");
    for (int i = 0; i < 2; i++) {
      Run run = run("extract", "--no-progress", dir.toString(), "-o", out.toString());
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(docs(out)).containsExactlyElementsOf(articles());
    }
    Run resumed = run("extract", "--no-progress", dir.toString(), "-o", out.toString(), "--resume");
    assertThat(resumed.status()).as(resumed.err()).isZero();
    assertThat(docs(out)).containsExactlyElementsOf(articles());
  }

  @Test
  void resumeAfterAStopGoesOnWithoutReadingTheOutput() throws IOException {
    Path out = dir.resolve("out.jsonl");
    assertThat(run("extract", "--no-progress", dir.toString(), "-o", out.toString()).status()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    // A run killed after its first record, in the middle of its second.
    Files.writeString(out, lines.get(0) + "\n" + lines.get(1).substring(0, 20), StandardCharsets.UTF_8);

    Run resumed = run("extract", "--no-progress", dir.toString(), "-o", out.toString(), "--resume");

    assertThat(resumed.status()).as(resumed.err()).isZero();
    assertThat(docs(out)).containsExactlyElementsOf(articles());
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).isEqualTo(lines);
  }

  @Test
  void theOutputReachedByAnotherPathIsStillLeftOut() {
    Path out = dir.resolve("sub").resolve("..").resolve("out.jsonl");
    for (int i = 0; i < 2; i++) {
      Run run = run("extract", "--no-progress", dir.toString(), "-o", out.toString());
      assertThat(run.status()).as(run.err()).isZero();
    }
    assertThat(docs(dir.resolve("out.jsonl"))).containsExactlyElementsOf(articles());
  }

  @Test
  void anInputNamedThatIsTheOutputIsABadCommandLine() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "", StandardCharsets.UTF_8);

    Run run = run("extract", dir.resolve("a.txt").toString(), dir.resolve(".").resolve("out.jsonl").toString(),
        "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("input " + dir.resolve(".").resolve("out.jsonl")
        + " is this run's output; a run never reads its own output");
    assertThat(out).isEmptyFile();
  }

  @Test
  void reportIntoTheFolderItReadsShowsOnlyTheArticles() throws IOException {
    Path html = dir.resolve("report.html");
    for (int i = 0; i < 2; i++) {
      Run run = run("report", "--backend", "opennlp", "-o", html.toString(), dir.toString());
      assertThat(run.status()).as(run.err()).isZero();
    }
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("40 homes").doesNotContain("&lt;html").doesNotContain("&lt;!DOCTYPE");

    Run named = run("report", "-o", html.toString(), dir.resolve("a.txt").toString(), html.toString());
    assertThat(named.status()).isEqualTo(2);
    assertThat(named.err()).contains("is this run's output");
  }
}
