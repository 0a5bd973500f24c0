package io.claimkit.compare;

import io.claimkit.compare.LexicalRelations.Kinship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * How much two texts share, counting a content word as shared when the other text has its stem or a synonym
 * of it ("cut" and "reduce"): what makes a quote and its paraphrase match.
 *
 * @param matched     the content words of the smaller text matched in the other
 * @param smaller     how many content words the smaller text has
 * @param dice        2 × matched / (words of one + words of the other)
 * @param sharedWords the words shared by stem, as the first text writes them
 * @param synonyms    the pairs matched by meaning, "cut/reduce"
 */
record MeaningOverlap(int matched, int smaller, double dice, List<String> sharedWords, List<String> synonyms) {

  static MeaningOverlap between(String x, String y) {
    Map<String, String> wx = contentWords(x);
    Map<String, String> wy = contentWords(y);
    Set<String> shared = new HashSet<>(wx.keySet());
    shared.retainAll(wy.keySet());
    List<String> synonyms = new ArrayList<>();
    Set<String> usedY = new HashSet<>(shared);
    int matched = shared.size();
    for (Map.Entry<String, String> a : wx.entrySet()) {
      if (shared.contains(a.getKey())) {
        continue;
      }
      for (Map.Entry<String, String> b : wy.entrySet()) {
        if (usedY.contains(b.getKey())) {
          continue;
        }
        if (Term.of(a.getValue()).kinship(Term.of(b.getValue())).atLeast(Kinship.SYNONYM)) {
          usedY.add(b.getKey());
          synonyms.add(a.getValue() + "/" + b.getValue());
          matched++;
          break;
        }
      }
    }
    int total = wx.size() + wy.size();
    double dice = total == 0 ? 0 : 2.0 * matched / total;
    return new MeaningOverlap(matched, Math.min(wx.size(), wy.size()), dice,
        ContentWords.sharedWords(x, shared), synonyms);
  }

  private static Map<String, String> contentWords(String text) {
    return ContentWords.byStem(text);
  }
}
