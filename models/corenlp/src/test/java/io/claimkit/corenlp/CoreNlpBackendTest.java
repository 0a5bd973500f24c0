package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.quantity.Quantity;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The backend on edge cases of raw text. Needs the CoreNLP models; shares the one loaded backend. */
class CoreNlpBackendTest {

  private static Analysis analyze(String text) {
    Analysis analysis = CoreNlpBackend.shared().analyze(Document.of("edge", text));
    SpanInvariants.check(analysis);
    return analysis;
  }

  /** SUTime resolves holidays through jollyday and JAXB, which the backend's pom keeps among CoreNLP's dependencies. */
  @Test
  void holidaysAreNormalizedSoSuTimeHasWhatItLoads() {
    String text = "The strike began on Christmas Day and ended on Monday, January 5, 2026.";
    List<TemporalMention> dates = analyze(text).mentions(TemporalMention.class);
    assertThat(dates).extracting(TemporalMention::text, TemporalMention::normalized)
        .containsExactly(
            tuple("Christmas Day", "XXXX-12-25"),
            tuple("Monday, January 5, 2026", "2026-01-05"));
  }

  @Test
  void sharedIsOneInstanceNamedCorenlp() {
    assertThat(CoreNlpBackend.shared()).isSameAs(CoreNlpBackend.shared());
    assertThat(CoreNlpBackend.shared().name()).isEqualTo("corenlp");
    assertThat(CoreNlpBackend.shared().options()).isEqualTo(CoreNlpOptions.defaults());
  }

  @Test
  void emptyTextHasNoSentences() {
    Analysis analysis = analyze("");
    assertThat(analysis.sentences()).isEmpty();
    assertThat(analysis.mentions()).isEmpty();
  }

  @Test
  void whitespaceOnlyTextHasNoSentences() {
    Analysis analysis = analyze(" \n\t\r\n \u00a0 \n\n");
    assertThat(analysis.sentences()).isEmpty();
    assertThat(analysis.mentions()).isEmpty();
  }

  @Test
  void emojiAndOtherSurrogatePairsKeepExactSpans() {
    String raw = "\uD83D\uDE00 Barack Obama \uD83D\uDC4D\uD83C\uDFFD met \uD835\uDC00ngela in Paris \uD83C\uDDEB\uD83C\uDDF7 on Friday.";
    Analysis analysis = analyze(raw);
    int obama = raw.indexOf("Barack Obama");
    assertThat(analysis.mentions(EntityMention.class))
        .contains(new EntityMention(new Span(obama, obama + 12), "Barack Obama", EntityType.PERSON));
    int friday = raw.indexOf("Friday");
    assertThat(analysis.mentions(TemporalMention.class))
        .extracting(TemporalMention::span, TemporalMention::kind)
        .contains(tuple(new Span(friday, friday + 6), TemporalKind.DATE));
    assertThat(analysis.tokens()).extracting(Token::text).contains("\uD83D\uDE00", "Paris", ".");
  }

  @Test
  void carriageReturnLineEndsKeepExactSpansAndGiveTheSameAnalysis() {
    Document lf = Seeds.document(Seeds.REWRITE);
    String crlfText = lf.text().replace("\n", "\r\n");
    Analysis crlf = analyze(crlfText);
    Analysis reference = CoreNlpBackend.shared().analyze(lf);
    assertThat(crlf.tokens()).extracting(Token::text)
        .containsExactlyElementsOf(reference.tokens().stream().map(Token::text).toList());
    assertThat(crlf.mentions()).extracting(Mention::text)
        .containsExactlyElementsOf(reference.mentions().stream().map(Mention::text).toList());
    assertThat(crlf.sentences()).hasSameSizeAs(reference.sentences());
  }

  @Test
  void longTextWithoutPunctuationIsCutIntoBoundedSentences() {
    String raw = "the militia attacked positions near the river again and again ".repeat(400);
    Analysis analysis = analyze(raw);
    int bound = CoreNlpBackend.shared().options().maxChunkChars();
    assertThat(analysis.sentences()).hasSizeGreaterThanOrEqualTo(raw.length() / bound);
    assertThat(analysis.sentences()).allSatisfy(s -> assertThat(s.span().length()).isLessThanOrEqualTo(bound));
    assertThat(analysis.tokens()).hasSize(400 * 10);
  }

  @Test
  void sentenceIndexesRunAcrossBlocks() {
    Analysis analysis = analyze("First block here.\n\nSecond block. It has two sentences.");
    assertThat(analysis.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    assertThat(analysis.sentences()).extracting(s -> s.span().text(analysis.document().text()))
        .containsExactly("First block here.", "Second block.", "It has two sentences.");
  }

  @Test
  void fallbackDocumentDateAnchorsDatesOfUndatedDocuments() {
    CoreNlpBackend dated =
        CoreNlpBackend.create(CoreNlpOptions.builder().documentDate(LocalDate.of(2024, 1, 25)).build());
    String raw = "The minister spoke on Thursday.";
    int thursday = raw.indexOf("Thursday");
    TemporalMention expected =
        new TemporalMention(new Span(thursday, thursday + 8), "Thursday", TemporalKind.DATE, "2024-01-25");
    assertThat(dated.analyze(Document.of("undated", raw)).mentions(TemporalMention.class)).containsExactly(expected);
    TemporalMention own =
        new TemporalMention(new Span(thursday, thursday + 8), "Thursday", TemporalKind.DATE, "2023-03-02");
    assertThat(dated.analyze(Document.of("dated", raw).withPublished(LocalDate.of(2023, 3, 4)))
            .mentions(TemporalMention.class))
        .containsExactly(own);
  }

  @Test
  void concurrentAnalysesEqualSequentialOnes() throws Exception {
    CoreNlpBackend backend = CoreNlpBackend.shared();
    List<Document> documents = Seeds.documents();
    List<Analysis> sequential = documents.stream().map(backend::analyze).toList();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Document document : documents) {
          futures.add(threads.submit(() -> backend.analyze(document)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % documents.size()));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void optionsRejectATooSmallChunkBound() {
    assertThatThrownBy(() -> CoreNlpOptions.builder().maxChunkChars(10).build())
        .isInstanceOfSatisfying(
            ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT));
  }

  @Test
  void numbersCoreNlpMergedAcrossACommaAreDroppedAndMentionsHaveNoPunctuationEdges() {
    // "Last year" makes SUTime read the sentence; its number annotations are what lead CoreNLP to merge
    // "$48.2 million, 76%" into one mention.
    String raw = "Last year the project cost $48.2 million, 76% of voters agreed, and 20 to 30 people came.";
    Analysis analysis = analyze(raw);
    assertThat(analysis.mentions()).allSatisfy(m -> assertThat(m.text()).doesNotStartWith(","));
    assertThat(analysis.mentions(NumberMention.class))
        .containsExactly(
            new NumberMention(new Span(68, 70), "20", Quantity.exact(20).withSurface("20")),
            new NumberMention(new Span(74, 76), "30", Quantity.exact(30).withSurface("30")));
  }

  @Test
  void withoutSutimeCoreNlpKeepsAmountsApartAcrossAComma() {
    String raw = "The project cost $48.2 million, 76% of voters agreed, and 20 to 30 people came.";
    assertThat(analyze(raw).mentions(NumberMention.class))
        .extracting(NumberMention::text)
        .containsExactly("$48.2 million", "76%", "20", "30");
  }
}
