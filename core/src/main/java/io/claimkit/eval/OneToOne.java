package io.claimkit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs gold items with predicted items one to one: each gold item, in order, takes the best-scoring
 * predicted item that matches it and is still free (the earliest on a tie).
 */
final class OneToOne<G, P> {

  /** A matched pair. */
  record Pair<G, P>(G gold, P predicted) {}

  private final List<Pair<G, P>> pairs = new ArrayList<>();
  private final List<G> missed = new ArrayList<>();
  private final List<P> unmatched;

  private OneToOne(List<P> predicted) {
    this.unmatched = new ArrayList<>(predicted);
  }

  static <G, P> OneToOne<G, P> match(
      List<G> gold, List<P> predicted, BiPredicate<G, P> matches, ToDoubleBiFunction<G, P> preference) {
    OneToOne<G, P> result = new OneToOne<>(predicted);
    for (G g : gold) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < result.unmatched.size(); i++) {
        P p = result.unmatched.get(i);
        if (matches.test(g, p)) {
          double score = preference.applyAsDouble(g, p);
          if (score > bestScore) {
            best = i;
            bestScore = score;
          }
        }
      }
      if (best < 0) {
        result.missed.add(g);
      } else {
        result.pairs.add(new Pair<>(g, result.unmatched.remove(best)));
      }
    }
    return result;
  }

  static <G, P> OneToOne<G, P> match(List<G> gold, List<P> predicted, BiPredicate<G, P> matches) {
    return match(gold, predicted, matches, (g, p) -> 0);
  }

  List<Pair<G, P>> pairs() {
    return pairs;
  }

  List<G> missed() {
    return missed;
  }

  List<P> falseAlarms() {
    return unmatched;
  }

  Score score() {
    return new Score(pairs.size(), unmatched.size(), missed.size());
  }
}
