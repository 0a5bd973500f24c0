package io.claimkit.quantity;

import io.claimkit.text.Span;
import java.util.Arrays;
import java.util.Collection;

/** A fixed set of spans that answers "does anything intersect this span?" in logarithmic time. */
final class SpanIndex {

  private final int[] begins;
  /** maxEnds[k]: the largest end among the first k + 1 spans in order of begin. */
  private final int[] maxEnds;

  SpanIndex(Collection<Span> spans) {
    Span[] sorted = spans.toArray(Span[]::new);
    Arrays.sort(sorted);
    begins = new int[sorted.length];
    maxEnds = new int[sorted.length];
    int max = Integer.MIN_VALUE;
    for (int k = 0; k < sorted.length; k++) {
      begins[k] = sorted[k].begin();
      max = Math.max(max, sorted[k].end());
      maxEnds[k] = max;
    }
  }

  /** True when some span of the set shares at least one code unit with {@code span}. */
  boolean intersects(Span span) {
    // the spans that begin before span.end(); one of them intersects when its end passes span.begin()
    int k = lastBeginBefore(span.end());
    return k >= 0 && maxEnds[k] > span.begin() && !span.isEmpty();
  }

  private int lastBeginBefore(int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
