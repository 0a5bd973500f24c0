package io.claimkit.claim.rules;

import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.text.Span;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Who says what stands at a place of the text: the speaker of the innermost reported content that holds a
 * span ("According to ABC, the minister said that 40 people died": the minister). The attributions are
 * sorted once per document by where their content begins; spans are then asked in text order, and a stack
 * of the contents open at the current place answers each in amortized constant time, so a document costs
 * n log n in its attributions plus linear time in its numbers.
 */
final class ReportedContents {

  private final List<AttributionClaim> byContent;
  private final Deque<AttributionClaim> open = new ArrayDeque<>();
  private int next;
  private int lastBegin = Integer.MIN_VALUE;

  ReportedContents(List<AttributionClaim> attributions) {
    // Outer contents first where two begin together, so that the inner one is on top of the stack.
    this.byContent = attributions.stream()
        .sorted(Comparator.comparingInt((AttributionClaim a) -> a.content().span().begin())
            .thenComparing(a -> -a.content().span().end()))
        .toList();
  }

  /**
   * The speaker of the innermost content that contains {@code span}. Spans are to be asked in order of their
   * begin (mentions of a document are); one asked out of order is answered by a scan of all attributions.
   */
  Optional<Speaker> speakerOf(Span span) {
    if (span.begin() < lastBegin) {
      return byContent.stream()
          .filter(a -> a.content().span().contains(span))
          .min(Comparator.comparingInt(a -> a.content().span().length()))
          .map(AttributionClaim::speaker);
    }
    lastBegin = span.begin();
    while (next < byContent.size() && byContent.get(next).content().span().begin() <= span.begin()) {
      open.push(byContent.get(next++));
    }
    // A content that ends before this span begins can hold no later span either.
    while (!open.isEmpty() && open.peek().content().span().end() <= span.begin()) {
      open.pop();
    }
    for (AttributionClaim content : open) { // from the top: the latest begun, the innermost; nearly always the first
      if (content.content().span().contains(span)) {
        return Optional.of(content.speaker());
      }
    }
    return Optional.empty();
  }
}
