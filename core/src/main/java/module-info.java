/**
 * ClaimKit's API and every backend-neutral rule: documents and spans, the backend SPI, numbers as intervals,
 * the sealed claims and the rules that state them, the layered pipeline, the comparison of articles, JSON Lines,
 * the HTML report and the evaluation against gold. The backends are separate modules ({@code
 * io.claimkit.corenlp}, {@code io.claimkit.opennlp}); {@code io.claimkit.internal} is not part of the API.
 */
// The qualified export names modules built after core, and Guava is an automatic module: both are by design.
@SuppressWarnings({"module", "requires-automatic"})
module io.claimkit.core {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.google.common;
  requires org.slf4j;

  exports io.claimkit;
  exports io.claimkit.analysis;
  exports io.claimkit.batch;
  exports io.claimkit.claim;
  exports io.claimkit.claim.rules;
  exports io.claimkit.claim.toolkit;
  exports io.claimkit.compare;
  exports io.claimkit.eval;
  exports io.claimkit.json;
  exports io.claimkit.lexicon;
  exports io.claimkit.pipeline;
  exports io.claimkit.quantity;
  exports io.claimkit.quantity.units;
  exports io.claimkit.report;
  exports io.claimkit.text;

  // Helpers that ClaimKit's own modules share; they may change in any release.
  exports io.claimkit.internal to
      io.claimkit.corenlp,
      io.claimkit.opennlp,
      io.claimkit.langdetect,
      io.claimkit.examples;

  uses io.claimkit.claim.ClaimRule;
}
