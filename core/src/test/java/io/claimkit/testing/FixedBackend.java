package io.claimkit.testing;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.text.Document;
import java.util.Objects;

/**
 * A backend that gives one prepared analysis (hand-tagged with {@link TaggedText}) for its document, so that
 * a test runs the real pipeline, stages and rules on tags it chose.
 */
public final class FixedBackend implements Backend {

  private final Analysis analysis;

  public FixedBackend(Analysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
  }

  @Override
  public String name() {
    return "fixed";
  }

  @Override
  public Analysis analyze(Document document) {
    if (!document.equals(analysis.document())) {
      throw new IllegalArgumentException("this backend knows only " + analysis.document().id());
    }
    return analysis;
  }
}
