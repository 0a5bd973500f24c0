package io.claimkit.claim.rules;

import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Sentence;
import io.claimkit.claim.ClaimContext;
import io.claimkit.text.Span;
import java.util.List;

/** What every built-in rule computes the same way: a claim's whole span and the mentions it uses. */
final class ClaimParts {

  private ClaimParts() {}

  /** The sentence, widened to cover every part (a quote may run past its sentence). */
  static Span claimSpan(Sentence sentence, List<Span> parts) {
    Span span = sentence.span();
    for (Span part : parts) {
      span = span.union(part);
    }
    return span;
  }

  /** The mentions inside any of the given parts, in text order. */
  static List<Mention> mentionsIn(ClaimContext context, List<Span> parts) {
    return context.analysis().mentions().stream()
        .filter(m -> parts.stream().anyMatch(p -> p.contains(m.span())))
        .toList();
  }
}
