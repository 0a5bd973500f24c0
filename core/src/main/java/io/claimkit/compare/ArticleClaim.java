package io.claimkit.compare;

import io.claimkit.claim.Claim;
import java.util.Objects;

/**
 * A claim and the article it stands in.
 *
 * @param document   the article's position among the compared articles, from 0
 * @param documentId the article's document id
 * @param index      the claim's position in its extraction's claims, from 0
 * @param claim      the claim
 */
public record ArticleClaim(int document, String documentId, int index, Claim claim) {

  public ArticleClaim {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(claim, "claim");
    if (document < 0 || index < 0) {
      throw new IllegalArgumentException("negative position " + document + ", " + index);
    }
  }

  /** The claim type as JSON names it: "quantity", "attribution" or "event". */
  public String type() {
    return claim.type().jsonName();
  }
}
