package io.claimkit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Iterators;
import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.testing.Seeds;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The batch runner on core's tagger-less test analysis (every word a token, numbers found by the quantity
 * recognizer): order, one result per input, typed errors, time limits and bounded memory.
 */
class BatchRunnerTest {

  /** Documents whose text starts with this stall in the backend until the test lets them go. */
  private static final String STALL = "STALL";
  private static final String FAIL = "FAIL";

  /**
   * The crude tokenization of core's test fixtures, which stalls on a latch or throws when a document asks:
   * the backend stands in for a slow or broken NLP library, and counts the documents in analysis at once.
   */
  private static final class TestBackend implements Backend {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger inAnalysis = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final List<String> finishedAfterRelease = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String name() {
      return "test";
    }

    @Override
    public Analysis analyze(Document document) {
      mostAtOnce.accumulateAndGet(inAnalysis.incrementAndGet(), Math::max);
      try {
        if (document.text().startsWith(FAIL)) {
          throw new IllegalStateException("the backend broke on " + document.id());
        }
        if (document.text().startsWith(STALL)) {
          // Ignores interrupts, as CoreNLP does: only the latch lets it go.
          boolean released = false;
          while (!released) {
            try {
              released = release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              // keep running, like a backend that never checks
            }
          }
          finishedAfterRelease.add(document.id());
        }
        return TaggedText.crude(document);
      } finally {
        inAnalysis.decrementAndGet();
      }
    }
  }

  private static Document doc(int i, String text) {
    return Document.of("d" + i, text);
  }

