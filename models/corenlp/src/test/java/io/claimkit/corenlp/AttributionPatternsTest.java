package io.claimkit.corenlp;

import io.claimkit.testing.AttributionCases;
import io.claimkit.testing.AttributionCases.Case;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every attribution pattern, read by the CoreNLP backend through the JVM's shared pipeline. */
class AttributionPatternsTest {

  static Stream<Case> cases() {
    return Stream.concat(AttributionCases.common(), AttributionCases.taggerSensitive());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsThePattern(Case c) {
    AttributionCases.check(SharedPipeline.get(), c);
  }
}
