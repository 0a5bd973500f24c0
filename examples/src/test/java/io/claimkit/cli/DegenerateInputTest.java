package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.ExtractionCheck;
import io.claimkit.analysis.Backend;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.opennlp.OpenNlpBackend;
import io.claimkit.text.Document;
import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Documents no writer means but a crawler brings: a megabyte of nothing but numbers, of one-line sentences
 * without punctuation, or inside one quotation never closed. Each must finish within a time proportional to
 * its length, on both backends: a stage quadratic in the length would take many minutes on them. The bounds
 * are generous (tens of times the time on a quiet machine) so that a busy machine does not fail them.
 */
class DegenerateInputTest {

  /** Seconds per million characters allowed, per backend. */
  private static final double OPENNLP_SECONDS_PER_MB = 90;
  private static final double CORENLP_SECONDS_PER_MB = 1500;
  private static final int OPENNLP_CHARS = 1_000_000;
  /** CoreNLP reads some 5,000 tokens a second: a smaller document says as much about how time grows. */
  private static final int CORENLP_CHARS = 50_000;

  /** "17 4,310 0.25 ..." on lines of a dozen numbers. */
  static String numbers(int chars) {
    StringBuilder text = new StringBuilder(chars + 64);
    long x = 7;
    for (int i = 0; text.length() < chars; i++) {
      x = (x * 6364136223846793005L + 1442695040888963407L);
      long n = (x >>> 33) % 100_000;
      text.append(i % 3 == 0 ? String.format("%,d", n) : i % 3 == 1 ? Long.toString(n % 100) : (n % 1000) / 100.0);
      text.append(i % 12 == 11 ? '\n' : ' ');
    }
    return text.toString();
  }

  /** News-like lines, each its own sentence, with no punctuation at all. */
  static String unpunctuated(int chars) {
    String[] subjects = {"the council", "police officers", "the minister", "residents", "the company", "two unions"};
    String[] verbs = {"said", "met", "closed", "announced", "reported", "rejected"};
    String[] rests = {"the plan on monday", "about 300 jobs", "the new road near the river", "more talks",
        "a rise of 4 percent", "the offer from the city"};
    StringBuilder text = new StringBuilder(chars + 64);
    for (int i = 0; text.length() < chars; i++) {
      text.append(subjects[i % subjects.length]).append(' ').append(verbs[(i / 6) % verbs.length]).append(' ')
          .append(rests[(i / 36) % rests.length]).append('\n');
    }
    return text.toString();
  }

  /** One opening quotation mark, then ordinary reported text with numbers and speakers, never closed. */
  static String unclosedQuote(int chars) {
    String sentence = "The mayor said 40 homes were flooded and about 2,500 people left, officials said on Monday. ";
    StringBuilder text = new StringBuilder(chars + 128).append('\u201c');
    while (text.length() < chars) {
      text.append(sentence);
    }
    return text.toString();
  }

  @Test
  void theOpenNlpBackendFinishesEachInTimeProportionalToItsLength() {
    check(OpenNlpBackend.shared(), OPENNLP_CHARS, OPENNLP_SECONDS_PER_MB);
  }

  @Test
  void theCoreNlpBackendFinishesEachInTimeProportionalToItsLength() {
    check(CoreNlpBackend.shared(), CORENLP_CHARS, CORENLP_SECONDS_PER_MB);
  }

  private static void check(Backend backend, int chars, double secondsPerMb) {
    ClaimPipeline pipeline = Backends.pipeline(backend).build();
    check(pipeline, "numbers", chars, secondsPerMb, DegenerateInputTest::numbers);
    check(pipeline, "unpunctuated", chars, secondsPerMb, DegenerateInputTest::unpunctuated);
    check(pipeline, "unclosed-quote", chars, secondsPerMb, DegenerateInputTest::unclosedQuote);
  }

  private static void check(ClaimPipeline pipeline, String id, int chars, double secondsPerMb, IntFunction<String> text) {
    Document document = Document.of(id, text.apply(chars));
    Duration bound = Duration.ofMillis(Math.round(secondsPerMb * 1000 * document.text().length() / 1e6));
    Extraction extraction = assertTimeoutPreemptively(bound, () -> pipeline.extract(document),
        () -> id + " of " + document.text().length() + " chars took longer than " + bound);
    ExtractionCheck.verify(extraction);
    assertThat(extraction.sentences()).isNotEmpty();
  }
}
