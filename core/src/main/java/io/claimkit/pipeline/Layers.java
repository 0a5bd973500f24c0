package io.claimkit.pipeline;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.text.Region;
import java.util.List;
import java.util.Set;

/**
 * The layers every pipeline computes, in the order they depend on one another:
 *
 * <pre>
 * BACKEND ──► NUMBERS ──► ANALYSIS ──► ATTRIBUTIONS ──► claims
 * REGIONS ─────────────────────────────┘
 * </pre>
 */
public final class Layers {

  /** What the backend read: sentences, tokens, entity and temporal mentions, and the numbers it saw itself. */
  public static final Layer<Analysis> BACKEND = Layer.named("backend");

  /**
   * Every number of the document, with its interval, qualifier and unit, in text order (the quantity
   * recognizer's reading, which replaces the backend's numbers).
   */
  public static final Layer<List<NumberMention>> NUMBERS = Layer.named("numbers");

  /**
   * The analysis that rules read: the backend's sentences and tokens, its entity and temporal mentions, and
   * the {@link #NUMBERS} in place of the backend's own numbers.
   */
  public static final Layer<Analysis> ANALYSIS = Layer.named("analysis");

  /** The parts of the page, in text order: headline, byline, body, boilerplate. */
  public static final Layer<List<Region>> REGIONS = Layer.named("regions");

  /** Who said what, with speakers resolved within the document, in text order of their spans. */
  public static final Layer<List<AttributionClaim>> ATTRIBUTIONS = Layer.named("attributions");

  /** What a claim rule reads unless it says otherwise: the analysis and the regions of the page. */
  public static final Set<Layer<?>> DEFAULT_READS = Set.of(ANALYSIS, REGIONS);

  private Layers() {}
}
