package io.claimkit.opennlp;

import io.claimkit.internal.LexiconResource;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word lists of this backend, under {@code io/claimkit/opennlp/}, read by core's lexicon reader. */
final class Lexicon {

  private Lexicon() {}

  /** The entries of a list, lowercased. */
  static Set<String> words(String name) {
    return Set.copyOf(lines(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }

  /** The entries of a list as written. */
  static List<String> lines(String name) {
    return LexiconResource.entries(Lexicon.class, name);
  }
}
