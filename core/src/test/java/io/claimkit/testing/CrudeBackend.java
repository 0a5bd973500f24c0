package io.claimkit.testing;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.text.Document;

/**
 * A backend without a model: {@link TaggedText#crude(Document)} tokens and tags, no entities. Fast enough to
 * fuzz the backend-neutral half of the pipeline (numbers, regions, claim rules) by the hundred thousand.
 */
public final class CrudeBackend implements Backend {

  @Override
  public String name() {
    return "crude";
  }

  @Override
  public Analysis analyze(Document document) {
    return TaggedText.crude(document);
  }
}
