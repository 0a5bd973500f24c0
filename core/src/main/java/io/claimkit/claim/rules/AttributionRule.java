package io.claimkit.claim.rules;

import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import java.util.List;
import java.util.Set;

/**
 * The built-in attribution rule: states as claims the document's {@link Layers#ATTRIBUTIONS}, which the
 * pipeline's {@link AttributionStage} computes once for every rule that reads them.
 */
public final class AttributionRule implements ClaimRule {

  /** The rule; it holds no state (the attributions are computed by the stage). */
  public AttributionRule() {}

  @Override
  public String id() {
    return "attribution";
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.ANALYSIS, Layers.REGIONS, Layers.ATTRIBUTIONS);
  }

  @Override
  public List<AttributionClaim> apply(ClaimContext context) {
    return context.attributions();
  }
}
