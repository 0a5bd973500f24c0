package io.claimkit.eval;

import io.claimkit.text.Span;
import java.util.Objects;

/**
 * One missed gold item or one false alarm, for the verbose listing.
 *
 * @param documentId the document it stands in
 * @param span       its span (for a claim, the span it was matched by: quantity, speaker or actor)
 * @param text       its text, with a short description of what it is
 */
public record Item(String documentId, Span span, String text) {

  public Item {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
