package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several threads sharing one pipeline give, document for document, the output of one thread (Lucene's habit
 * of replaying the same random input on several threads). The documents are random but seeded: sentences of
 * Wikinews articles shuffled together with numbers and quotes. Each run picks a new seed and names it on
 * failure; {@code -Dclaimkit.seed=N} replays one.
 */
class ConcurrencyTest {

  private static final List<String> ARTICLES = List.of("crane", "asylum", "flag", "korea");
  private static final int DOCUMENTS = 5;
  private static final int THREADS = 4;

  @Test
  void fourThreadsGiveTheBytesOfOneThreadDocumentForDocument() throws Exception {
    long seed = Long.getLong("claimkit.seed", new Random().nextLong());
    List<Document> documents = randomDocuments(new Random(seed));
    ClaimPipeline pipeline = SharedPipeline.get();

    List<String> sequential = new ArrayList<>();
    for (Document document : documents) {
      Extraction extraction = pipeline.extract(document);
      SpanInvariants.check(extraction);
      sequential.add(ExtractionJson.toLine(extraction));
    }

    // Every document twice, in a shuffled order, on four threads at once.
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < 2 * documents.size(); k++) {
      order.add(k % documents.size());
    }
    Collections.shuffle(order, new Random(seed + 1));
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> lines = new ArrayList<>();
      for (int index : order) {
        lines.add(threads.submit(() -> ExtractionJson.toLine(pipeline.extract(documents.get(index)))));
      }
      for (int k = 0; k < order.size(); k++) {
        Future<String> line = lines.get(k);
        int index = order.get(k);
        String parallel = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> line.get());
        assertThat(parallel)
            .as("document %d with seed %d (-Dclaimkit.seed=%d replays it)", index, seed, seed)
            .isEqualTo(sequential.get(index));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Documents of a headline and two paragraphs, from Wikinews sentences with numbers and quotes mixed in. */
  static List<Document> randomDocuments(Random random) {
    List<String> sentences = new ArrayList<>();
    for (String name : ARTICLES) {
      for (String paragraph : read("wikinews/" + name + ".txt").split("\n+")) {
        Arrays.stream(paragraph.split("(?<=[.!?])\\s+(?=[A-Z\"“])"))
            .map(String::strip)
            .filter(s -> s.length() > 20 && s.length() < 300)
            .forEach(sentences::add);
      }
    }
    String[] numbers = {"about 2,500", "at least 151", "between 20 and 30", "hundreds of thousands of",
        "more than 1.5 million", "nearly 70%", "$48.2 million", "three", "12"};
    String[] things = {"troops", "people", "attacks", "dollars", "homes", "votes"};
    List<Document> documents = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS; d++) {
      StringBuilder text = new StringBuilder();
      text.append(pick(random, numbers)).append(' ').append(pick(random, things)).append(" reported\n\n");
      for (int p = 0; p < 2; p++) {
        for (int s = 0; s < 3; s++) {
          String sentence = sentences.get(random.nextInt(sentences.size()));
          switch (random.nextInt(4)) {
            case 0 -> text.append('“').append(sentence).append("” officials said. ");
            case 1 -> text.append("Officials said ").append(pick(random, numbers)).append(' ')
                .append(pick(random, things)).append(" were counted. ").append(sentence).append(' ');
            default -> text.append(sentence).append(' ');
          }
        }
        text.append("\n\n");
      }
      documents.add(Document.of("random-" + d, text.toString()));
    }
    return documents;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String read(String name) {
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
