package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Backend;
import io.claimkit.batch.BatchInput;
import io.claimkit.batch.BatchOptions;
import io.claimkit.batch.BatchProgress;
import io.claimkit.batch.BatchResult;
import io.claimkit.batch.BatchRunner;
import io.claimkit.batch.BatchSink;
import io.claimkit.json.ExtractionJson;
import io.claimkit.json.JsonOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "A file ending in .jsonl or .ndjson holds one document a line: {\"id\": ..., \"text\": ...,"
          + " \"published\"?: \"2024-01-25\", \"source\"?: ...}; any other file is one UTF-8 text document.",
      "A document that cannot be processed (unreadable, binary, not UTF-8, too large, a bad JSON line, past"
          + " --timeout) gets an error record {\"doc\": ..., \"error\": {\"kind\": ..., \"message\": ...}}"
          + " and the others go on.",
      "Each record is flushed as it is written: a killed run loses at most the documents in analysis, and"
          + " --resume goes on from there.",
      "Logs and the progress bar (on a terminal) go to stderr; stdout carries only the records."
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
        "Text files (UTF-8), JSON Lines files (.jsonl, .ndjson) and folders to read. A folder is read"
            + " recursively, its files in sorted order, hidden files and folders skipped. Without a PATH, the"
            + " bundled sample articles are read."
      })
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the records to FILE (UTF-8, replaced if it exists unless --resume) instead of stdout.")
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

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Time one document may take; a slower one gets a timeout error record and the run goes on."
          + " Its worker thread is left to finish in the background and its result is dropped. Default: no"
          + " limit.")
  private Double timeoutSeconds;

  @Option(
      names = "--resume",
      description = "Go on with a run that stopped: keep the records already in --output (cutting off a torn"
          + " last line), skip their documents, and append the records of the others.")
  private boolean resume;

  /** What the records look like. */
  enum Format {
    /** JSON Lines: one JSON object a line. */
    JSON,
    /** A summary for a person to read: each claim on a line. */
    TEXT
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (the default): one JSON Lines record per document; text: a summary for a person to"
          + " read, each claim on a line with its type, span, speaker, quantity and the text under it.")
  private Format format;

  @Option(
      names = "--pretty",
      description = "Indent each JSON record over several lines (for reading; the output is then no longer"
          + " JSON Lines).")
  private boolean pretty;

  @Option(
      names = "--annotations",
      description = "Add the analysis to each record: \"sentences\", each with its span and its tokens (span,"
          + " text, part of speech, lemma).")
  private boolean annotations;

  @Option(
      names = "--no-progress",
      description = "No progress bar, even when stderr is a terminal.")
  private boolean noProgress;

  @Spec private CommandSpec spec;

  @Mixin private BackendOption backendOption = new BackendOption();

  private final Supplier<Backend> backend;

  /** @param backend supplies the NLP backend, called once per run; it is shared and not closed here */
  ExtractCommand(Supplier<Backend> backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    validate();
    // Listed once, before the output is opened: a file that appears later, the output above all, is not read.
    List<TextInputs.FileEntry> listed = list();
    Map<String, Integer> written = resume ? readWritten() : Map.of();
    long alreadyWritten = written.values().stream().mapToLong(Integer::longValue).sum();
    Iterator<BatchInput> inputs = DocumentInputs.of(paths, listed, maxChars);
    if (!written.isEmpty()) {
      LOG.info("resuming: {} records already in {}", alreadyWritten, output);
      inputs = DocumentInputs.skipping(inputs, new HashMap<>(written));
    }
    Writer file = output == null ? null : open(output); // before the slow model load, to fail early
    BatchProgress done;
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      done = run(inputs, listed, alreadyWritten, out);
      out.flush();
    } else {
      try (Writer out = file) {
        done = run(inputs, listed, alreadyWritten, out);
      }
    }
    if (done.failed() > 0) {
      LOG.warn("{} of {} documents failed", done.failed(), done.done());
      return SOME_FAILED;
    }
    return 0;
  }

  /** The input files, without this run's own output (the --output file, or stdout's file). */
  private List<TextInputs.FileEntry> list() {
    try {
      return TextInputs.list(paths, OwnOutputs.of(output));
    } catch (ClaimKitException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Map<String, Integer> readWritten() {
    try {
      return ResumeFile.prepare(output);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot resume into --output " + output + ": "
          + e.getMessage());
    }
  }

  private Writer open(Path file) {
    try {
      return resume
          ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
          : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
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
    if (timeoutSeconds != null && !(timeoutSeconds > 0 && timeoutSeconds < 1e9)) {
      throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds: "
          + timeoutSeconds);
    }
    if (resume && output == null) {
      throw new ParameterException(spec.commandLine(), "--resume needs --output: the file to go on with");
    }
    if (resume && (pretty || format == Format.TEXT)) {
      throw new ParameterException(spec.commandLine(), "--resume reads back JSON Lines: not with --pretty or"
          + " --format text");
    }
    if (format == Format.TEXT && (pretty || annotations)) {
      throw new ParameterException(spec.commandLine(), "--pretty and --annotations are for --format json");
    }
  }

  /** Runs the batch and writes each record, flushed, in input order. */
  private BatchProgress run(
      Iterator<BatchInput> inputs, List<TextInputs.FileEntry> listed, long alreadyWritten, Writer out)
      throws IOException, InterruptedException {
    JsonOptions json = JsonOptions.DEFAULT.withAnnotations(annotations).withPretty(pretty);
    BatchSink sink = result -> {
      if (format == Format.TEXT) {
        out.write(TextSummary.of(result));
      } else {
        out.write(record(result, json));
        out.write('\n');
      }
      out.flush();
    };
    ClaimPipeline pipeline;
    try {
      Backend loaded = backendOption.or(backend).get();
      LOG.info("backend {}", loaded.name());
      pipeline = Backends.pipeline(loaded).maxChars(maxChars).build();
    } catch (RuntimeException e) {
      return withoutPipeline(inputs, e, sink);
    }
    BatchOptions options = BatchOptions.threads(threads);
    if (timeoutSeconds != null) {
      options = options.withTimeout(Duration.ofNanos(Math.round(timeoutSeconds * 1e9)));
    }
    BatchRunner runner = new BatchRunner(pipeline, options);
    if (noProgress || System.console() == null) {
      return runner.run(inputs, OptionalLong.empty(), sink, ExtractCommand::log);
    }
    OptionalLong total = OptionalLong.of(Math.max(0, DocumentInputs.count(paths, listed) - alreadyWritten));
    try (ProgressDisplay progress = new ProgressDisplay(total, System.err)) {
      return runner.run(inputs, total, sink, (result, p) -> {
        log(result, p);
        progress.delivered(result, p);
      });
    }
  }

  private static void log(BatchResult result, BatchProgress progress) {
    if (result instanceof BatchResult.Extracted extracted && LOG.isInfoEnabled()) {
      LOG.info("{}: {} mentions, {} claims in {} ms", result.id(), extracted.extraction().mentions().size(),
          extracted.extraction().claims().size(), result.elapsed().toMillis());
    }
  }

  /** The record of one result; an error record names the input's id, the id --resume looks for. */
  private static String record(BatchResult result, JsonOptions options) {
    if (result instanceof BatchResult.Extracted extracted) {
      return ExtractionJson.toJson(extracted.extraction(), options);
    }
    BatchResult.Failed failed = (BatchResult.Failed) result;
    return ExtractionJson.errorJson(failed.id(), failed.error().kind(), failed.error().getMessage(), options);
  }

  /** When no pipeline can be built, every document gets that error record. */
  private static BatchProgress withoutPipeline(Iterator<BatchInput> inputs, RuntimeException e, BatchSink sink)
      throws IOException {
    ClaimKitException error = e instanceof ClaimKitException known
        ? known
        : new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, String.valueOf(e), e);
    LOG.error("no pipeline: {}", error.getMessage());
    LOG.debug("no pipeline", e);
    long start = System.nanoTime();
    long count = 0;
    while (inputs.hasNext()) {
      BatchInput input = inputs.next();
      sink.accept(new BatchResult.Failed(input.id(), error, Duration.ZERO));
      count++;
    }
    return new BatchProgress(count, count, OptionalLong.of(count), Duration.ofNanos(System.nanoTime() - start));
  }
}
