package io.claimkit.pipeline;

import io.claimkit.claim.ClaimContext;
import io.claimkit.text.ArticleStructure;
import io.claimkit.text.Region;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The built-in stage that adds {@link Layers#REGIONS}: an {@link ArticleStructure} on the raw text. */
public final class RegionStage implements Stage<List<Region>> {

  private final ArticleStructure structure;

  public RegionStage(ArticleStructure structure) {
    this.structure = Objects.requireNonNull(structure, "structure");
  }

  @Override
  public String id() {
    return "regions";
  }

  @Override
  public Layer<List<Region>> adds() {
    return Layers.REGIONS;
  }

  /** Only the document's raw text. */
  @Override
  public Set<Layer<?>> reads() {
    return Set.of();
  }

  @Override
  public List<Region> compute(ClaimContext context) {
    return structure.regions(context.document());
  }
}
