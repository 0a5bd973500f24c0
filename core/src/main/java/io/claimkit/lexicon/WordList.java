package io.claimkit.lexicon;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.internal.LexiconResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of words read from a resource, one entry a line, {@code #} comments, and optional flags after a tab,
 * separated by spaces ("announce	speech np"). Entries are lowercased. Immutable.
 */
public final class WordList {

  private final Map<String, String> flags;

  private WordList(Map<String, String> flags) {
    this.flags = Map.copyOf(flags);
  }

  /** Reads a list from a class-path resource next to {@code anchor}. */
  public static WordList resource(Class<?> anchor, String name) {
    return parse(LexiconResource.text(anchor, name));
  }

  /**
   * Reads a list from a UTF-8 file in the same format, for a user's own word lists.
   *
   * @throws ClaimKitException of kind {@code unreadable} when the file cannot be read
   */
  public static WordList read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, null, "cannot read word list " + file + ": " + e, e);
    }
  }

  /** Reads a list from its text in the same format. */
  public static WordList parse(String text) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (String entry : LexiconResource.entries(text)) {
      String[] fields = entry.split("\t", 2);
      flags.put(fields[0].strip().toLowerCase(Locale.ROOT), fields.length > 1 ? fields[1].strip() : "");
    }
    return new WordList(flags);
  }

  public static WordList of(Map<String, String> entries) {
    return new WordList(entries);
  }

  /** This list with the entries of another added (the other's flags win). */
  public WordList plus(WordList other) {
    Map<String, String> merged = new LinkedHashMap<>(flags);
    merged.putAll(other.flags);
    return new WordList(merged);
  }

  public boolean contains(String word) {
    return flags.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** True when the word is listed with this flag among its flags. */
  public boolean hasFlag(String word, String flag) {
    String listed = flags.get(word.toLowerCase(Locale.ROOT));
    if (listed == null || listed.isEmpty()) {
      return false;
    }
    for (String one : listed.split(" ")) {
      if (one.equals(flag)) {
        return true;
      }
    }
    return false;
  }

  public Set<String> words() {
    return flags.keySet();
  }
}
