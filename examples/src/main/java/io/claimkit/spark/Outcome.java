package io.claimkit.spark;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.json.ExtractionJson;
import io.claimkit.text.Document;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input: its extraction, or the error that stopped it. Every input gets exactly one, so a
 * bad document is reported instead of failing the task that holds a thousand good ones.
 *
 * @param docId      the document id of the output record
 * @param extraction the result, when the document was processed
 * @param error      why it was not, otherwise
 */
record Outcome(String docId, Optional<Extraction> extraction, Optional<ClaimKitException> error) {

  Outcome {
    Objects.requireNonNull(docId, "docId");
    if (extraction.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("an outcome is an extraction or an error");
    }
  }

  /** Reads one input and extracts its claims; a {@link ClaimKitException} from either step becomes the error. */
  static <T> Outcome of(T input, DocumentReader<T> reader, ClaimPipeline pipeline) {
    String id = reader.id(input);
    try {
      Document document = reader.read(input);
      return new Outcome(document.id(), Optional.of(pipeline.extract(document)), Optional.empty());
    } catch (ClaimKitException e) {
      return new Outcome(e.documentId().orElse(id), Optional.empty(), Optional.of(e));
    }
  }

  /** The JSON Lines record: {@link ExtractionJson#toLine} or {@link ExtractionJson#errorLine}. */
  String line() {
    return extraction.isPresent()
        ? ExtractionJson.toLine(extraction.get())
        : ExtractionJson.errorLine(docId, error.get());
  }
}
