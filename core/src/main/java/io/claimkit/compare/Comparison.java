package io.claimkit.compare;

import java.util.List;
import java.util.Objects;

/**
 * The claims of two or more articles, aligned: every claim stands in at least one pair or among the claims
 * only its own article makes. A claim may stand in more than one pair, as when a rewrite merges in one
 * sentence what its source says in two.
 *
 * @param documents the document ids, in the order compared
 * @param pairs     the aligned pairs, by article and then by the text order of their first claim
 * @param onlyIn    the claims no other article makes, by article and text order
 * @param clusters  the paired claims grouped across all the articles, by first member
 * @param summary   each article's counts of agreed, conflicting and exclusive claims, in the order compared
 * @param threshold the least score a kept pair has
 */
public record Comparison(
    List<String> documents, List<AlignedPair> pairs, List<ArticleClaim> onlyIn, List<ClaimCluster> clusters,
    List<ArticleSummary> summary, double threshold) {

  public Comparison {
    documents = List.copyOf(documents);
    pairs = List.copyOf(pairs);
    onlyIn = List.copyOf(onlyIn);
    clusters = List.copyOf(clusters);
    summary = List.copyOf(summary);
  }

  /** The pairs a claim stands in, possibly none. */
  public List<AlignedPair> pairsOf(ArticleClaim claim) {
    Objects.requireNonNull(claim, "claim");
    return pairs.stream().filter(p -> p.involves(claim)).toList();
  }

  /** The pairs of one relation. */
  public List<AlignedPair> pairs(Relation relation) {
    return pairs.stream().filter(p -> p.relation() == relation).toList();
  }
}
