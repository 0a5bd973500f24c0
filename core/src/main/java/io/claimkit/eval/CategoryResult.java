package io.claimkit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The score of one category, the agreements on its matched pairs, and its misses and false alarms. */
public record CategoryResult(
    Category category,
    Score score,
    List<Agreement> agreements,
    List<Item> misses,
    List<Item> falseAlarms) {

  public CategoryResult {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(score, "score");
    agreements = List.copyOf(agreements);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
  }

  public Optional<Agreement> agreement(String name) {
    return agreements.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The results of two evaluations of the same category added up. */
  public CategoryResult plus(CategoryResult other) {
    if (other.category != category) {
      throw new IllegalArgumentException(category + " + " + other.category);
    }
    List<Agreement> merged = new ArrayList<>(agreements);
    for (Agreement a : other.agreements) {
      int i = indexOf(merged, a.name());
      if (i < 0) {
        merged.add(a);
      } else {
        merged.set(i, merged.get(i).plus(a));
      }
    }
    return new CategoryResult(
        category, score.plus(other.score), merged, concat(misses, other.misses),
        concat(falseAlarms, other.falseAlarms));
  }

  private static int indexOf(List<Agreement> agreements, String name) {
    for (int i = 0; i < agreements.size(); i++) {
      if (agreements.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Item> concat(List<Item> a, List<Item> b) {
    List<Item> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
