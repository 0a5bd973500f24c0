package io.claimkit.claim;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Sentence;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.SortedSpans;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;

/** What a {@link ClaimRule} sees of a document: its analysis and the regions of its page. */
public record ClaimContext(Analysis analysis, List<Region> regions) {

  public ClaimContext {
    Objects.requireNonNull(analysis, "analysis");
    regions = List.copyOf(regions);
  }

  public Document document() {
    return analysis.document();
  }

  public List<Sentence> sentences() {
    return analysis.sentences();
  }

  /**
   * True when the claim stands in page furniture or a byline, where no claim may come from. The claim's
   * anchor decides (its number, its cue, its predicate), not its whole span: a dateline that opens the first
   * sentence ("WASHINGTON (Reuters) - ...") must not take the sentence's claims with it.
   */
  public boolean outsideArticle(Claim claim) {
    Span anchor = anchor(claim);
    // Regions are in text order and apart: a binary search keeps this linear in claims, not claims x regions
    // (100,000 one-line regions made the scan quadratic).
    for (int i = SortedSpans.firstEndingAfter(regions, Region::span, anchor.begin()); i < regions.size(); i++) {
      Region region = regions.get(i);
      if (region.span().begin() >= anchor.end()) {
        break;
      }
      if ((region.kind() == RegionKind.BOILERPLATE || region.kind() == RegionKind.BYLINE)
          && region.span().intersects(anchor)) {
        return true;
      }
    }
    return false;
  }

  /** The part a claim stands on: the number of a quantity claim, the cue of an attribution, an event's predicate. */
  public static Span anchor(Claim claim) {
    if (claim instanceof QuantityClaim quantity) {
      return quantity.quantity().span();
    }
    if (claim instanceof AttributionClaim attribution) {
      return attribution.cue().span();
    }
    return ((EventClaim) claim).predicate().span();
  }
}
