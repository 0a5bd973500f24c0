package io.claimkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Long documents of real news text for {@code bench --lengths}: the paragraphs of news articles, taken in
 * turn and joined by blank lines up to the length asked for, so that every size reads like news (headlines,
 * quotes, numbers, names) rather than one sentence repeated.
 */
final class LengthCorpus {

  private static final String BUNDLED = "/io/claimkit/bench/wikinews/";

  private LengthCorpus() {}

  /** The paragraphs of the bundled Wikinews texts, or of the {@code .txt} files of {@code dir}, in order. */
  static List<String> paragraphs(Path dir) throws IOException {
    List<String> texts = new ArrayList<>();
    if (dir == null) {
      for (String name : bundled("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
        texts.add(bundled(name));
      }
    } else {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (String text : texts) {
      for (String paragraph : text.split("\\R\\s*\\R")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(paragraph.strip());
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("no paragraphs of text in " + (dir == null ? BUNDLED : dir));
    }
    return paragraphs;
  }

  private static String bundled(String name) {
    try (InputStream in = LengthCorpus.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + BUNDLED + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraphs in turn, joined by blank lines, cut at a paragraph's end once {@code chars} are reached. */
  static String text(List<String> paragraphs, int chars) {
    StringBuilder text = new StringBuilder(chars + 4096);
    for (int i = 0; text.length() < chars; i++) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(paragraphs.get(i % paragraphs.size()));
    }
    return text.toString();
  }
}
