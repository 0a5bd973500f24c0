package io.claimkit.claim.rules;

import io.claimkit.claim.CueKind;
import io.claimkit.claim.Directness;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.Tokens;

/**
 * How sure an attribution is, from the evidence that made it: the pattern, whether the text marks the content
 * ("that", a colon, a quotation), the kind of cue, and the speaker (a name, a resolved pronoun, an unresolved
 * one). The figures are the precision each kind of evidence had on the development set (GUM's Wikinews
 * attributions; see the README's calibration table), so that of the claims at 0.8 about 80 % are right.
 */
final class AttributionConfidence {

  private AttributionConfidence() {}

  static double of(Found found, Speaker speaker, Directness directness, CueKind kind) {
    double confidence = switch (found.rule()) {
      case "attribution.according-to" -> 0.85;
      case "attribution.content-cue-speaker", "attribution.content-speaker-cue" -> 0.85;
      case "attribution.naming" -> 0.7;
      case "attribution.clause-saying", "attribution.with-speaker-saying" -> 0.7;
      default -> found.marked() ? 0.85 : 0.75;
    };
    if (directness == Directness.DIRECT) {
      confidence += 0.05;
    }
    boolean pronoun = Tokens.isPronoun(found.speaker().sentence().token(found.speaker().last()));
    if (pronoun && speaker.resolvesTo().isEmpty()) {
      confidence -= 0.1;
    }
    if (kind == CueKind.BELIEF || kind == CueKind.EVIDENCE) {
      confidence -= 0.05;
    }
    return Math.max(0.05, Math.min(0.95, confidence));
  }
}
