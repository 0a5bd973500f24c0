package io.claimkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleStructureTest {

  private static final ArticleStructure STRUCTURE = new ArticleStructure();

  // ---- seeds, against the gold ----

  @Test
  void newspaperSeedHasHeadlineEightParagraphsAndTheGoldBoilerplate() {
    Document doc = Seeds.document(Seeds.NEWSPAPER);
    List<Region> regions = regionsChecked(doc);

    assertThat(regions.get(0)).isEqualTo(new Region(RegionKind.HEADLINE, new Span(0, 60)));
    assertThat(kinds(regions))
        .containsExactly(
            RegionKind.HEADLINE,
            RegionKind.BODY, RegionKind.BODY, RegionKind.BODY, RegionKind.BODY,
            RegionKind.BODY, RegionKind.BODY, RegionKind.BODY, RegionKind.BODY,
            RegionKind.BOILERPLATE);
    JsonNode gold = Seeds.gold(Seeds.NEWSPAPER).path("boilerplate").get(0);
    Region boilerplate = regions.get(regions.size() - 1);
    assertThat(boilerplate.span()).isEqualTo(new Span(gold.get("begin").asInt(), gold.get("end").asInt()));
    assertThat(boilerplate.span()).isEqualTo(new Span(2429, 2529));
    assertThat(doc.text(boilerplate.span())).isEqualTo(gold.get("text").asText());
  }

  @Test
  void contributorLineStaysBody() {
    Document doc = Seeds.document(Seeds.NEWSPAPER);
    Region last = STRUCTURE.regions(doc).get(8);
    assertThat(last).isEqualTo(new Region(RegionKind.BODY, new Span(2356, 2425)));
    assertThat(doc.text(last.span()))
        .isEqualTo("Mustafa Salim contributed to this report. This is a developing story.");
  }

  @Test
  void rewriteSeedHasHeadlineThenPublisherByline() {
    Document doc = Seeds.document(Seeds.REWRITE);
    List<Region> regions = regionsChecked(doc);

    JsonNode gold = Seeds.gold(Seeds.REWRITE).path("byline");
    assertThat(regions.get(0)).isEqualTo(new Region(RegionKind.HEADLINE, new Span(0, 110)));
    assertThat(regions.get(1))
        .isEqualTo(
            new Region(RegionKind.BYLINE, new Span(gold.get("begin").asInt(), gold.get("end").asInt())));
    assertThat(doc.text(regions.get(1).span())).isEqualTo("ICARO Media Group");
    assertThat(regions.subList(2, regions.size())).extracting(Region::kind).containsOnly(RegionKind.BODY);
    assertThat(regions).hasSize(10);
    assertThat(regions.get(2).span()).isEqualTo(new Span(129, 520));
    assertThat(regions.get(9).span()).isEqualTo(new Span(2864, 3398));
  }

  @Test
  void crLfLineEndsGiveTheSameRegionsShiftedByTheCarriageReturns() {
    String lf = Seeds.document(Seeds.NEWSPAPER).text();
    String crlf = lf.replace("\n", "\r\n");
    List<Region> regions = regionsChecked(Document.of("crlf", crlf));
    List<Region> expected = STRUCTURE.regions(Document.of("lf", lf));

    assertThat(regions).hasSameSizeAs(expected);
    for (int i = 0; i < regions.size(); i++) {
      assertThat(regions.get(i).kind()).isEqualTo(expected.get(i).kind());
      assertThat(regions.get(i).span().text(crlf).replace("\r\n", "\n"))
          .isEqualTo(expected.get(i).span().text(lf));
    }
    assertThat(regions.get(regions.size() - 1).span().text(crlf))
        .isEqualTo(
            "Source link\r\n\r\nLeave a Comment\r\n\r\n"
                + "Your email address will not be published. Required fields are marked *");
  }

  // ---- Wikinews ----

  @Test
  void wikinewsHeadlineDatelineAndBody() {
    Document doc = wikinews("asylum.txt");
    List<Region> regions = regionsChecked(doc);

    assertThat(regions.get(0)).isEqualTo(new Region(RegionKind.HEADLINE, new Span(0, 52)));
    assertThat(doc.text(regions.get(0).span()))
        .isEqualTo("Over 900 asylum seekers rescued off Indonesian coast");
    assertThat(regions.get(1)).isEqualTo(new Region(RegionKind.BYLINE, new Span(54, 74)));
    assertThat(doc.text(regions.get(1).span())).isEqualTo("Monday, May 18, 2015");
    assertThat(regions.subList(2, regions.size())).extracting(Region::kind).containsOnly(RegionKind.BODY);
    assertThat(doc.text(regions.get(regions.size() - 1).span()))
        .isEqualTo("Estimates suggest 8000 migrants may be currently at sea in the region.");
  }

  @Test
  void wikinewsDateThatOpensTheFirstParagraphIsADateline() {
    Document doc = wikinews("flag.txt");
    List<Region> regions = regionsChecked(doc);

    assertThat(regions.subList(0, 3))
        .containsExactly(
            new Region(RegionKind.HEADLINE, new Span(0, 68)),
            new Region(RegionKind.BYLINE, new Span(70, 91)),
            new Region(RegionKind.BODY, new Span(92, 312)));
    assertThat(doc.text(regions.get(1).span())).isEqualTo("Thursday, May 7, 2015");
    assertThat(doc.text(regions.get(2).span())).startsWith("On Tuesday, the New Zealand government");
  }

  @Test
  void wikinewsPlaceDatelineBeforeTheFirstSentence() {
    Document doc = wikinews("lanterns.txt");
    List<Region> regions = regionsChecked(doc);

    assertThat(kinds(regions).subList(0, 4))
        .containsExactly(RegionKind.HEADLINE, RegionKind.BYLINE, RegionKind.BYLINE, RegionKind.BODY);
    assertThat(doc.text(regions.get(1).span())).isEqualTo("Monday, March 5, 2007");
    assertThat(regions.get(2).span()).isEqualTo(new Span(71, 87));
    assertThat(doc.text(regions.get(2).span())).isEqualTo("Taipei, Taiwan —");
    assertThat(regions.get(3).span().begin()).isEqualTo(88);
    assertThat(doc.text(regions.get(3).span())).startsWith("The Taipei City Lantern Festival");
  }

  @Test
  void wikinewsSourcesAndCategoriesTailIsOneBoilerplateRegion() {
    Document doc = wikinews("sensitive.txt");
    List<Region> regions = regionsChecked(doc);

    Region last = regions.get(regions.size() - 1);
    assertThat(last).isEqualTo(new Region(RegionKind.BOILERPLATE, new Span(2972, 3446)));
    assertThat(doc.text(last.span())).startsWith("Sources\n\n\"Sensitive government document");
    assertThat(doc.text(last.span())).endsWith("Environment Canada Archived");
    assertThat(regions.get(regions.size() - 2).kind()).isEqualTo(RegionKind.BODY);
    assertThat(doc.text(regions.get(regions.size() - 2).span())).startsWith("In May, Maxime Bernier");
  }

  // ---- synthetic page furniture ----

  @Test
  void furnitureTailVariantsAreBoilerplate() {
    String article = "Storm hits coast\n\nThe storm destroyed 40 homes on Monday, officials said.\n\n";
    List<String> tails =
        List.of(
            "Share this article\nFacebook\nTwitter\nEmail",
            "Related articles:\nFloods return to the valley\nHow storms are named",
            "Click here to subscribe to our newsletter.",
            "Sign up for our daily newsletter to get the news first.",
            "This website uses cookies to improve your experience. By continuing you accept them.",
            "© 2024 Coastal News Ltd. All rights reserved.",
            "Follow us on Twitter and Facebook",
            "Read more: Storm season starts early",
            "Subscribe now\n\nAdvertisement",
            "Sources\n\n\"Storm batters coast\" — Coastal News, May 1, 2024");
    for (String tail : tails) {
      String text = article + tail;
      List<Region> regions = regionsChecked(Document.of("tail", text));
      assertThat(kinds(regions))
          .as(tail)
          .containsExactly(RegionKind.HEADLINE, RegionKind.BODY, RegionKind.BOILERPLATE);
      assertThat(regions.get(2).span().text(text)).as(tail).isEqualTo(tail);
    }
  }

  @Test
  void furnitureBetweenParagraphsIsItsOwnRegion() {
    String text =
        "Storm hits coast\n\nThe storm destroyed 40 homes.\n\nAdvertisement\n\n"
            + "Officials said 12 people were hurt.\n";
    List<Region> regions = regionsChecked(Document.of("mid", text));
    assertThat(regions)
        .containsExactly(
            new Region(RegionKind.HEADLINE, new Span(0, 16)),
            new Region(RegionKind.BODY, new Span(18, 47)),
            new Region(RegionKind.BOILERPLATE, new Span(49, 62)),
            new Region(RegionKind.BODY, new Span(64, 99)));
  }

  @Test
  void tailHeadingFollowedByProseIsNotATail() {
    String text =
        "Storm hits coast\n\nThe storm destroyed 40 homes.\n\nSources\n\n"
            + "Officials said 12 people were hurt. The coast guard rescued 30 sailors.";
    List<Region> regions = regionsChecked(Document.of("prose", text));
    assertThat(kinds(regions))
        .containsExactly(RegionKind.HEADLINE, RegionKind.BODY, RegionKind.BODY, RegionKind.BODY);
  }

  @Test
  void leadingFurnitureComesBeforeTheHeadline() {
    String text = "Skip to content\nAdvertisement\nStorm hits coast\nThe storm destroyed 40 homes.";
    List<Region> regions = regionsChecked(Document.of("lead", text));
    assertThat(regions)
        .containsExactly(
            new Region(RegionKind.BOILERPLATE, new Span(0, 29)),
            new Region(RegionKind.HEADLINE, new Span(30, 46)),
            new Region(RegionKind.BODY, new Span(47, 76)));
  }

  @Test
  void authorAndDateBylinesAndAgencyDatelinePrefix() {
    String text =
        "Storm hits coast\nBy Jane Doe and John Smith\nUpdated: March 5, 2024 10:32 a.m. ET\n\n"
            + "WASHINGTON (Reuters) - The storm destroyed 40 homes.\n";
    List<Region> regions = regionsChecked(Document.of("byline", text));
    assertThat(kinds(regions))
        .containsExactly(
            RegionKind.HEADLINE, RegionKind.BYLINE, RegionKind.BYLINE, RegionKind.BYLINE, RegionKind.BODY);
    assertThat(regions.stream().map(r -> r.span().text(text)).toList())
        .containsExactly(
            "Storm hits coast",
            "By Jane Doe and John Smith",
            "Updated: March 5, 2024 10:32 a.m. ET",
            "WASHINGTON (Reuters) -",
            "The storm destroyed 40 homes.");
  }

  @Test
  void aSentenceUnderTheHeadlineIsBodyNotByline() {
    String text = "Storm hits coast\nThe Coast Guard rescued 30 sailors.\nMore rain is due.";
    assertThat(kinds(regionsChecked(Document.of("s", text))))
        .containsExactly(RegionKind.HEADLINE, RegionKind.BODY, RegionKind.BODY);
  }

  @Test
  void hardWrappedLinesFormOneParagraph() {
    String text = "Storm hits coast\n\nThe storm destroyed 40 homes\non the coast, officials said.\nIt left.";
    List<Region> regions = regionsChecked(Document.of("wrap", text));
    assertThat(regions)
        .containsExactly(
            new Region(RegionKind.HEADLINE, new Span(0, 16)),
            new Region(RegionKind.BODY, new Span(18, 76)),
            new Region(RegionKind.BODY, new Span(77, 85)));
  }

  @Test
  void firstLineEndingWithAPeriodIsNoHeadline() {
    String text = "The storm destroyed 40 homes.\nOfficials said 12 people were hurt.";
    assertThat(kinds(regionsChecked(Document.of("p", text))))
        .containsExactly(RegionKind.BODY, RegionKind.BODY);
  }

  @Test
  void textWithoutNewlineIsOneBodyRegion() {
    String text = "  Storm hits coast, destroying 40 homes  ";
    assertThat(regionsChecked(Document.of("one", text)))
        .containsExactly(new Region(RegionKind.BODY, new Span(2, 39)));
  }

  @Test
  void emptyAndBlankTextsHaveNoRegions() {
    assertThat(STRUCTURE.regions(Document.of("empty", ""))).isEmpty();
    assertThat(STRUCTURE.regions(Document.of("blank", " \n\r\n\t\u00A0\n"))).isEmpty();
  }

  // ---- extension ----

  @Test
  void usersExtendTheFurniturePatterns() {
    String text = "Storm hits coast\n\nThe storm destroyed 40 homes.\n\nMore at coastal-news.example";
    assertThat(kinds(regionsChecked(Document.of("x", text))))
        .containsExactly(RegionKind.HEADLINE, RegionKind.BODY, RegionKind.BODY);

    ArticleStructure extended =
        new ArticleStructure(FurnitureLexicon.defaults().withLines("^more at \\S+$"));
    List<Region> regions = extended.regions(Document.of("x", text));
    assertThat(regions.get(2)).isEqualTo(new Region(RegionKind.BOILERPLATE, new Span(49, 77)));
  }

  @Test
  void parsedLexiconSkipsCommentsAndRejectsBadPatterns() {
    FurnitureLexicon lexicon = FurnitureLexicon.parse("# comment\n\n^promo$\n", "^links$\n");
    assertThat(lexicon.linePatterns()).hasSize(1);
    assertThat(lexicon.isFurniture("PROMO")).isTrue();
    assertThat(lexicon.opensTail("Links")).isTrue();
    assertThat(lexicon.isFurniture("promotion")).isFalse();

    assertThatThrownBy(() -> FurnitureLexicon.parse("^(unclosed$", ""))
        .isInstanceOf(ClaimKitException.class)
        .extracting(e -> ((ClaimKitException) e).kind())
        .isEqualTo(ErrorKind.INVALID_ARGUMENT);
  }

  @Test
  void emptyLexiconFindsNoFurniture() {
    Document doc = Seeds.document(Seeds.NEWSPAPER);
    List<Region> regions = new ArticleStructure(FurnitureLexicon.empty()).regions(doc);
    assertThat(kinds(regions)).doesNotContain(RegionKind.BOILERPLATE);
    checkCoverage(doc.text(), regions);
  }

  @Test
  void regionsCoverEveryNonBlankCharacterOfRandomTexts() {
    String[] pieces = {
      "Storm hits coast", "The storm destroyed 40 homes.", "Advertisement", "Source link", "By Jane Doe",
      "Sources", "x", " ", "\n", "\r\n", "\n\n", "\t", "\u00A0", "Monday, May 18, 2015", "WASHINGTON - Rain",
      "and then more.", "\uD83D\uDE00 emoji"
    };
    Random random = new Random(20240501L);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(12);
      for (int k = 0; k < count; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      regionsChecked(Document.of("random-" + round, text.toString()));
    }
  }

  // ---- helpers ----

  /** The regions of a document, after checking they are in order, disjoint, trimmed and cover the text. */
  private static List<Region> regionsChecked(Document document) {
    List<Region> regions = STRUCTURE.regions(document);
    checkCoverage(document.text(), regions);
    return regions;
  }

  private static void checkCoverage(String text, List<Region> regions) {
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Region region : regions) {
      Span span = region.span();
      SpanInvariants.checkSpan(text, span, null);
      assertThat(span.isEmpty()).as("empty region %s", region).isFalse();
      assertThat(span.begin()).as("%s in order, after %d", region, previousEnd).isGreaterThanOrEqualTo(previousEnd);
      assertThat(Lines.isBlank(text.charAt(span.begin()))).as("%s starts blank", region).isFalse();
      assertThat(Lines.isBlank(text.charAt(span.end() - 1))).as("%s ends blank", region).isFalse();
      for (int i = span.begin(); i < span.end(); i++) {
        covered[i] = true;
      }
      previousEnd = span.end();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i]) {
        assertThat(Lines.isBlank(text.charAt(i))).as("char %d '%s' uncovered", i, text.charAt(i)).isTrue();
      }
    }
  }

  private static List<RegionKind> kinds(List<Region> regions) {
    return regions.stream().map(Region::kind).toList();
  }

  private static Document wikinews(String name) {
    String path = "/io/claimkit/text/wikinews/" + name;
    try (InputStream in = ArticleStructureTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return Document.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
