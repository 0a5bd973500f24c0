package io.claimkit.quantity;

import io.claimkit.testing.TaggedText;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.NumberMention;
import io.claimkit.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Megabyte inputs that would expose quadratic scans or catastrophic regex backtracking: each must simply
 * return (no timing is asserted) with the exact count of numbers.
 */
class LongInputTest {

  private static final int MEGABYTE = 1 << 20;

  private static String repeat(String unit) {
    return unit.repeat(MEGABYTE / unit.length());
  }

  @Test
  void digitsAndSpacesInOneTokenizedSentence() {
    String raw = repeat("12 345 ");
    Analysis analysis = TaggedText.crude(Document.of("digits", raw));
    assertThat(analysis.sentences()).hasSize(1);
    List<NumberMention> numbers = Recognized.numbers(analysis);
    // "12 345" is one number written in digit groups apart
    assertThat(numbers).hasSize(MEGABYTE / 7);
    assertThat(numbers.get(1).quantity().value()).isEqualTo(12345);
  }

  @Test
  void digitsWithoutSpacesAreOneOverlongCodeNotANumber() {
    String raw = repeat("1234567890");
    Analysis analysis = new Analysis(Document.of("run", raw), List.of(), List.of());
    assertThat(Recognized.numbers(analysis)).isEmpty();
  }

  @Test
  void digitsWithSeparatorsButNoSpaces() {
    String raw = repeat("1,234.5-");
    Analysis analysis = new Analysis(Document.of("separators", raw), List.of(), List.of());
    assertThat(Recognized.numbers(analysis)).isNotEmpty();
  }

  @Test
  void wordsWithoutPunctuation() {
    String raw = repeat("about twenty thousand and one hundred over nearly many several ");
    Analysis analysis = new Analysis(Document.of("words", raw), List.of(), List.of());
    List<NumberMention> numbers = Recognized.numbers(analysis);
    int sentences = MEGABYTE / "about twenty thousand and one hundred over nearly many several ".length();
    assertThat(numbers).hasSize(sentences);
    assertThat(Recognized.describe(numbers.get(0))).isEqualTo("about twenty thousand and one hundred [0,37) 20100.0 approximate -");
  }

  @Test
  void oneWordOfAMegabyte() {
    Analysis analysis = new Analysis(Document.of("word", repeat("x")), List.of(), List.of());
    assertThat(Recognized.numbers(analysis)).isEmpty();
  }
}
