package io.claimkit.claim;

import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.Objects;

/** One part of a claim (a measured thing, a cue, an actor) with its exact span in the raw text. */
public record Part(Span span, String text) {

  public Part {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /** The part under a span of a document: its text is taken from the raw text, never retyped. */
  public static Part of(Document document, Span span) {
    return new Part(span, document.text(span));
  }
}
