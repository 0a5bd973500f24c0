package io.claimkit;

import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Mentions;
import io.claimkit.analysis.Sentence;
import io.claimkit.claim.Claim;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import java.util.List;
import java.util.Objects;

/**
 * What the pipeline extracted from one document: the regions of the page, the sentences with their tokens,
 * the mentions and the claims, each in text order.
 */
public record Extraction(
    Document document, List<Region> regions, List<Sentence> sentences, List<Mention> mentions, List<Claim> claims) {

  public Extraction {
    Objects.requireNonNull(document, "document");
    regions = List.copyOf(regions);
    sentences = List.copyOf(sentences);
    mentions = Mentions.sorted(mentions);
    claims = List.copyOf(claims);
  }

  /** An extraction without its sentences, as one made by hand or read back from JSON Lines is. */
  public Extraction(Document document, List<Region> regions, List<Mention> mentions, List<Claim> claims) {
    this(document, regions, List.of(), mentions, claims);
  }

  /** The claims of one type, in text order. */
  public <C extends Claim> List<C> claims(Class<C> type) {
    return claims.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public <M extends Mention> List<M> mentions(Class<M> kind) {
    return Mentions.ofKind(mentions, kind);
  }
}
