package io.claimkit.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of scoring one or more extractions against gold: one {@link CategoryResult} per category. */
public record Evaluation(List<String> documentIds, List<CategoryResult> results) {

  public Evaluation {
    documentIds = List.copyOf(documentIds);
    results = List.copyOf(results);
  }

  /** The result of one category. */
  public CategoryResult result(Category category) {
    return results.stream()
        .filter(r -> r.category() == category)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for " + category));
  }

  public Score score(Category category) {
    return result(category).score();
  }

  /** The three claim categories added up: the claims F1 of an extraction. */
  public Score claims() {
    return score(Category.QUANTITY_CLAIMS)
        .plus(score(Category.ATTRIBUTION_CLAIMS))
        .plus(score(Category.EVENT_CLAIMS));
  }

  /** Two evaluations added up, category by category (micro-averaged). */
  public Evaluation plus(Evaluation other) {
    Map<Category, CategoryResult> sum = new EnumMap<>(Category.class);
    for (CategoryResult r : results) {
      sum.put(r.category(), r);
    }
    for (CategoryResult r : other.results) {
      sum.merge(r.category(), r, CategoryResult::plus);
    }
    List<String> ids = new ArrayList<>(documentIds);
    ids.addAll(other.documentIds);
    return new Evaluation(ids, List.copyOf(sum.values()));
  }
}
