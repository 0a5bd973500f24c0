package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.testing.Seeds;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OpenNlpBackendTest {

  @Test
  void findsEveryGoldPersonOfTheSeeds() {
    for (Document seed : Seeds.documents()) {
      List<EntityMention> persons = SharedBackend.analyze(seed).mentions(EntityMention.class).stream()
          .filter(e -> e.type() == EntityType.PERSON)
          .toList();
      for (JsonNode gold : Seeds.gold(seed.id(), "entities")) {
        if (gold.path("type").asText().equals("PERSON")) {
          Span span = new Span(gold.path("begin").asInt(), gold.path("end").asInt());
          assertThat(persons).as("gold person %s in %s", gold, seed.id())
              .anySatisfy(p -> assertThat(p.span()).isEqualTo(span));
        }
      }
    }
  }

  @Test
  void findsTheSeedsMainPlacesAndOrganizationsWithTheirTypes() {
    for (Document seed : Seeds.documents()) {
      List<EntityMention> found = SharedBackend.analyze(seed).mentions(EntityMention.class);
      long matched = Seeds.gold(seed.id(), "entities").stream()
          .filter(g -> found.stream().anyMatch(e -> e.begin() == g.path("begin").asInt()
              && e.end() == g.path("end").asInt() && e.type().name().equals(g.path("type").asText())))
          .count();
      assertThat(matched).as(seed.id()).isEqualTo(Seeds.gold(seed.id(), "entities").size());
    }
  }

  @Test
  void theHeadlineEndsItsSentenceAndNoMentionCrossesIt() {
    Document seed = Seeds.document(Seeds.NEWSPAPER);
    Analysis analysis = SharedBackend.analyze(seed);
    int headlineEnd = seed.text().indexOf('\n');
    assertThat(analysis.sentences().get(0).span()).isEqualTo(new Span(0, headlineEnd));
    assertThat(analysis.sentences().get(1).tokens().get(0).text()).isEqualTo("Defense");
    for (Sentence s : analysis.sentences()) {
      assertThat(s.span().begin() < headlineEnd && s.span().end() > headlineEnd).isFalse();
    }
    assertThat(analysis.mentions()).noneMatch(m -> m.begin() < headlineEnd && m.end() > headlineEnd);

    Document rewrite = Seeds.document(Seeds.REWRITE);
    Analysis second = SharedBackend.analyze(rewrite);
    assertThat(second.sentences().get(0).span().text(rewrite))
        .isEqualTo("US Defense Secretary Considers Reducing Military Presence in Iraq amid Talks of Bilateral "
            + "Security Partnership");
    assertThat(second.sentences().get(1).span().text(rewrite)).isEqualTo("ICARO Media Group");
  }

  @Test
  void tagsAndLemmasInPennTreebankTerms() {
    Analysis analysis = SharedBackend.analyze("t1",
        "Pentagon officials have stressed that about 2,500 U.S. troops remain in Iraq's capital, Austin said.");
    assertThat(analysis.tokens()).extracting(Token::text).containsExactly(
        "Pentagon", "officials", "have", "stressed", "that", "about", "2,500", "U.S.", "troops", "remain", "in",
        "Iraq", "'s", "capital", ",", "Austin", "said", ".");
    assertThat(analysis.tokens()).extracting(Token::pos).containsExactly(
        "NNP", "NNS", "VBP", "VBN", "IN", "IN", "CD", "NNP", "NNS", "VBP", "IN", "NNP", "POS", "NN", ",", "NNP",
        "VBD", ".");
    assertThat(analysis.tokens()).extracting(Token::lemma).containsExactly(
        "Pentagon", "official", "have", "stress", "that", "about", "2,500", "U.S.", "troop", "remain", "in",
        "Iraq", "'s", "capital", ",", "Austin", "say", ".");
  }

  @Test
  void straightQuotesOpenAndCloseByTheirSpacingAcrossSentences() {
    Analysis analysis = SharedBackend.analyze("q", "He said \"we stay. We fight.\" Then \"peace\" came.");
    assertThat(analysis.tokens()).filteredOn(t -> t.text().equals("\"")).extracting(Token::pos)
        .containsExactly("``", "''", "``", "''");
  }

  @Test
  void abbreviationsBeforeNamesDoNotEndSentences() {
    Analysis analysis = SharedBackend.analyze("a", "Gen. Mark A. Milley met Dr. Jill Biden on Jan. 5 in St. Louis.");
    assertThat(analysis.sentences()).hasSize(1);
    assertThat(analysis.mentions(EntityMention.class)).extracting(EntityMention::text)
        .contains("Mark A. Milley");
  }

  @Test
  void aPeriodLeftOnTheLastWordIsCutOffButUsKeepsItsOwn() {
    Analysis analysis = SharedBackend.analyze("p", "It was part of the final rites of the Hajj. Troops left the U.S.");
    assertThat(analysis.tokens()).extracting(Token::text)
        .contains("Hajj", ".", "U.S.")
        .doesNotContain("Hajj.");
  }

  @Test
  void reportsNoNumberMentionsOfItsOwn() {
    Analysis analysis = SharedBackend.analyze(Seeds.document(Seeds.NEWSPAPER));
    assertThat(analysis.mentions(NumberMention.class)).isEmpty();
    assertThat(analysis.tokens()).filteredOn(t -> t.text().equals("151")).extracting(Token::pos)
        .containsExactly("CD");
  }

  @Test
  void emptyAndBlankTextsGiveEmptyAnalyses() {
    for (String text : new String[] {"", " ", "\n\n\t \r\n"}) {
      Analysis analysis = SharedBackend.analyze("blank", text);
      assertThat(analysis.sentences()).isEmpty();
      assertThat(analysis.mentions()).isEmpty();
    }
  }

  @Test
  void emojiAndCrLfKeepExactOffsets() {
    String text = "Troops leave 🇮🇶 Iraq 😀\r\n\r\nLloyd Austin said 👍 on Thursday.\r\nThe end.";
    Analysis analysis = SharedBackend.analyze("emoji", text);
    assertThat(analysis.sentences()).extracting(s -> s.span().text(text))
        .containsExactly("Troops leave 🇮🇶 Iraq 😀", "Lloyd Austin said 👍 on Thursday.", "The end.");
    assertThat(analysis.mentions(EntityMention.class)).extracting(EntityMention::text)
        .contains("Iraq", "Lloyd Austin");
  }

  @Test
  void twoHundredKilobytesWithoutPunctuationAreCutIntoBoundedSentences() {
    String text = "troops remain in the country and ".repeat(6_200);
    Analysis analysis = SharedBackend.analyze("long", text);
    assertThat(text.length()).isGreaterThan(200_000);
    assertThat(analysis.sentences()).allSatisfy(s -> assertThat(s.span().length()).isLessThanOrEqualTo(1_000));
    assertThat(analysis.tokens()).hasSize(6 * 6_200);
  }

  @Test
  void aWordLongerThanTheBoundIsCutWithoutSplittingASurrogatePair() {
    String text = "😀".repeat(1_500);
    Analysis analysis = SharedBackend.analyze("emoji-run", text);
    assertThat(analysis.sentences()).hasSizeGreaterThan(1);
    assertThat(analysis.tokens().stream().mapToInt(t -> t.span().length()).sum()).isEqualTo(text.length());
  }

  @Test
  void givesTheSameAnalysisOnSeveralThreads() throws Exception {
    Document seed = Seeds.document(Seeds.REWRITE);
    Analysis expected = SharedBackend.analyze(seed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> runs = pool.invokeAll(
          java.util.Collections.nCopies(8, () -> OpenNlpBackend.shared().analyze(seed)));
      for (Future<Analysis> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsOptionsThatWouldCutOrdinarySentences() {
    assertThatThrownBy(() -> OpenNlpOptions.builder().maxSentenceChars(50).build())
        .isInstanceOfSatisfying(ClaimKitException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT));
  }
}
