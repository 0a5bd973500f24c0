package io.claimkit.compare;

import java.util.Objects;

/**
 * Two claims of different articles that speak of the same thing.
 *
 * @param relation whether they agree or conflict
 * @param reason   why they were aligned and why they agree or conflict, for a person to read
 * @param wording  whether the compared texts are verbatim or paraphrased
 * @param a        the claim of the earlier article
 * @param b        the claim of the later article
 */
public record AlignedPair(Relation relation, String reason, Wording wording, ArticleClaim a, ArticleClaim b) {

  public AlignedPair {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.document() >= b.document()) {
      throw new IllegalArgumentException("a pair joins an earlier article to a later one");
    }
  }

  /** True when the claim is one side of this pair. */
  public boolean involves(ArticleClaim claim) {
    return a.equals(claim) || b.equals(claim);
  }
}
