package io.claimkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CoveringSpansTest {

  @Test
  void findsTheFirstSpanInListOrderThatContainsTheQuery() {
    List<Span> spans = List.of(new Span(10, 20), new Span(0, 100), new Span(12, 18), new Span(30, 40));
    CoveringSpans covering = CoveringSpans.of(spans, Function.identity());

    assertThat(covering.firstContaining(new Span(13, 15))).hasValue(0);
    assertThat(covering.firstContaining(new Span(5, 25))).hasValue(1);
    assertThat(covering.firstContaining(new Span(30, 40))).hasValue(1);
    assertThat(covering.firstContaining(new Span(90, 101))).isEmpty();
    assertThat(covering.anyContains(new Span(31, 32))).isTrue();
    assertThat(covering.anyContains(new Span(99, 101))).isFalse();
    assertThat(CoveringSpans.of(List.<Span>of(), Function.identity()).firstContaining(new Span(0, 1))).isEmpty();
  }

  @Test
  void agreesWithAScanOnRandomSpans() {
    Random random = new Random(16);
    for (int round = 0; round < 200; round++) {
      List<Span> spans = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        int begin = random.nextInt(100);
        spans.add(new Span(begin, begin + random.nextInt(40)));
      }
      CoveringSpans covering = CoveringSpans.of(spans, Function.identity());
      for (int q = 0; q < 50; q++) {
        int begin = random.nextInt(120);
        Span query = new Span(begin, begin + random.nextInt(10));
        OptionalInt scan = OptionalInt.empty();
        for (int i = 0; i < spans.size() && scan.isEmpty(); i++) {
          if (spans.get(i).contains(query)) {
            scan = OptionalInt.of(i);
          }
        }
        assertThat(covering.firstContaining(query)).as("%s in %s", query, spans).isEqualTo(scan);
        assertThat(covering.anyContains(query)).isEqualTo(scan.isPresent());
      }
    }
  }
}
