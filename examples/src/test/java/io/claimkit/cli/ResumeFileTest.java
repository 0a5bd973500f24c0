package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeFileTest {

  @TempDir Path dir;

  @Test
  void cutsATornLastLineAndCountsTheRecordsOfEachId() throws IOException {
    Path file = dir.resolve("out.jsonl");
    String whole = "{\"doc\":\"a\",\"regions\":[]}\n{\"doc\":\"b\",\"error\":{\"kind\":\"timeout\"}}\n"
        + "{\"doc\":\"a\",\"regions\":[]}\n";
    Files.writeString(file, whole + "{\"doc\":\"c\",\"regi", StandardCharsets.UTF_8);

    Map<String, Integer> written = ResumeFile.prepare(file);

    assertThat(written).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2, "b", 1));
    assertThat(Files.readString(file)).isEqualTo(whole);
  }

  @Test
  void cutsAFileWithoutAnyWholeLineToNothing() throws IOException {
    Path file = dir.resolve("out.jsonl");
    Files.writeString(file, "x".repeat(20_000), StandardCharsets.UTF_8);

    assertThat(ResumeFile.truncateTornLine(file)).isEqualTo(20_000);
    assertThat(Files.size(file)).isZero();
    assertThat(ResumeFile.prepare(file)).isEmpty();
  }

  @Test
  void findsTheLastLineBreakBeyondOneReadWindow() throws IOException {
    Path file = dir.resolve("out.jsonl");
    String whole = "{\"doc\":\"a\"}\n";
    Files.writeString(file, whole + "y".repeat(10_000), StandardCharsets.UTF_8);

    assertThat(ResumeFile.truncateTornLine(file)).isEqualTo(10_000);
    assertThat(Files.readString(file)).isEqualTo(whole);
  }

  @Test
  void givesNothingForAMissingFileAndRefusesOneThatIsNotOutput() throws IOException {
    assertThat(ResumeFile.prepare(dir.resolve("missing.jsonl"))).isEmpty();
    Path other = dir.resolve("other.jsonl");
    Files.writeString(other, "{\"doc\":\"a\"}\n{\"id\":\"b\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ResumeFile.prepare(other))
        .isInstanceOf(ResumeFile.NotOutputException.class)
        .hasMessage(other + " line 2 is not a claimkit record; not resuming into it");
  }
}
