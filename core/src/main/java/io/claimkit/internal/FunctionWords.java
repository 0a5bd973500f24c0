package io.claimkit.internal;

import io.claimkit.lexicon.WordList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English function words: prepositions ({@code prepositions.txt}) and the determiners, pronouns,
 * conjunctions and auxiliaries of {@code function-words.txt}. Loaded once; lookups are case-insensitive.
 */
public final class FunctionWords {

  private static final Set<String> PREPOSITIONS = load("prepositions.txt");
  private static final Set<String> ALL = union(PREPOSITIONS, load("function-words.txt"));

  private FunctionWords() {}

  public static boolean isPreposition(String word) {
    return PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for a preposition or any other word without content of its own ("the", "and", "were"). */
  public static boolean isFunctionWord(String word) {
    return ALL.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Set<String> load(String resource) {
    return WordList.resource(WordList.class, resource).words();
  }
}
