package io.claimkit.text;

import java.util.Objects;

/**
 * Decides, before any model reads a document, whether the document is in a language the pipeline can read.
 * The pipeline asks its gate first ({@code ClaimPipeline.Builder.languageGate}); a document the gate turns
 * away gets an {@code unsupported_language} error instead of an analysis by models of another language.
 *
 * <p>The gate is separate from the backends so that any backend works with any gate, or with none: the
 * OpenNLP language detector ({@code io.claimkit.langdetect.OpenNlpLanguageGate} in {@code claimkit-langdetect})
 * is one implementation. An implementation must be thread-safe, and it should err towards letting text
 * through: text too short to judge passes.
 */
@FunctionalInterface
public interface LanguageGate {

  /** The gate that passes every document: the pipeline's default. */
  LanguageGate NONE = document -> Objects.requireNonNull(document, "document");

  /**
   * Passes a document the pipeline can read, and returns normally.
   *
   * @throws io.claimkit.ClaimKitException of kind {@code unsupported_language}, naming the document and the
   *     language detected, when the document is confidently in another language
   */
  void check(Document document);
}
