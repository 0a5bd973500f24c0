package io.claimkit.claim.rules;

import io.claimkit.claim.ClaimRule;
import java.util.List;

/**
 * The rules a pipeline runs unless told otherwise: attributions, quantities and events. The attributions they
 * read come from the pipeline's {@link AttributionStage}, built with the pipeline's {@link ClaimLexicon}.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<ClaimRule> all() {
    return all(ClaimLexicon.defaults());
  }

  /** The built-in rules reading another lexicon, for example one with more verbs that are no events. */
  public static List<ClaimRule> all(ClaimLexicon lexicon) {
    return List.of(new AttributionRule(), new QuantityClaimRule(lexicon), new EventClaimRule(lexicon));
  }
}
