package io.claimkit.analysis;

import io.claimkit.quantity.Quantity;
import io.claimkit.text.Span;
import java.util.Objects;

/**
 * A cardinal quantity in the text. The span covers the qualifier words too: "at least 40", "about 1,200".
 */
public record NumberMention(Span span, String text, Quantity quantity) implements Mention {

  public NumberMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantity, "quantity");
  }
}
