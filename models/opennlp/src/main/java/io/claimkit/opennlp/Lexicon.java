package io.claimkit.opennlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists shipped as resources under {@code io/claimkit/opennlp/}: one entry a line, {@code #} comments. */
final class Lexicon {

  private Lexicon() {}

  /** The entries of a list, lowercased. */
  static Set<String> words(String name) {
    return Set.copyOf(lines(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }

  /** The entries of a list as written, trimmed, without comments and blank lines. */
  static List<String> lines(String name) {
    String path = "/io/claimkit/opennlp/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
