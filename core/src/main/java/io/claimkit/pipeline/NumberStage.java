package io.claimkit.pipeline;

import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.ClaimContext;
import io.claimkit.quantity.QuantityRecognizer;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The built-in stage that adds {@link Layers#NUMBERS}: a {@link QuantityRecognizer} on the backend's analysis. */
public final class NumberStage implements Stage<List<NumberMention>> {

  private final QuantityRecognizer recognizer;

  public NumberStage(QuantityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  @Override
  public String id() {
    return "numbers";
  }

  @Override
  public Layer<List<NumberMention>> adds() {
    return Layers.NUMBERS;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.BACKEND);
  }

  @Override
  public List<NumberMention> compute(ClaimContext context) {
    return recognizer.recognize(context.layer(Layers.BACKEND));
  }
}
