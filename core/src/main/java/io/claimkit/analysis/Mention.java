package io.claimkit.analysis;

import io.claimkit.text.Span;

/**
 * Something the analysis found in the text: a named entity, a number with its qualifier, or a temporal
 * expression. Every mention's {@link #text()} equals the raw text under its {@link #span()}.
 */
public sealed interface Mention permits EntityMention, NumberMention, TemporalMention {

  Span span();

  String text();

  default int begin() {
    return span().begin();
  }

  default int end() {
    return span().end();
  }
}
