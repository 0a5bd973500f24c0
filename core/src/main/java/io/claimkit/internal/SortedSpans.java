package io.claimkit.internal;

import io.claimkit.text.Span;
import java.util.List;
import java.util.function.Function;

/**
 * Binary search over things in text order (tokens, sentences, mentions, regions), so that looking up what
 * stands at an offset costs a logarithm, not a scan: a run-on text must not make the rules quadratic.
 */
public final class SortedSpans {

  private SortedSpans() {}

  /**
   * The index of the first item whose span ends after {@code offset}, or {@code items.size()} if none does.
   * The items' ends must be ascending.
   */
  public static <T> int firstEndingAfter(List<T> items, Function<? super T, Span> span, int offset) {
    int low = 0;
    int high = items.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (span.apply(items.get(mid)).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The index of the first item whose span begins at or after {@code offset}, or {@code items.size()} if none
   * does. The items' begins must be ascending.
   */
  public static <T> int firstBeginningAtOrAfter(List<T> items, Function<? super T, Span> span, int offset) {
    int low = 0;
    int high = items.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (span.apply(items.get(mid)).begin() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
