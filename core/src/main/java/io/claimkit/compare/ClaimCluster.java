package io.claimkit.compare;

import java.util.List;

/**
 * Claims of several articles joined by aligned pairs, directly or through one another: one claim made by
 * several outlets ("a claim made by three of five").
 *
 * @param members    the claims, by article and text order
 * @param agreements the agreeing pairs among them
 * @param conflicts  the conflicting pairs among them
 */
public record ClaimCluster(List<ArticleClaim> members, List<AlignedPair> agreements, List<AlignedPair> conflicts) {

  public ClaimCluster {
    members = List.copyOf(members);
    agreements = List.copyOf(agreements);
    conflicts = List.copyOf(conflicts);
  }

  /** How many articles the cluster's claims stand in. */
  public int articles() {
    return (int) members.stream().mapToInt(ArticleClaim::document).distinct().count();
  }
}
