package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.NumberMention;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Bad input through the whole pipeline on the real CoreNLP backend: each text gets a correct result, with
 * every span invariant, or a typed error naming the document. The timeout is a guard against hangs, not a
 * measure of speed. CoreNLP reads about a thousand tokens a second here, so the megabyte-sized cases run in
 * the normal suite at a few chunks' size (the same code paths: many chunks, many blocks) and at full size
 * with {@code -Dclaimkit.bigInputs=true}; the backend-neutral half takes them at full size in core's
 * {@code ClaimPipelineBadInputTest}.
 */
class BadInputTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final String ARTICLE =
      "Storm kills 3 in Mecca\n\nBy Jane Doe\n\nAbout 2,500 troops remain in Iraq, officials said.\n"
          + "At least 151 attacks were reported on Monday.\n";

  static Extraction extract(String id, String text) {
    Extraction extraction =
        assertTimeoutPreemptively(HANG_GUARD, () -> SharedPipeline.get().extract(Document.of(id, text)));
    SpanInvariants.check(extraction);
    assertThat(ExtractionJson.toLine(extraction)).startsWith("{\"doc\":\"" + id + "\",").doesNotContain("\n");
    return extraction;
  }

  /** "about 2,500 [18,29) 2500 approximate": each number's text, span, value and qualifier. */
  static List<String> numbers(Extraction extraction) {
    return extraction.mentions(NumberMention.class).stream()
        .map(m -> m.text() + " " + m.span() + " " + m.quantity().value() + " " + m.quantity().qualifier().jsonName())
        .toList();
  }

  @Test
  void emptyAndWhitespaceOnlyTextsHaveNoRegionsMentionsOrClaims() {
    for (String text : List.of("", " ", "  \n\t\u00a0\r\n \u2028 \u3000\n\n")) {
      Extraction extraction = extract("blank", text);
      assertThat(extraction.regions()).isEmpty();
      assertThat(extraction.mentions()).isEmpty();
      assertThat(extraction.claims()).isEmpty();
    }
  }

  @Test
  void emojiAndOtherSupplementaryCharactersAreNeverCut() {
    String text = "Officials said \ud83d\ude00 about 2,500 \ud83c\uddfa\ud83c\uddf8 troops remain after 151 attacks "
        + "\ud83d\udc4d\ud83c\udffd and \ud835\udfd1\ud835\udfd0 \ud840\udc00 cars.";
    Extraction extraction = extract("emoji", text);
    assertThat(numbers(extraction))
        // Mathematical bold digits are decimal digits (Unicode Nd): "𝟑𝟐" is 32, its span both surrogate pairs.
        .containsExactly("about 2,500 [18, 29) 2500.0 approximate", "151 [55, 58) 151.0 exact", "𝟑𝟐 [76, 80) 32.0 exact");
    SpanInvariants.check(SharedPipeline.get().backend().analyze(extraction.document()));
  }

  @Test
  void unpairedSurrogatesStayInTheTextAndOutOfTheMentions() {
    String text = "About 2,500\ud800 troops and \udc00151 attacks were reported, officials said \ud83d";
    Extraction extraction = extract("surrogates", text);
    assertThat(numbers(extraction))
        .containsExactly("About 2,500 [0, 11) 2500.0 approximate", "151 [25, 28) 151.0 exact");
    SpanInvariants.check(SharedPipeline.get().backend().analyze(extraction.document()));
  }

  @Test
  void crLfAndLoneCrLineEndsReadLikeLf() {
    Extraction lf = extract("lf", ARTICLE);
    Extraction crlf = extract("crlf", ARTICLE.replace("\n", "\r\n"));
    Extraction cr = extract("cr", ARTICLE.replace("\n", "\r"));
    assertThat(lf.regions().stream().map(Region::kind).map(Enum::name))
        .containsExactly("HEADLINE", "BYLINE", "BODY", "BODY");
    for (Extraction other : List.of(crlf, cr)) {
      assertThat(texts(other)).isEqualTo(texts(lf));
      assertThat(other.regions().stream().map(Region::kind).toList())
          .isEqualTo(lf.regions().stream().map(Region::kind).toList());
    }
    assertThat(texts(lf))
        .containsExactly(
            "3", "About 2,500", "At least 151",
            "quantity.bare Storm kills 3 in Mecca",
            "attribution.content-speaker-cue About 2,500 troops remain in Iraq, officials said.",
            "quantity.counted-noun About 2,500 troops remain in Iraq, officials said.",
            "quantity.counted-noun At least 151 attacks were reported on Monday.");
  }

  /** The texts of the numbers, then each claim's rule and text: what must not depend on line ends. */
  private static List<String> texts(Extraction extraction) {
    return java.util.stream.Stream.concat(
            extraction.mentions(NumberMention.class).stream().map(NumberMention::text),
            extraction.claims().stream().map(c -> c.rule() + " " + c.text()))
        .toList();
  }

  @Test
  void noBreakSpacesSeparateWordsAndZeroWidthSpacesAreKept() {
    String text = "About\u00a02,500 troops and 3\u202f000 homes\u200b were lost, officials\u00a0said\u200b.";
    Extraction extraction = extract("spaces", text);
    assertThat(numbers(extraction)).startsWith("About\u00a02,500 [0, 11) 2500.0 approximate");
  }

  @Test
  void rightToLeftTextKeepsItsNumbersAndOffsets() {
    String text = "\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u0625\u0646 2,500 "
        + "\u062c\u0646\u062f\u064a. \u05e9\u05dc\u05d5\u05dd 300 \u05d0\u05e0\u05e9\u05d9\u05dd. "
        + "\u202eabout 70 people\u202c died.";
    Extraction extraction = extract("rtl", text);
    assertThat(numbers(extraction))
        .containsExactly(
            "2,500 [17, 22) 2500.0 exact", "300 [34, 37) 300.0 exact", "about 70 [46, 54) 70.0 approximate");
  }

  @Test
  void htmlPassedAsTextIsReadAsTextWithRawOffsets() {
    String text = "<html><body><p>About <b>2,500</b> troops &amp; 151&nbsp;attacks, officials said.</p>"
        + "<script>var x = 1e9;</script></body></html>";
    Extraction extraction = extract("html", text);
    assertThat(numbers(extraction))
        .containsExactly("2,500 [24, 29) 2500.0 exact", "151 [47, 50) 151.0 exact", "1e9 [100, 103) 1.0E9 exact");
  }

  @Test
  void controlCharactersAndNulAreText() {
    String text = "About\u0000 2,500\u0007 troops remain, officials said.\u001b[0m";
    Extraction extraction = extract("control", text);
    assertThat(numbers(extraction)).first().asString().startsWith("2,500 [7, 12) 2500.0");
  }

  @Test
  void aWordOfFiftyThousandCharactersIsOneToken() {
    String word = "x".repeat(50_000);
    String text = "About 2,500 troops remain. " + word + " At least 151 attacks.";
    Extraction extraction = extract("word", text);
    assertThat(numbers(extraction))
        .containsExactly(
            "About 2,500 [0, 11) 2500.0 approximate", "At least 151 [50028, 50040) 151.0 at_least");
  }

  @Test
  void textWithoutPunctuationIsCutIntoBoundedChunks() {
    // 50 chars a unit, so that the 4,000-char chunks end between units, not between "about" and "2500".
    String unit = "the troops say about 2500 people were in the city ";
    Extraction extraction = extract("no-punctuation", unit.repeat(180)); // 9,000 chars: three chunks
    assertThat(extraction.mentions(NumberMention.class))
        .hasSize(180)
        .allSatisfy(m -> assertThat(m.text()).isEqualTo("about 2500"));
  }

  @Test
  void manyShortLinesAreManyBlocks() {
    Extraction extraction = extract("lines", "Line 7 of the list\n".repeat(300));
    assertThat(extraction.mentions(NumberMention.class))
        .hasSize(300)
        .allSatisfy(m -> assertThat(m.text()).isEqualTo("7"));
  }

  @Test
  void aTextOverTheLimitIsATypedErrorNamingTheDocument() {
    ClaimPipeline limited =
        ClaimPipeline.builder().backend(SharedPipeline.get().backend()).maxChars(100_000).build();
    assertThatThrownBy(() -> limited.extract(Document.of("big.txt", "a ".repeat(1 << 19))))
        .isInstanceOfSatisfying(
            ClaimKitException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.TOO_LARGE);
              assertThat(e.documentId()).contains("big.txt");
            })
        .hasMessage("too_large in document big.txt: 1048576 chars, over the limit of 100000");
  }

  @Test
  @EnabledIfSystemProperty(named = "claimkit.bigInputs", matches = "true")
  void aMegabyteWithoutPunctuation() {
    String unit = "the troops say about 2500 people were in the city ";
    int repeats = (1 << 20) / unit.length();
    Extraction extraction = assertTimeoutPreemptively(
        Duration.ofMinutes(20), () -> SharedPipeline.get().extract(Document.of("mb", unit.repeat(repeats))));
    SpanInvariants.check(extraction);
    assertThat(extraction.mentions(NumberMention.class)).hasSize(repeats);
  }

  @Test
  @EnabledIfSystemProperty(named = "claimkit.bigInputs", matches = "true")
  void aHundredThousandShortLines() {
    Extraction extraction = assertTimeoutPreemptively(
        Duration.ofMinutes(20),
        () -> SharedPipeline.get().extract(Document.of("lines", "Line 7 of the list\n".repeat(100_000))));
    SpanInvariants.check(extraction);
    assertThat(extraction.mentions(NumberMention.class)).hasSize(100_000);
  }
}
