package io.claimkit.text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article to analyze: an id, the raw text every span points into, and optional metadata.
 *
 * @param id        a caller-chosen identifier, repeated in every output record and error
 * @param text      the raw text, never rewritten
 * @param published the publication date, when known; it anchors relative dates ("Thursday")
 * @param source    the publisher or feed, when known
 */
public record Document(String id, String text, Optional<LocalDate> published, Optional<String> source) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
  }

  public static Document of(String id, String text) {
    return new Document(id, text, Optional.empty(), Optional.empty());
  }

  public Document withPublished(LocalDate date) {
    return new Document(id, text, Optional.of(date), source);
  }

  public Document withSource(String publisher) {
    return new Document(id, text, published, Optional.of(publisher));
  }

  /** The text under a span. */
  public String text(Span span) {
    return span.text(text);
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars]";
  }
}
