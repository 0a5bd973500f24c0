package io.claimkit.claim;

import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import java.util.List;
import java.util.Set;

/**
 * A rule that reads an analyzed document and states claims: the extension point for claims of one's own.
 * The built-in rules ({@link io.claimkit.claim.rules.AttributionRule}, {@link
 * io.claimkit.claim.rules.QuantityClaimRule}, {@link io.claimkit.claim.rules.EventClaimRule}) implement this
 * interface too, as ordinary public classes.
 *
 * <p>A rule sees the document through its {@link ClaimContext}: the layers it declares in {@link #reads()},
 * by default the analysis (the raw text, the sentences with their tokens, Penn Treebank tags and lemmas, the
 * entity, temporal and number mentions) and the regions of the page; a rule that declares {@link
 * Layers#ATTRIBUTIONS} also sees who said what, as the built-in rules do. It returns claims whose spans point
 * into the raw text; the pipeline drops those anchored in page furniture or a byline and sorts the rest.
 * The public helpers of {@link io.claimkit.claim.toolkit} (noun phrases, verb groups, speakers, clauses,
 * quotes) are the ones the built-in rules use.
 *
 * <p>Two ways in:
 *
 * <ul>
 *   <li>{@link io.claimkit.ClaimPipeline.Builder#addRule(ClaimRule)}, with any constructor;
 *   <li>{@link io.claimkit.ClaimPipeline.Builder#discoverRules()}, which loads with {@link
 *       java.util.ServiceLoader} every class named in a {@code META-INF/services/io.claimkit.claim.ClaimRule}
 *       file on the class path; such a class needs a public no-argument constructor.
 * </ul>
 *
 * <p>Claims of one's own kind: {@link Claim} is sealed ({@link QuantityClaim}, {@link AttributionClaim},
 * {@link EventClaim}) so that every consumer (JSON Lines, evaluation, comparison, the report, a user's
 * {@code switch}) handles every claim. A new kind of claim is therefore one of these with its own rule id:
 * a sum of money is a {@link QuantityClaim} whose quantity's unit is a currency code ("USD") and whose rule
 * is "money.cost"; a new kind of reported speech is an {@link AttributionClaim}. Consumers tell the kinds
 * apart by {@link Claim#rule()}.
 *
 * <p>Implementations must be stateless or thread-safe: one instance serves every document and thread.
 * Two rules of one pipeline may not share an {@link #id()}.
 */
public interface ClaimRule {

  /**
   * A stable id, unique within a pipeline. The claims the rule makes carry it, or an id that begins with
   * it and a dot, in {@link Claim#rule()} ("attribution" makes "attribution.said-that").
   */
  String id();

  /**
   * The layers this rule reads, which the pipeline computes before it runs; {@link Layers#DEFAULT_READS} (the
   * analysis and the regions) unless the rule says otherwise.
   */
  default Set<Layer<?>> reads() {
    return Layers.DEFAULT_READS;
  }

  /** The claims this rule finds in one document, in any order. */
  List<? extends Claim> apply(ClaimContext context);
}
