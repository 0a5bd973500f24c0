package io.claimkit.opennlp;

import io.claimkit.internal.LexiconResource;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word lists of this backend, under {@code io/claimkit/opennlp/}, read by core's lexicon reader. */
final class Lexicon {

  /** The gazetteers the rule finder and the name model's features read, loaded once for both. */
  static final Set<String> LOCATIONS = Set.copyOf(lines("locations.txt"));
  static final Set<String> NATIONALITIES = Set.copyOf(lines("nationalities.txt"));
  static final Set<String> ORGANIZATIONS = Set.copyOf(lines("organizations.txt"));
  static final Set<String> ORGANIZATION_CUES = Set.copyOf(lines("organization-cues.txt"));
  static final Set<String> LOCATION_CUES = Set.copyOf(lines("location-cues.txt"));
  static final Set<String> TITLES = words("titles.txt");
  static final Set<String> FIRST_NAMES = Set.copyOf(lines("first-names.txt"));

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
