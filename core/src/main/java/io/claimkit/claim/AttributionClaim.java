package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * Who said what: "Austin said that U.S. troops remain in Iraq at the invitation of the government".
 *
 * @param speaker    who said it, resolved within the document where possible
 * @param cue        the reporting verb or phrase ("said", "stressed", "according to")
 * @param content    what was said
 * @param directness a direct quote, indirect speech, or a mix of the two
 */
public record AttributionClaim(
    Span span,
    String text,
    Speaker speaker,
    Part cue,
    Part content,
    Directness directness,
    String rule,
    double confidence,
    List<Mention> mentions)
    implements Claim {

  public AttributionClaim {
    Claim.validateCommon(span, text, rule, confidence);
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(directness, "directness");
    mentions = List.copyOf(mentions);
  }
}
