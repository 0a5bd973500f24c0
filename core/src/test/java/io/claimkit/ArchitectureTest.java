package io.claimkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.testing.CrudeBackend;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules of the house that a compiler does not check. */
class ArchitectureTest {

  private static final Path MAIN_SOURCES = Path.of("src/main/java");

  @Test
  void coreImportsNoBackendTypes() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(50);
    for (Path source : sources) {
      for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
        assertThat(line.strip())
            .as("%s", source)
            .doesNotStartWith("import edu.stanford")
            .doesNotStartWith("import opennlp")
            .doesNotStartWith("import static edu.stanford")
            .doesNotStartWith("import static opennlp");
      }
    }
  }

  @Test
  void anExtractionPrintsNothingToStdout() {
    String text = "Storm kills 3\n\nBy Jane Doe\n\nAbout 2,500 troops remain, officials said. "
        + "\"At least 151 attacks,\" she said.\n";
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Extraction extraction;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      extraction = ClaimPipeline.builder().backend(new CrudeBackend()).build().extract(Document.of("a", text));
    } finally {
      System.setOut(stdout);
    }
    SpanInvariants.check(extraction);
    assertThat(extraction.claims()).isNotEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
