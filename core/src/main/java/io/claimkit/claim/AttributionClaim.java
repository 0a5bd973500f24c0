package io.claimkit.claim;

import io.claimkit.analysis.Mention;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who said what: "The mayor said that the bridge would reopen in March".
 *
 * @param speaker    who said it, resolved within the document where possible
 * @param cue        the reporting verb or phrase ("said", "stressed", "according to")
 * @param content    what was said
 * @param directness a direct quote, indirect speech, or a mix of the two
 * @param cueKind    whether the cue reports speech, a belief, a document or evidence
 */
public record AttributionClaim(
    Span span,
    String text,
    Speaker speaker,
    Part cue,
    Part content,
    Directness directness,
    CueKind cueKind,
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
    Objects.requireNonNull(cueKind, "cueKind");
    mentions = List.copyOf(mentions);
  }

  /** An attribution of {@link CueKind#SPEECH}. */
  public AttributionClaim(
      Span span, String text, Speaker speaker, Part cue, Part content, Directness directness, String rule,
      double confidence, List<Mention> mentions) {
    this(span, text, speaker, cue, content, directness, CueKind.SPEECH, rule, confidence, mentions);
  }

  @Override
  public ClaimType type() {
    return ClaimType.ATTRIBUTION;
  }

  /** The cue. */
  @Override
  public Span anchor() {
    return cue.span();
  }

  @Override
  public List<ClaimPart> parts() {
    return List.of(
        ClaimPart.of(speaker), ClaimPart.of(ClaimPart.Role.CUE, cue), ClaimPart.of(ClaimPart.Role.CONTENT, content));
  }

  @Override
  public Optional<Speaker> attributedTo() {
    return Optional.of(speaker);
  }

  @Override
  public <R> R match(
      Function<? super QuantityClaim, ? extends R> quantity,
      Function<? super AttributionClaim, ? extends R> attribution,
      Function<? super EventClaim, ? extends R> event) {
    return attribution.apply(this);
  }
}
