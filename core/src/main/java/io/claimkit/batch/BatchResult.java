package io.claimkit.batch;

import io.claimkit.ClaimKitException;
import io.claimkit.Extraction;
import java.time.Duration;
import java.util.Objects;

/** What became of one input of a batch: its extraction, or the typed error that stopped it. */
public sealed interface BatchResult permits BatchResult.Extracted, BatchResult.Failed {

  /** The input's id. */
  String id();

  /** How long the document took, from the moment a worker took it up (for a timeout, the time limit). */
  Duration elapsed();

  /** A document that was extracted. */
  record Extracted(String id, Extraction extraction, Duration elapsed) implements BatchResult {
    public Extracted {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(extraction, "extraction");
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }

  /** A document that could not be read or analyzed, or ran past its time limit ({@code timeout}). */
  record Failed(String id, ClaimKitException error, Duration elapsed) implements BatchResult {
    public Failed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }
}
