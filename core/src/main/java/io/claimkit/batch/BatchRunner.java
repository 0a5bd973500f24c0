package io.claimkit.batch;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.text.Document;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one shared {@link ClaimPipeline} over many documents on a pool of worker threads and delivers exactly
 * one {@link BatchResult} per input, in input order, while holding at most {@value #IN_FLIGHT_PER_THREAD}
 * {@code × threads} documents in memory: inputs are pulled from the iterator only as workers free up. The
 * window is wider than the pool so that one long document, whose result the others must wait behind to be
 * delivered in order, does not leave the other workers idle.
 *
 * <p><b>Time limit.</b> Each document's limit starts when a worker takes it up. When it passes, the document's
 * result is fixed as a {@code timeout} error at once, its worker is interrupted, and its place in the pool is
 * given to the next document, so a runaway document never blocks the batch. The JVM cannot stop a thread
 * that ignores interrupts, and CoreNLP does: the timed-out worker keeps running until the backend returns
 * (the CoreNLP backend checks for the interrupt between blocks of text, so that is within one block), on a
 * daemon thread that keeps no JVM alive, and whatever it computes is discarded. The one result
 * of a document is a single {@link CompletableFuture} that the worker and the timer race to complete, so a
 * late result can never be written a second time. While it runs, a stray worker uses a core beside the
 * {@code threads} workers; {@link #run} logs how many are still running when the batch ends.
 *
 * <p>A reader or analysis failure becomes that document's {@code Failed} result and the batch goes on; an
 * {@link Error} (such as {@link OutOfMemoryError}) stops the batch and is thrown from {@link #run}.
 * Thread-safe: several batches may run at once on one runner.
 */
public final class BatchRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
  /** Documents read and not yet delivered, per worker thread. */
  static final int IN_FLIGHT_PER_THREAD = 8;

  private final ClaimPipeline pipeline;
  private final BatchOptions options;

  public BatchRunner(ClaimPipeline pipeline, BatchOptions options) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.options = Objects.requireNonNull(options, "options");
  }

  public BatchOptions options() {
    return options;
  }

  /** Runs a batch held in memory and returns its results in input order. */
  public List<BatchResult> runAll(List<Document> documents) throws InterruptedException {
    List<BatchResult> results = new ArrayList<>(documents.size());
    try {
      run(documents.stream().map(BatchInput::of).iterator(), OptionalLong.of(documents.size()),
          results::add, BatchListener.NONE);
    } catch (IOException e) {
      throw new IllegalStateException("a list does not throw", e);
    }
    return results;
  }

  /**
   * Runs a batch: pulls inputs as workers free up, and hands each result to {@code sink}, then to {@code
   * listener}, in input order, on this thread.
   *
   * @param total the number of inputs when known, for the progress the listener sees
   * @return the final progress: how many results, how many failed, how long it took
   * @throws IOException when the sink fails; the batch stops there
   * @throws InterruptedException when this thread is interrupted; the workers are interrupted too
   */
  public BatchProgress run(
      Iterator<BatchInput> inputs, OptionalLong total, BatchSink sink, BatchListener listener)
      throws IOException, InterruptedException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(listener, "listener");
    Run run = new Run(total, sink, listener);
    try {
      while (true) {
        while (run.pending.size() >= IN_FLIGHT_PER_THREAD * options.threads()) {
          run.deliverOldest();
        }
        if (!inputs.hasNext()) {
          break;
        }
        BatchInput input = inputs.next();
        run.workers.acquire();
        Task task = new Task(input);
        run.pending.add(task);
        run.pool.execute(() -> run.work(task));
        // Hand on what is already done, so output and progress keep up with the work.
        while (!run.pending.isEmpty() && run.pending.peekFirst().result.isDone()) {
          run.deliverOldest();
        }
      }
      while (!run.pending.isEmpty()) {
        run.deliverOldest();
      }
      return run.progress();
    } finally {
      run.close();
    }
  }

  /** One document on its way: the single result the worker and the timer race to set. */
  private static final class Task {
    final BatchInput input;
    final CompletableFuture<BatchResult> result = new CompletableFuture<>();
    /** The thread working on it, while it does; guarded by {@code this}. */
    Thread worker;
    /** Whether the timer fixed its result while a worker ran it; guarded by {@code this}. */
    boolean timedOut;
    /** Whether the timer tried to fix its result; set before it does, read after the result is set. */
    volatile boolean expired;

    Task(BatchInput input) {
      this.input = input;
    }
  }

  /** The state of one call to {@link #run}. */
  private final class Run {
    final Deque<Task> pending = new ArrayDeque<>();
    /** One permit per worker slot, given back by whoever completes a task: the worker or the timer. */
    final Semaphore workers = new Semaphore(options.threads());
    /** Workers still running documents whose time limit passed. */
    final AtomicInteger strays = new AtomicInteger();
    final ExecutorService pool = Executors.newCachedThreadPool(daemons("claimkit-batch"));
    final ScheduledExecutorService timer =
        options.timeout().isPresent() ? Executors.newSingleThreadScheduledExecutor(daemons("claimkit-timer")) : null;
    final OptionalLong total;
    final BatchSink sink;
    final BatchListener listener;
    final long start = System.nanoTime();
    long done;
    long failed;

    Run(OptionalLong total, BatchSink sink, BatchListener listener) {
      this.total = total;
      this.sink = sink;
      this.listener = listener;
    }

    void work(Task task) {
      synchronized (task) {
        task.worker = Thread.currentThread();
      }
      long begin = System.nanoTime();
      ScheduledFuture<?> alarm = timer == null
          ? null
          : timer.schedule(() -> expire(task), options.timeout().get().toNanos(), TimeUnit.NANOSECONDS);
      try {
        complete(task, extract(task, begin));
      } catch (Throwable e) { // an Error: it stops the batch, on the delivering thread
        if (task.result.completeExceptionally(e)) {
          workers.release();
        }
      } finally {
        if (alarm != null) {
          alarm.cancel(false);
        }
        synchronized (task) {
          task.worker = null;
          Thread.interrupted(); // an interrupt meant for this task must not reach the thread's next one
          if (task.timedOut) {
            strays.decrementAndGet();
          }
        }
      }
    }

    void complete(Task task, BatchResult result) {
      if (task.result.complete(result)) {
        workers.release();
      } else { // the timer logged the one line this document gets
        LOG.debug("document {} finished after its time limit, in {} ms; the late result is discarded",
            task.input.id(), result.elapsed().toMillis());
      }
    }

    /** The timer's side of the race: fixes a timeout result, frees the slot and interrupts the worker. */
    void expire(Task task) {
      Duration limit = options.timeout().get();
      ClaimKitException error = new ClaimKitException(
          ErrorKind.TIMEOUT, task.input.id(), "analysis took longer than " + limit.toMillis() + " ms");
      task.expired = true; // before the result is set, so that whoever delivers it sees the flag
      if (task.result.complete(new BatchResult.Failed(task.input.id(), error, limit))) {
        workers.release();
        synchronized (task) {
          if (task.worker != null) {
            task.timedOut = true;
            strays.incrementAndGet();
            task.worker.interrupt();
          }
        }
      }
    }

    void deliverOldest() throws IOException, InterruptedException {
      Task task = pending.removeFirst();
      BatchResult result;
      try {
        result = task.result.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
      done++;
      if (result instanceof BatchResult.Failed timedOut && task.expired
          && timedOut.error().kind() == ErrorKind.TIMEOUT) {
        // The one line a timed-out document gets, logged here, in order, before the run returns; what its
        // worker does afterwards goes to the debug log.
        LOG.warn("{}; the document is given up and its worker left to finish", timedOut.error().getMessage());
      }
      if (result instanceof BatchResult.Failed) {
        failed++;
      }
      sink.accept(result);
      listener.delivered(result, progress());
    }

    BatchProgress progress() {
      return new BatchProgress(done, failed, total, Duration.ofNanos(System.nanoTime() - start));
    }

    void close() {
      pool.shutdownNow();
      if (timer != null) {
        timer.shutdownNow();
      }
      int left = strays.get();
      if (left > 0) {
        LOG.warn("{} worker(s) still running past their documents' time limits; they end when the backend returns",
            left);
      }
    }
  }

  /**
   * Reads and extracts one document. Each failure is logged once, as one line that names its kind and
   * document; a failure after the time limit (the worker was interrupted) is only the echo of the timeout,
   * which the timer logged, so it goes to the debug log.
   */
  private BatchResult extract(Task task, long begin) {
    BatchInput input = task.input;
    try {
      Document document = input.loader().read();
      Extraction extraction = pipeline.extract(document);
      if (document.text().isBlank()) {
        LOG.warn("document {} is {}: no text to analyze", input.id(), document.text().isEmpty() ? "empty" : "blank");
      }
      return new BatchResult.Extracted(input.id(), extraction, since(begin));
    } catch (ClaimKitException e) {
      logFailure(task, e);
      return new BatchResult.Failed(input.id(), e, since(begin));
    } catch (RuntimeException e) {
      ClaimKitException error =
          new ClaimKitException(ErrorKind.ANALYSIS_FAILED, input.id(), String.valueOf(e), e);
      logFailure(task, error);
      return new BatchResult.Failed(input.id(), error, since(begin));
    }
  }

  /** One line; a failure of the analysis itself carries its stack trace, for a bug report. */
  private static void logFailure(Task task, ClaimKitException e) {
    if (task.result.isDone()) {
      LOG.debug("after its time limit: {}", e.getMessage(), e);
    } else if (e.kind() == ErrorKind.ANALYSIS_FAILED && e.getCause() != null) {
      LOG.warn("{}", e.getMessage(), e.getCause());
    } else {
      LOG.warn("{}", e.getMessage());
    }
  }

  private static Duration since(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
