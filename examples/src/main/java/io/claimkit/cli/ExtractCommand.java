package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.Backend;
import io.claimkit.json.ExtractionJson;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimkit extract}: one JSON Lines record per input document, in input order. */
@Command(
    name = "extract",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = ClaimKitCli.Version.class,
    description = {
      "Extracts the mentions and claims of news articles as JSON Lines.",
      "",
      "Prints one JSON object per document, one a line, in input order: its regions, its mentions"
          + " (numbers with their qualifiers, entities, dates) and its claims, each with its exact span.",
      "A document that cannot be processed (unreadable, binary, not UTF-8, too large) gets an error record"
          + " {\"doc\": ..., \"error\": {\"kind\": ..., \"message\": ...}} and the others go on.",
      "Logs go to stderr; stdout carries only the records."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was processed",
      "1:at least one document failed: see its error record",
      "2:invalid command line"
    })
final class ExtractCommand implements Callable<Integer> {

  static final int SOME_FAILED = 1;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = {
        "Text files (UTF-8) and folders to read. A folder is read recursively, its files in sorted order,"
            + " hidden files and folders skipped. Without a PATH, the bundled sample articles are read."
      })
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the records to FILE (UTF-8, replaced if it exists) instead of stdout.")
  private Path output;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      defaultValue = "1",
      description = "Documents analyzed at once, sharing one loaded model (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "" + ClaimPipeline.DEFAULT_MAX_CHARS,
      description =
          "Longest document accepted, in UTF-16 code units; a longer one gets a too_large error record"
              + " (default: ${DEFAULT-VALUE}).")
  private int maxChars;

  @Spec private CommandSpec spec;

  private final Supplier<Backend> backend;

  /** @param backend supplies the NLP backend, called once per run; it is shared and not closed here */
  ExtractCommand(Supplier<Backend> backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    validate();
    List<Input> inputs = paths.isEmpty() ? TextInputs.samples() : TextInputs.of(paths, maxChars);
    Writer file = output == null ? null : open(output); // before the slow model load, to fail early
    Function<Input, Outcome> process = processor();
    int failed;
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      failed = run(inputs, process, out);
      out.flush();
    } else {
      try (Writer out = file) {
        failed = run(inputs, process, out);
      }
    }
    if (failed > 0) {
      LOG.warn("{} of {} documents failed", failed, inputs.size());
      return SOME_FAILED;
    }
    return 0;
  }

  private Writer open(Path file) {
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot write --output " + file + ": " + e);
    }
  }

  private void validate() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    if (maxChars < 1) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1: " + maxChars);
    }
  }

  /** What one document became: its record, and whether it is an error record. */
  private record Outcome(String line, boolean failed) {}

  /** Reads and extracts one input; when no pipeline can be built, every document gets that error. */
  private Function<Input, Outcome> processor() {
    ClaimPipeline pipeline;
    try {
      Backend loaded = backend.get();
      LOG.info("backend {}", loaded.name());
      pipeline = ClaimPipeline.builder().backend(loaded).maxChars(maxChars).build();
    } catch (ClaimKitException e) {
      LOG.error("no pipeline: {}", e.getMessage());
      LOG.debug("no pipeline", e);
      return input -> new Outcome(ExtractionJson.errorLine(input.id(), e), true);
    } catch (RuntimeException e) {
      LOG.error("no pipeline", e);
      ClaimKitException error =
          new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, String.valueOf(e), e);
      return input -> new Outcome(ExtractionJson.errorLine(input.id(), error), true);
    }
    return input -> extract(pipeline, input);
  }

  private static Outcome extract(ClaimPipeline pipeline, Input input) {
    try {
      long start = System.nanoTime();
      Document document = input.read();
      Extraction extraction = pipeline.extract(document);
      LOG.info(
          "{}: {} mentions, {} claims in {} ms",
          input.id(),
          extraction.mentions().size(),
          extraction.claims().size(),
          (System.nanoTime() - start) / 1_000_000);
      return new Outcome(ExtractionJson.toLine(extraction), false);
    } catch (ClaimKitException e) {
      LOG.warn("{}", e.getMessage());
      return new Outcome(ExtractionJson.errorLine(input.id(), e), true);
    } catch (RuntimeException e) {
      LOG.warn("document {} failed", input.id(), e);
      return new Outcome(
          ExtractionJson.errorLine(input.id(), ErrorKind.ANALYSIS_FAILED, String.valueOf(e)), true);
    }
  }

  /**
   * Processes the inputs on {@code threads} workers and writes each record in input order, holding at
   * most two records per worker in memory. Returns the number of error records.
   */
  private int run(List<Input> inputs, Function<Input, Outcome> process, Writer out)
      throws IOException, InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(threads, ExtractCommand::daemon);
    try {
      Deque<Future<Outcome>> pending = new ArrayDeque<>();
      int failed = 0;
      for (Input input : inputs) {
        pending.add(workers.submit(() -> process.apply(input)));
        if (pending.size() >= 2 * threads) {
          failed += write(pending.remove(), out);
        }
      }
      while (!pending.isEmpty()) {
        failed += write(pending.remove(), out);
      }
      return failed;
    } finally {
      workers.shutdownNow();
    }
  }

  private static int write(Future<Outcome> next, Writer out) throws IOException, InterruptedException {
    Outcome outcome;
    try {
      outcome = next.get();
    } catch (ExecutionException e) {
      // process() turns every exception into an error record; what arrives here is an Error.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
    out.write(outcome.line());
    out.write('\n');
    return outcome.failed() ? 1 : 0;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "claimkit-extract");
    thread.setDaemon(true);
    return thread;
  }
}
