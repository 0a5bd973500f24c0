package io.claimkit.compare.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped lexical resource is exactly what the generator derives from WordNet: nobody edits it by hand.
 * Loading WordNet takes some 20 s of CPU, so the check runs under CI (and with {@code CI=true} by hand) only.
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true")
class WordNetRelationsGeneratorTest {

  @Test
  void theShippedResourceIsTheGeneratorsOutput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("lexical-relations.tsv.gz");
    WordNetRelationsGenerator.main(new String[] {out.toString()});

    List<String> derived = lines(Files.newInputStream(out));
    List<String> shipped = lines(getClass().getResourceAsStream("/io/claimkit/compare/lexical-relations.tsv.gz"));
    assertThat(derived).hasSize(shipped.size());
    assertThat(derived).isEqualTo(shipped);
    assertThat(shipped.get(0)).contains("WordNet 3.1");
    assertThat(shipped).anyMatch(l -> l.contains("WordNet 3.1 Copyright 2011 by Princeton University"));
  }

  private static List<String> lines(java.io.InputStream raw) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }
}
