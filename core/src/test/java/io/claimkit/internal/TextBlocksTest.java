package io.claimkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

  private static List<String> blocks(String raw) {
    List<Span> spans = TextBlocks.split(raw, 4_000);
    spans.forEach(s -> SpanInvariants.checkSpan(raw, s, null));
    return spans.stream().map(s -> s.text(raw)).toList();
  }

  @Test
  void blankLinesAlwaysBreak() {
    assertThat(blocks("Troops leave Iraq\n\n\nDefense Secretary Lloyd Austin spoke."))
        .containsExactly("Troops leave Iraq", "Defense Secretary Lloyd Austin spoke.");
    assertThat(blocks("one and\n \t\ntwo"))
        .containsExactly("one and", "two");
  }

  @Test
  void headlineAndBylineOnSingleLinesBreakBeforeUppercase() {
    String raw = "Talks of Bilateral Security Partnership\nICARO Media Group\nIn an official statement, he spoke.";
    assertThat(blocks(raw))
        .containsExactly(
            "Talks of Bilateral Security Partnership", "ICARO Media Group", "In an official statement, he spoke.");
  }

  @Test
  void lineEndingASentenceBreaks() {
    assertThat(blocks("It rained.\nthen it stopped!\n\u201cGood,\u201d he said.\u201d\nnext"))
        .containsExactly("It rained.", "then it stopped!", "\u201cGood,\u201d he said.\u201d", "next");
  }

  @Test
  void lineWithoutFinalPunctuationBreaksBeforeDigitOrQuote() {
    assertThat(blocks("Friday, July 21, 2017\n2,500 troops stay\n\"We stay,\" he said"))
        .containsExactly("Friday, July 21, 2017", "2,500 troops stay", "\"We stay,\" he said");
  }

  @Test
  void hardWrappedSentenceStaysWhole() {
    assertThat(blocks("The troops remain in\nthe country, officials said,\nAdding that none would leave."))
        .containsExactly("The troops remain in\nthe country, officials said,\nAdding that none would leave.");
  }

  @Test
  void carriageReturnLineEndsAreLineBreaks() {
    String raw = "Headline here\r\n\r\nFirst paragraph.\r\nSecond paragraph.\rThird one.";
    assertThat(blocks(raw))
        .containsExactly("Headline here", "First paragraph.", "Second paragraph.", "Third one.");
  }

  @Test
  void emptyAndBlankTextHaveNoBlocks() {
    assertThat(blocks("")).isEmpty();
    assertThat(blocks(" \n\r\n\t \u00a0\u2028 ")).isEmpty();
  }

  @Test
  void blocksAreTrimmed() {
    assertThat(TextBlocks.split("  \n  Hello there.  \n\n", 4_000)).containsExactly(new Span(5, 17));
  }

  @Test
  void overlongParagraphIsCutAfterTheLastSentenceEndInTheWindow() {
    String sentence = "The troops stayed in the country for many more years. ";
    String raw = sentence.repeat(10).strip();
    List<Span> chunks = TextBlocks.split(raw, 250);
    assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(250));
    assertThat(chunks).allSatisfy(c -> assertThat(c.text(raw)).endsWith("years."));
    assertThat(String.join(" ", chunks.stream().map(c -> c.text(raw)).toList())).isEqualTo(raw);
  }

  @Test
  void periodAfterCapitalizedAbbreviationIsNotTakenForASentenceEnd() {
    String raw = ("word ".repeat(40) + "met Mr. Smith and the U.S. Army there " + "word ".repeat(30)).strip();
    List<Span> chunks = TextBlocks.split(raw, 250);
    assertThat(chunks).noneSatisfy(c -> assertThat(c.text(raw)).endsWith("Mr."));
    assertThat(chunks).noneSatisfy(c -> assertThat(c.text(raw)).endsWith("U.S."));
  }

  @Test
  void megabyteWithoutPunctuationIsCutAtWhitespaceIntoBoundedChunks() {
    String raw = "lorem ipsum dolor sit amet ".repeat(40_000);
    assertThat(raw.length()).isGreaterThan(1_000_000);
    List<Span> chunks = TextBlocks.split(raw, 4_000);
    assertThat(chunks).hasSizeGreaterThan(270);
    assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isBetween(1, 4_000));
    assertThat(chunks).allSatisfy(c -> assertThat(c.text(raw)).startsWith("lorem").endsWith("amet"));
    assertThat(chunks.stream().mapToInt(Span::length).sum() + chunks.size() - 1)
        .isEqualTo(raw.strip().length());
  }

  @Test
  void textWithoutWhitespaceIsCutAtTheBoundButNeverInsideASurrogatePair() {
    String raw = "\uD83D\uDE00".repeat(300) + "x".repeat(301);
    List<Span> chunks = TextBlocks.split(raw, 201);
    chunks.forEach(c -> SpanInvariants.checkSpan(raw, c, null));
    assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(201));
    assertThat(chunks.stream().mapToInt(Span::length).sum()).isEqualTo(raw.length());
  }
}
