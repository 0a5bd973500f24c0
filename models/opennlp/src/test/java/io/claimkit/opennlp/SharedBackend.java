package io.claimkit.opennlp;

import io.claimkit.analysis.Analysis;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;

/** The one backend the tests of this JVM share, and an analysis that always checks its span invariants. */
final class SharedBackend {

  private SharedBackend() {}

  static Analysis analyze(String id, String text) {
    return analyze(Document.of(id, text));
  }

  static Analysis analyze(Document document) {
    Analysis analysis = OpenNlpBackend.shared().analyze(document);
    SpanInvariants.check(analysis);
    return analysis;
  }
}
