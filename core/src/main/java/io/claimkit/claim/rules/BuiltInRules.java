package io.claimkit.claim.rules;

import io.claimkit.claim.ClaimRule;
import java.util.List;

/** The rules a pipeline runs unless told otherwise: attributions, quantities and events. */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<ClaimRule> all() {
    return all(ClaimLexicon.defaults());
  }

  /** The built-in rules reading another lexicon, for example one with more reporting verbs. */
  public static List<ClaimRule> all(ClaimLexicon lexicon) {
    AttributionRule attributions = new AttributionRule(lexicon);
    return List.of(attributions, new QuantityClaimRule(lexicon, attributions), new EventClaimRule(lexicon, attributions));
  }
}
