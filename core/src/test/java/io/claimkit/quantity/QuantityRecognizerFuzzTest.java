package io.claimkit.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.NumberMention;
import io.claimkit.testing.FuzzText;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of number recognition over crude tokens: on any text the recognizer returns, its
 * mentions are in order, apart, on the raw text and on UTF-16 boundaries, with low <= high, and a second
 * run gives the same list. In the normal suite it replays {@code QuantityRecognizerFuzzTestInputs/recognize/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (docs/fuzzing.md).
 */
class QuantityRecognizerFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void recognize(byte[] data) {
    Analysis analysis = TaggedText.crude(Document.of("fuzz", FuzzText.decode(data)));
    List<NumberMention> numbers = Recognized.numbers(analysis);
    assertThat(Recognized.DEFAULT.recognize(analysis)).isEqualTo(numbers);
  }

  /** Found by the fuzzer: "1.8e309" overflowed to an infinite value, which no JSON number can carry. */
  @Test
  void numbersPastTheRangeOfADoubleAreNoMentions() {
    String raw = "1.8e309 km, nearly 1.8e309 km, 1e308 trillion dollars and 1e308 km.";
    List<NumberMention> numbers = Recognized.numbers(TaggedText.crude(Document.of("overflow", raw)));
    assertThat(numbers).extracting(NumberMention::text).containsExactly("1e308");
    assertThat(numbers.get(0).quantity().value()).isEqualTo(1e308);
  }
}
