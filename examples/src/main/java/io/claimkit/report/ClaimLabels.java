package io.claimkit.report;

import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.QuantityClaim;
import java.util.ArrayList;
import java.util.List;

/** Short names for the claims of one article, in text order per type: Q1, Q2, A1, E1. */
final class ClaimLabels {

  private ClaimLabels() {}

  static List<String> of(List<Claim> claims) {
    int q = 0;
    int a = 0;
    int e = 0;
    List<String> labels = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim instanceof QuantityClaim) {
        labels.add("Q" + ++q);
      } else if (claim instanceof AttributionClaim) {
        labels.add("A" + ++a);
      } else {
        labels.add("E" + ++e);
      }
    }
    return labels;
  }
}
