package io.claimkit.batch;

import io.claimkit.text.Document;
import java.util.Objects;

/**
 * One document of a batch: the id its output record carries, and how to read it. Reading is deferred to the
 * worker so that a large batch is never held in memory at once.
 *
 * @param id     the id of the output record, whatever the loader does
 * @param loader reads the document, or throws {@link io.claimkit.ClaimKitException} saying why it cannot
 */
public record BatchInput(String id, Loader loader) {

  /** Reads one document; a thrown {@code ClaimKitException} becomes that document's error record. */
  @FunctionalInterface
  public interface Loader {
    Document read();
  }

  public BatchInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(loader, "loader");
  }

  /** An input for a document already in memory. */
  public static BatchInput of(Document document) {
    Objects.requireNonNull(document, "document");
    return new BatchInput(document.id(), () -> document);
  }
}
