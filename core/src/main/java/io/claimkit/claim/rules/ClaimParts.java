package io.claimkit.claim.rules;

import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Mentions;
import io.claimkit.analysis.Sentence;
import io.claimkit.claim.ClaimContext;
import io.claimkit.internal.SortedSpans;
import io.claimkit.text.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What every built-in rule computes the same way: a claim's whole span and the mentions it uses. */
final class ClaimParts {

  private ClaimParts() {}

  /**
   * A sentence longer than this (no real one is; text without punctuation is) does not become the span of
   * each claim in it: the claim spans its own parts instead, so that a thousand numbers in one run-on
   * "sentence" do not each copy it.
   */
  static final int MAX_SENTENCE_CHARS = 2_000;

  /** The sentence, widened to the whole of every sentence a part reaches into (a quote may run on). */
  static Span claimSpan(ClaimContext context, Sentence sentence, List<Span> parts) {
    Span span = parts.get(0);
    for (Span part : parts) {
      span = span.union(part);
    }
    List<Sentence> sentences = context.sentences();
    int from = SortedSpans.firstEndingAfter(sentences, Sentence::span, span.begin());
    Span reached = span;
    for (int i = from; i < sentences.size() && sentences.get(i).span().begin() < reached.end(); i++) {
      Span other = sentences.get(i).span();
      if (other.length() <= MAX_SENTENCE_CHARS) {
        span = span.union(other);
      }
    }
    if (sentence.span().length() <= MAX_SENTENCE_CHARS) {
      span = span.union(sentence.span());
    }
    return span;
  }

  /** The mentions inside any of the given parts, in text order, each once. */
  static List<Mention> mentionsIn(ClaimContext context, List<Span> parts) {
    Set<Mention> found = new LinkedHashSet<>();
    for (Span part : parts) {
      found.addAll(Mentions.inside(context.analysis().mentions(), part));
    }
    return Mentions.sorted(List.copyOf(found));
  }
}
