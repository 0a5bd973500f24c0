package io.claimkit.internal;

import io.claimkit.text.Span;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Which of many spans, in any order and possibly overlapping, contain a given span: the question "is this
 * token inside some attribution's content" asked for every token of a document, answered without a scan of
 * all the spans each time (which made a rule quadratic in the document's length). Built once in
 * {@code O(n log n)}; {@link #anyContains} costs a logarithm, {@link #firstContaining} the square of one (a
 * merge-sort tree over the spans sorted by begin), whatever the spans: one span over the whole text (an
 * unclosed quote) makes no query slower. Immutable and thread-safe.
 */
public final class CoveringSpans {

  /** Positions in the list given, sorted by begin. */
  private final int[] byBegin;
  private final int[] begins;
  /** The farthest end among the spans at or before each position of {@code byBegin}. */
  private final int[] reach;
  /** Per node of the tree over {@code byBegin}: its spans' ends, descending, and the least position so far. */
  private final int[][] nodeEnds;
  private final int[][] nodeFirst;

  private CoveringSpans(List<Span> spans) {
    Integer[] order = new Integer[spans.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> spans.get(i).begin()));
    byBegin = new int[order.length];
    begins = new int[order.length];
    int[] ends = new int[order.length];
    reach = new int[order.length];
    int farthest = Integer.MIN_VALUE;
    for (int k = 0; k < order.length; k++) {
      Span span = spans.get(order[k]);
      byBegin[k] = order[k];
      begins[k] = span.begin();
      ends[k] = span.end();
      farthest = Math.max(farthest, span.end());
      reach[k] = farthest;
    }
    int nodes = Math.max(1, 4 * order.length);
    nodeEnds = new int[nodes][];
    nodeFirst = new int[nodes][];
    if (order.length > 0) {
      build(1, 0, order.length, ends);
    }
  }

  /** Fills node {@code node}, which covers positions {@code [low, high)} of {@code byBegin}. */
  private void build(int node, int low, int high, int[] ends) {
    Integer[] members = new Integer[high - low];
    for (int k = low; k < high; k++) {
      members[k - low] = k;
    }
    Arrays.sort(members, Comparator.comparingInt((Integer k) -> ends[k]).reversed());
    int[] nodeEnd = new int[members.length];
    int[] first = new int[members.length];
    int least = Integer.MAX_VALUE;
    for (int m = 0; m < members.length; m++) {
      nodeEnd[m] = ends[members[m]];
      least = Math.min(least, byBegin[members[m]]);
      first[m] = least;
    }
    nodeEnds[node] = nodeEnd;
    nodeFirst[node] = first;
    if (high - low > 1) {
      int mid = (low + high) >>> 1;
      build(2 * node, low, mid, ends);
      build(2 * node + 1, mid, high, ends);
    }
  }

  /** The spans of the items, each item known by its position in {@code items}. */
  public static <T> CoveringSpans of(List<T> items, Function<? super T, Span> span) {
    return new CoveringSpans(items.stream().map(span).map(Span.class::cast).toList());
  }

  /** Whether one of the spans contains {@code inner} (begins at or before it and ends at or after it). */
  public boolean anyContains(Span inner) {
    int last = lastBeginningAtOrBefore(inner.begin());
    return last >= 0 && reach[last] >= inner.end();
  }

  /** The least position, in the list given, of a span that contains {@code inner}; empty when none does. */
  public OptionalInt firstContaining(Span inner) {
    int last = lastBeginningAtOrBefore(inner.begin());
    if (last < 0 || reach[last] < inner.end()) {
      return OptionalInt.empty();
    }
    int best = first(1, 0, begins.length, last + 1, inner.end());
    return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The least position among the spans at positions {@code [0, upTo)} of node's range that end at or after {@code end}. */
  private int first(int node, int low, int high, int upTo, int end) {
    if (upTo <= low) {
      return Integer.MAX_VALUE;
    }
    if (high <= upTo) {
      int[] nodeEnd = nodeEnds[node];
      int count = countAtLeast(nodeEnd, end);
      return count == 0 ? Integer.MAX_VALUE : nodeFirst[node][count - 1];
    }
    int mid = (low + high) >>> 1;
    return Math.min(first(2 * node, low, mid, upTo, end), first(2 * node + 1, mid, high, upTo, end));
  }

  /** How many of the descending values are at least {@code value}. */
  private static int countAtLeast(int[] descending, int value) {
    int low = 0;
    int high = descending.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (descending[mid] >= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private int lastBeginningAtOrBefore(int offset) {
    int low = 0;
    int high = begins.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (begins[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }
}
