package io.claimkit.text;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a word list shipped next to this class: one word a line, {@code #} comments, lower-cased. */
final class WordList {

  private WordList() {}

  static Set<String> resource(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(w -> !w.isEmpty() && !w.startsWith("#"))
          .map(w -> w.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "cannot read resource " + name, e);
    }
  }
}
