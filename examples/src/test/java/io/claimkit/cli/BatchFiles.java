package io.claimkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test inputs for batch runs: the bundled Wikinews texts as JSON Lines. */
final class BatchFiles {

  /** The shortest bundled Wikinews texts, so that runs on the real models stay quick. */
  static final List<String> SHORT = List.of(
      "worship.txt", "stampede.txt", "crane.txt", "asylum.txt", "flag.txt", "korea.txt", "imprisoned.txt",
      "ie9.txt");

  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchFiles() {}

  static String wikinews(String name) {
    try (InputStream in = BatchFiles.class.getResourceAsStream("/io/claimkit/bench/wikinews/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSON Lines input line. */
  static String line(String id, String text) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("text", text);
    return node.toString();
  }

  /** The named texts as JSON Lines, each with its file name as id. */
  static String jsonLines(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append(line(name, wikinews(name))).append('\n');
    }
    return out.toString();
  }
}
