package io.claimkit.quantity;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.NumberMention;
import java.util.List;

/** PLACEHOLDER being written: finds every cardinal quantity of an analyzed document. */
public final class QuantityRecognizer {

  public List<NumberMention> recognize(Analysis analysis) {
    return analysis.mentions(NumberMention.class);
  }
}
