package io.claimkit.report;

import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Short names for the claims of one article, in text order per type: Q1, Q2, A1, E1. */
final class ClaimLabels {

  private ClaimLabels() {}

  static List<String> of(List<Claim> claims) {
    Map<ClaimType, Integer> counts = new EnumMap<>(ClaimType.class);
    List<String> labels = new ArrayList<>();
    for (Claim claim : claims) {
      int n = counts.merge(claim.type(), 1, Integer::sum);
      labels.add(Character.toUpperCase(claim.type().jsonName().charAt(0)) + Integer.toString(n));
    }
    return labels;
  }
}
