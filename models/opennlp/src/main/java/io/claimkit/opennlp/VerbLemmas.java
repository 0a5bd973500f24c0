package io.claimkit.opennlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * The lemmas of verbs and auxiliaries, from OpenNLP's lemmatizer, remembered per (word, tag). The lemmatizer
 * is the slowest stage of the pipeline; verbs repeat (said, was, have), so each form is lemmatized once, on
 * its own, which also makes a lemma independent of the sentence and the thread that first met it. The memory
 * is bounded: past {@value #MAX_ENTRIES} forms, new ones are lemmatized every time.
 */
final class VerbLemmas {

  static final int MAX_ENTRIES = 100_000;

  private final Map<String, String> known = new ConcurrentHashMap<>();

  /** The lowercased lemma of a verb, or the lowercased word when the lemmatizer has none. */
  String lemma(LemmatizerME lemmatizer, String word, String tag) {
    String key = tag + ' ' + word;
    String lemma = known.get(key);
    if (lemma == null) {
      String found = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
      lemma = usable(found, word);
      if (known.size() < MAX_ENTRIES) {
        known.put(key, lemma);
      }
    }
    return lemma;
  }

  /** The lemmatizer answers "O" or an empty string when it has no class; fall back on the word. */
  private static String usable(String lemma, String word) {
    return lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.contains("+")
        ? word.toLowerCase(Locale.ROOT)
        : lemma.toLowerCase(Locale.ROOT);
  }
}
