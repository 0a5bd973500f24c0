package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.batch.BatchInput;
import io.claimkit.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFileTest {

  @TempDir Path dir;

  private static List<BatchInput> all(Iterator<BatchInput> inputs) {
    List<BatchInput> list = new ArrayList<>();
    inputs.forEachRemaining(list::add);
    return list;
  }

  @Test
  void readsOneDocumentALineWithItsMetadataAndSkipsBlankLines() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2024-01-25\",\"source\":\"AP\"}\r\n"
        + "  \n{\"id\":\"b\",\"text\":\"Two.\"}", StandardCharsets.UTF_8);

    List<BatchInput> inputs = all(new JsonLinesFile(file, 1000));

    assertThat(inputs).extracting(BatchInput::id).containsExactly("a", "b");
    Document a = inputs.get(0).loader().read();
    assertThat(a.text()).isEqualTo("One.");
    assertThat(a.published()).contains(LocalDate.of(2024, 1, 25));
    assertThat(a.source()).contains("AP");
    assertThat(JsonLinesFile.countLines(file)).isEqualTo(2);
  }

  @Test
  void givesALineLongerThanTheLimitATooLargeErrorAndGoesOn() throws IOException {
    Path file = dir.resolve("in.jsonl");
    String longText = "x".repeat(6 * 10 + 64 * 1024 + 10);
    Files.writeString(file, "{\"id\":\"big\",\"text\":\"" + longText + "\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n",
        StandardCharsets.UTF_8);

    List<BatchInput> inputs = all(new JsonLinesFile(file, 10));

    assertThat(inputs).extracting(BatchInput::id).containsExactly(file + ":1", "small");
    assertThatThrownBy(() -> inputs.get(0).loader().read())
        .isInstanceOf(ClaimKitException.class)
        .satisfies(e -> assertThat(((ClaimKitException) e).kind()).isEqualTo(ErrorKind.TOO_LARGE));
  }

  @Test
  void namesAMissingFileUnreadable() {
    Path missing = dir.resolve("missing.ndjson");

    List<BatchInput> inputs = all(new JsonLinesFile(missing, 10));

    assertThat(inputs).extracting(BatchInput::id).containsExactly(missing.toString());
    assertThatThrownBy(() -> inputs.get(0).loader().read())
        .isInstanceOf(ClaimKitException.class)
        .hasMessageStartingWith("unreadable in document " + missing + ": cannot read: ");
  }

  @Test
  void tellsJsonLinesFilesByTheirEnding() {
    assertThat(JsonLinesFile.isJsonLines(Path.of("a/b.jsonl"))).isTrue();
    assertThat(JsonLinesFile.isJsonLines(Path.of("b.NDJSON"))).isTrue();
    assertThat(JsonLinesFile.isJsonLines(Path.of("b.json"))).isFalse();
    assertThat(JsonLinesFile.isJsonLines(Path.of("jsonl.txt"))).isFalse();
  }

  @Test
  void mixesFoldersTextFilesAndJsonLinesInOrderAndSkipsWhatWasWritten() throws IOException {
    Files.createDirectory(dir.resolve("folder"));
    Files.writeString(dir.resolve("folder/a.txt"), "A text.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("folder/b.jsonl"), "{\"id\":\"x\",\"text\":\"X.\"}\n{\"id\":\"y\",\"text\":\"Y.\"}\n"
        + "{\"id\":\"x\",\"text\":\"X again.\"}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c.txt"), "C text.", StandardCharsets.UTF_8);
    List<Path> paths = List.of(dir.resolve("folder"), dir.resolve("c.txt"));

    List<TextInputs.FileEntry> listed = TextInputs.list(paths, OwnOutputs.NONE);
    assertThat(all(DocumentInputs.of(paths, listed, 1000))).extracting(BatchInput::id)
        .containsExactly(dir.resolve("folder/a.txt").toString(), "x", "y", "x", dir.resolve("c.txt").toString());
    assertThat(DocumentInputs.count(paths, listed)).isEqualTo(5);
    // One record of x and the text file are written: the second x is still to do.
    Map<String, Integer> written = new java.util.HashMap<>(Map.of("x", 1, dir.resolve("folder/a.txt").toString(), 1));
    List<BatchInput> left = all(DocumentInputs.skipping(DocumentInputs.of(paths, listed, 1000), written));
    assertThat(left).extracting(BatchInput::id).containsExactly("y", "x", dir.resolve("c.txt").toString());
    assertThat(left.get(1).loader().read().text()).isEqualTo("X again.");
  }
}
