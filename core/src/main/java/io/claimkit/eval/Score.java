package io.claimkit.eval;

/**
 * Counts of one category: true positives (gold items found), false positives (predicted items with no gold
 * partner) and false negatives (gold items missed). With nothing to count, precision and recall are 1.
 */
public record Score(int tp, int fp, int fn) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + fn);
    }
  }

  /** tp / (tp + fp); 1 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn); 1 when the gold holds nothing. */
  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Score plus(Score other) {
    return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
  }
}
