package io.claimkit.claim.rules;

import java.util.Locale;
import java.util.Set;

/** Personal pronouns. Some backends report them as person mentions; a pronoun names nobody by itself. */
final class Pronouns {

  private static final Set<String> PERSONAL =
      Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "me", "my", "we", "us",
          "our", "you", "your", "it", "its");

  private Pronouns() {}

  static boolean isPronoun(String word) {
    return PERSONAL.contains(word.toLowerCase(Locale.ROOT));
  }
}