  private static List<Document> plain(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> doc(i, "Officials said " + (100 + i) + " troops remain, after " + i + " attacks."))
        .toList();
  }

  @Test
  void deliversOneResultPerInputInInputOrderOnSeveralThreads() throws Exception {
    TestBackend backend = new TestBackend();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(backend).build();
    List<Document> documents = plain(40);

    List<BatchResult> results = new BatchRunner(pipeline, BatchOptions.threads(3)).runAll(documents);

    assertThat(results).extracting(BatchResult::id)
        .containsExactlyElementsOf(documents.stream().map(Document::id).toList());
    for (int i = 0; i < documents.size(); i++) {
      BatchResult.Extracted extracted = (BatchResult.Extracted) results.get(i);
      assertThat(extracted.extraction().document()).isSameAs(documents.get(i));
      // The same as one document at a time on the same pipeline.
      assertThat(extracted.extraction()).isEqualTo(pipeline.extract(documents.get(i)));
      SpanInvariants.check(extracted.extraction());
    }
    assertThat(backend.mostAtOnce.get()).isBetween(1, 3);
  }

  @Test
  void givesAFailingDocumentATypedErrorAndGoesOn() throws Exception {
    TestBackend backend = new TestBackend();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(backend).maxChars(200).build();
    List<BatchInput> inputs = List.of(
        BatchInput.of(doc(0, "Only 3 lines.")),
        BatchInput.of(doc(1, FAIL + " here")),
        new BatchInput("unreadable", () -> {
          throw new ClaimKitException(ErrorKind.UNREADABLE, "unreadable", "no such file");
        }),
        new BatchInput("crashing-loader", () -> {
          throw new IllegalArgumentException("bad bytes");
        }),
        BatchInput.of(doc(4, "x".repeat(201))),
        BatchInput.of(doc(5, "And 7 more.")));
    List<BatchResult> results = new ArrayList<>();
    List<BatchProgress> progress = new ArrayList<>();

    BatchProgress last = new BatchRunner(pipeline, BatchOptions.threads(2))
        .run(inputs.iterator(), OptionalLong.of(inputs.size()), results::add, (r, p) -> progress.add(p));

    assertThat(results).extracting(BatchResult::id)
        .containsExactly("d0", "d1", "unreadable", "crashing-loader", "d4", "d5");
    assertThat(results.get(0)).isInstanceOf(BatchResult.Extracted.class);
    assertThat(results.get(5)).isInstanceOf(BatchResult.Extracted.class);
    assertThat(kind(results.get(1))).isEqualTo(ErrorKind.ANALYSIS_FAILED);
    assertThat(((BatchResult.Failed) results.get(1)).error().getMessage())
        .isEqualTo("analysis_failed in document d1: java.lang.IllegalStateException: the backend broke on d1");
    assertThat(kind(results.get(2))).isEqualTo(ErrorKind.UNREADABLE);
    assertThat(kind(results.get(3))).isEqualTo(ErrorKind.ANALYSIS_FAILED);
    assertThat(((BatchResult.Failed) results.get(3)).error().documentId()).contains("crashing-loader");
    assertThat(kind(results.get(4))).isEqualTo(ErrorKind.TOO_LARGE);
    assertThat(progress).extracting(BatchProgress::done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(progress).extracting(BatchProgress::failed).containsExactly(0L, 1L, 2L, 3L, 4L, 4L);
    assertThat(last.done()).isEqualTo(6);
    assertThat(last.failed()).isEqualTo(4);
    assertThat(last.total()).hasValue(6);
  }

  @Test
  void aDocumentPastItsTimeLimitGetsOneTimeoutRecordAndCannotBlockTheBatch() throws Exception {
    TestBackend backend = new TestBackend();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(backend).build();
    List<Document> documents = new ArrayList<>(plain(6));
    // Two runaway documents on two workers: without the time limit every worker would be stuck.
    documents.set(1, doc(1, STALL + " one"));
    documents.set(2, doc(2, STALL + " two"));
    BatchRunner runner = new BatchRunner(pipeline, BatchOptions.threads(2).withTimeout(Duration.ofMillis(300)));
    List<String> written = new ArrayList<>();
    ConcurrentHashMap<String, Integer> writes = new ConcurrentHashMap<>();

    runner.run(documents.stream().map(BatchInput::of).iterator(), OptionalLong.empty(),
        r -> {
          written.add(r.id() + ":" + (r instanceof BatchResult.Failed f ? f.error().kind().jsonName() : "ok"));
          writes.merge(r.id(), 1, Integer::sum);
        },
        BatchListener.NONE);

    assertThat(written).containsExactly("d0:ok", "d1:timeout", "d2:timeout", "d3:ok", "d4:ok", "d5:ok");
    // The stalled workers were still running when the batch ended; once they finish, nothing more is written.
    assertThat(backend.finishedAfterRelease).isEmpty();
    backend.release.countDown();
    while (backend.inAnalysis.get() > 0) {
      Thread.sleep(10);
    }
    assertThat(backend.finishedAfterRelease).containsExactlyInAnyOrder("d1", "d2");
    assertThat(writes).containsOnlyKeys("d0", "d1", "d2", "d3", "d4", "d5").allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(written).hasSize(6);
  }

  @Test
  void pullsInputsOnlyAsWorkersFreeUp() throws Exception {
    TestBackend backend = new TestBackend();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(backend).build();
    AtomicInteger pulled = new AtomicInteger();
    List<Integer> aheadOfDelivery = new ArrayList<>();
    List<Document> documents = plain(60);
    Iterator<BatchInput> all = documents.stream().map(BatchInput::of).toList().iterator();
    Iterator<BatchInput> inputs = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return all.hasNext();
      }

      @Override
      public BatchInput next() {
        pulled.incrementAndGet();
        return all.next();
      }
    };
    AtomicInteger delivered = new AtomicInteger();

    new BatchRunner(pipeline, BatchOptions.threads(2)).run(inputs, OptionalLong.empty(),
        r -> aheadOfDelivery.add(pulled.get() - delivered.incrementAndGet()), BatchListener.NONE);

    assertThat(delivered.get()).isEqualTo(60);
    // When a result is delivered, at most the window less one other documents have been read and not delivered.
    int window = BatchRunner.IN_FLIGHT_PER_THREAD * 2;
    assertThat(aheadOfDelivery).allSatisfy(n -> assertThat(n).isBetween(0, window - 1));
  }

  @Test
  void oneLongDocumentDoesNotIdleTheOtherWorkers() throws Exception {
    TestBackend backend = new TestBackend();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(backend).build();
    List<Document> documents = new ArrayList<>();
    documents.add(doc(0, STALL + " a long one"));
    documents.addAll(plain(40).subList(1, 40));
    AtomicInteger pulled = new AtomicInteger();
    Iterator<BatchInput> inputs = Iterators.transform(documents.iterator(), d -> {
      pulled.incrementAndGet();
      return BatchInput.of(d);
    });
    List<BatchResult> results = Collections.synchronizedList(new ArrayList<>());
    Thread batch = new Thread(() -> {
      try {
        new BatchRunner(pipeline, BatchOptions.threads(2)).run(inputs, OptionalLong.empty(), results::add,
            BatchListener.NONE);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    batch.start();

    // While d0 stalls, the other worker goes on until the whole window is read.
    int window = BatchRunner.IN_FLIGHT_PER_THREAD * 2;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (pulled.get() < window && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(pulled.get()).isEqualTo(window);
    assertThat(results).isEmpty();
    backend.release.countDown();
    batch.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(results).extracting(BatchResult::id)
        .containsExactlyElementsOf(documents.stream().map(Document::id).toList());
  }

  @Test
  void runsTheSeedsLikeOneAtATime() throws Exception {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(new TestBackend()).build();
    List<BatchResult> results = new BatchRunner(pipeline, BatchOptions.threads(2)).runAll(Seeds.documents());
    assertThat(results).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(((BatchResult.Extracted) results.get(i)).extraction())
          .isEqualTo(pipeline.extract(Seeds.documents().get(i)));
    }
  }

  @Test
  void refusesNoThreadsAndANonPositiveTimeLimit() {
    assertThatThrownBy(() -> BatchOptions.threads(0))
        .isInstanceOf(ClaimKitException.class).hasMessage("invalid_argument: threads must be at least 1: 0");
    assertThatThrownBy(() -> BatchOptions.threads(1).withTimeout(Duration.ZERO))
        .isInstanceOf(ClaimKitException.class).hasMessage("invalid_argument: timeout must be positive: PT0S");
  }

  private static ErrorKind kind(BatchResult result) {
    return ((BatchResult.Failed) result).error().kind();
  }
}
