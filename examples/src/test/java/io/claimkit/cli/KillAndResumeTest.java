package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.corenlp.CoreNlpBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real {@code claimkit extract} process, on the real CoreNLP models, killed in the middle of a run and
 * restarted with {@code --resume}: every input ends up with exactly one record, byte for byte the record of
 * a clean run.
 */
class KillAndResumeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aRunKilledMidwayAndResumedLosesAndDuplicatesNothing() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, BatchFiles.jsonLines(BatchFiles.SHORT), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");

    Process first = extract(input, out, "-j", "2");
    try {
      waitForRecords(first, out, 3);
    } finally {
      first.destroyForcibly();
    }
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    int before = Files.readAllLines(out, StandardCharsets.UTF_8).size();
    assertThat(before).as("records written before the kill").isBetween(3, BatchFiles.SHORT.size() - 1);

    Process second = extract(input, out, "--resume");
    assertThat(second.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    Map<String, String> byId = new HashMap<>();
    for (String line : lines) {
      String id = JSON.readTree(line).path("doc").asText();
      assertThat(byId.put(id, line)).as("a second record for %s", id).isNull();
    }
    assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(BatchFiles.SHORT);
    List<String> clean = cleanRun(input);
    assertThat(lines).containsExactlyElementsOf(clean);
  }

  /** {@code claimkit extract} in a child JVM on this test's classpath, stdout and stderr to files. */
  private Process extract(Path input, Path out, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), ClaimKitCli.class.getName(), "extract"));
    command.addAll(List.of(options));
    command.addAll(List.of("-o", out.toString(), input.toString()));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  /** Waits until the file holds {@code count} whole records, or the process ends. */
  private static void waitForRecords(Process process, Path file, int count) throws Exception {
    while (process.isAlive()) {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count()
          >= count) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the process ended before writing " + count + " records: " + process.exitValue());
  }

  /** The records of an uninterrupted run, in this JVM. */
  private List<String> cleanRun(Path input) throws IOException {
    Path clean = dir.resolve("clean.jsonl");
    CommandLine cli = ClaimKitCli.commandLine(CoreNlpBackend::shared);
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("extract", "-o", clean.toString(), input.toString())).isZero();
    return Files.readAllLines(clean, StandardCharsets.UTF_8);
  }
}
