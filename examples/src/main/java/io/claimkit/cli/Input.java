package io.claimkit.cli;

import io.claimkit.text.Document;
import java.util.Objects;

/**
 * One document the command will process: its id, and how to read it. Reading is deferred so that a large
 * batch is never held in memory at once.
 *
 * @param id     the document id written into its output record
 * @param loader reads the document, or throws {@link io.claimkit.ClaimKitException} naming why it cannot
 */
record Input(String id, Loader loader) {

  /** Reads one document; thrown {@code ClaimKitException}s become that document's error record. */
  @FunctionalInterface
  interface Loader {
    Document read();
  }

  Input {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(loader, "loader");
  }

  Document read() {
    return loader.read();
  }
}
