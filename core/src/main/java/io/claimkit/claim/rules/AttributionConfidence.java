package io.claimkit.claim.rules;

import io.claimkit.claim.CueKind;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.Tokens;

/**
 * How sure an attribution is, from the evidence that made it: the pattern that found it and whether the text
 * marks its content ("that", a colon, a quotation), how far the content runs (a quotation over several
 * sentences has uncertain ends), the speaker (a name, a resolved pronoun, an unresolved one) and the cue's
 * kind. The weights were set from the precision of each kind of evidence on the development set; the README's
 * calibration table shows how the resulting confidences hold up.
 */
final class AttributionConfidence {

  /** What a content that runs over more than one sentence takes off: its ends are where readers disagree. */
  private static final double SEVERAL_SENTENCES = 0.4;
  private static final double RESOLVED_PRONOUN = 0.05;
  private static final double UNRESOLVED_PRONOUN = 0.3;
  private static final double BELIEF = 0.05;

  private AttributionConfidence() {}

  static double of(Found found, Speaker speaker, CueKind kind, boolean severalSentences) {
    double confidence = byPattern(found);
    if (severalSentences) {
      confidence -= SEVERAL_SENTENCES;
    }
    boolean pronoun = Tokens.isPronoun(found.speaker().sentence().token(found.speaker().last()));
    if (pronoun) {
      confidence -= speaker.resolvesTo().isPresent() ? RESOLVED_PRONOUN : UNRESOLVED_PRONOUN;
    }
    if (kind == CueKind.BELIEF) {
      confidence -= BELIEF;
    }
    return Math.max(0.05, Math.min(0.95, confidence));
  }

  /** The pattern's own reliability: a cue between speaker and marked content is the surest. */
  private static double byPattern(Found found) {
    return switch (found.rule()) {
      case "attribution.according-to", "attribution.content-speaker-cue" -> 0.9;
      case "attribution.speaker-cue-content" -> found.marked() ? 0.92 : 0.85;
      case "attribution.with-speaker-saying", NominalCues.RULE -> 0.8;
      case "attribution.naming" -> 0.7;
      case "attribution.content-cue-speaker" -> 0.6;
      default -> 0.5; // parenthetical and clause-saying: the content's ends are the sentence's, a guess
    };
  }
}
