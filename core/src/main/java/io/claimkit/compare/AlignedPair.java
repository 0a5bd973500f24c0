package io.claimkit.compare;

import java.util.List;
import java.util.Objects;

/**
 * Two claims of different articles that speak of the same thing.
 *
 * @param relation whether they agree or conflict
 * @param score    how sure the alignment is, from 0 to 1; pairs under the aligner's threshold are not kept
 * @param reasons  what made the alignment and the relation, each for a person to read, in order: what is
 *                 measured or who speaks, the event, place, time and speaker, and the values
 * @param wording  whether the compared texts are verbatim, paraphrased, or narrated without the speaker
 * @param a        the claim of the earlier article
 * @param b        the claim of the later article
 */
public record AlignedPair(
    Relation relation, double score, List<String> reasons, Wording wording, ArticleClaim a, ArticleClaim b) {

  public AlignedPair {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a pair needs a reason");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " outside [0, 1]");
    }
    if (a.document() >= b.document()) {
      throw new IllegalArgumentException("a pair joins an earlier article to a later one");
    }
  }

  /** The reasons in one sentence, separated by semicolons. */
  public String reason() {
    return String.join("; ", reasons);
  }

  /** True when the claim is one side of this pair. */
  public boolean involves(ArticleClaim claim) {
    return a.equals(claim) || b.equals(claim);
  }
}
