/**
 * Aligning the claims of several articles: what they agree on, where they conflict, and what only one of
 * them says. The entry point is {@link io.claimkit.compare.ClaimAligner#align}; its result, a
 * {@link io.claimkit.compare.Comparison}, is written as JSON by {@link io.claimkit.compare.ComparisonJson}.
 */
package io.claimkit.compare;
