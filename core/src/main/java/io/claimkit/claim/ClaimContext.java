package io.claimkit.claim;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Sentence;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
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

  /** True when the span touches page furniture or a byline, where no claim may come from. */
  public boolean outsideArticle(Span span) {
    return regions.stream()
        .filter(r -> r.kind() == RegionKind.BOILERPLATE || r.kind() == RegionKind.BYLINE)
        .anyMatch(r -> r.span().intersects(span));
  }
}
