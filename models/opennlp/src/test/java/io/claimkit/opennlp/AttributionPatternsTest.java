package io.claimkit.opennlp;

import io.claimkit.ClaimPipeline;
import io.claimkit.testing.AttributionCases;
import io.claimkit.testing.AttributionCases.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every attribution pattern the fast backend's tags allow, read by the real OpenNLP backend. */
class AttributionPatternsTest {

  private static final ClaimPipeline PIPELINE = ClaimPipeline.builder().backend(OpenNlpBackend.shared()).build();

  static Stream<Case> cases() {
    return AttributionCases.common();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsThePattern(Case c) {
    AttributionCases.check(PIPELINE, c);
  }
}
