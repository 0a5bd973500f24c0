/**
 * Claims and the rules that state them.
 *
 * <p>A {@link io.claimkit.claim.Claim} is one of three records: {@link io.claimkit.claim.QuantityClaim}
 * ("about 1,200 residents were evacuated"), {@link io.claimkit.claim.AttributionClaim} (who said what) and
 * {@link io.claimkit.claim.EventClaim} (a named actor did something). Each part is a {@link
 * io.claimkit.claim.Part} with its span in the raw text.
 *
 * <p>Extension points, all part of the public API:
 *
 * <ul>
 *   <li>{@link io.claimkit.claim.ClaimRule}: a rule of one's own, added through {@link
 *       io.claimkit.ClaimPipeline.Builder#addRule} or found through {@link java.util.ServiceLoader} by {@link
 *       io.claimkit.ClaimPipeline.Builder#discoverRules()};
 *   <li>{@link io.claimkit.claim.rules.ClaimLexicon}: the word lists of the built-in rules (reporting verbs
 *       and cues, speaker pronouns, ...), extended with {@code withReportingCues(WordList)} and its kin and
 *       given to {@link io.claimkit.ClaimPipeline.Builder#claimLexicon};
 *   <li>{@link io.claimkit.quantity.QuantityLexicon} (units, currencies, qualifier words) through {@link
 *       io.claimkit.ClaimPipeline.Builder#quantityLexicon}, and {@link io.claimkit.text.FurnitureLexicon}
 *       (page-furniture patterns) through {@link io.claimkit.ClaimPipeline.Builder#furnitureLexicon}.
 * </ul>
 */
package io.claimkit.claim;
