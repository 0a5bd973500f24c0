package io.claimkit.analysis;

import io.claimkit.text.Document;

/**
 * The service-provider interface of an NLP backend: it tokenizes, splits sentences, tags parts of speech
 * and lemmas, and finds entity, number and temporal mentions. Implementations load their models once and
 * must be safe to call from several threads at once. Backend types never cross this border.
 */
public interface Backend extends AutoCloseable {

  /** A short name for logs and output: "corenlp", "opennlp". */
  String name();

  /**
   * Analyzes one document.
   *
   * @throws io.claimkit.ClaimKitException when the document cannot be analyzed
   */
  Analysis analyze(Document document);

  /** Releases what the backend holds. The default holds nothing. */
  @Override
  default void close() {}
}
