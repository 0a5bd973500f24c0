package io.claimkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.AbstractIterator;
import com.google.common.collect.Iterators;
import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.analysis.Backend;
import io.claimkit.batch.BatchInput;
import io.claimkit.batch.BatchOptions;
import io.claimkit.batch.BatchProgress;
import io.claimkit.batch.BatchRunner;
import io.claimkit.corenlp.PlainCoreNlp;
import io.claimkit.eval.Category;
import io.claimkit.eval.Evaluation;
import io.claimkit.eval.Evaluator;
import io.claimkit.opennlp.OpenNlpBackend;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimkit bench}: throughput, load time and peak heap of plain CoreNLP and of ClaimKit on one corpus.
 *
 * <p>Each configuration runs in a fresh child JVM (same java, same classpath, {@code -Xmx} as given, the
 * throughput collector unless {@code --jvm-option} says otherwise): a model
 * loaded once stays loaded, and the JIT and the heap remember earlier work, so only a fresh JVM gives each
 * configuration its own load time and peak heap. The child prints one JSON line of figures; the parent prints
 * the table and the ratios to the baseline.
 *
 * <p>Throughput is measured the way JMH measures it: first the timed workload itself runs, untimed, for
 * {@code --warmup} seconds (the JIT compiles the hot code meanwhile, on the same cores the workers need), then
 * whole passes over the corpus are timed until {@code --min-time} seconds have passed. Ingestion jobs run for
 * hours, so the steady state is the figure that matters; a short run on a cold JVM mostly measures the JIT.
 */
@Command(
    name = "bench",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = ClaimKitCli.Version.class,
    description = {
      "Measures plain CoreNLP (tokenize,ssplit,pos,lemma,ner, default settings: the baseline) and ClaimKit's"
          + " full claim extraction on 1 and 2 threads on the bundled Wikinews texts (CC BY 2.5) repeated to"
          + " --tokens tokens, each in a fresh JVM; then how time grows with document length.",
      "Prints tokens/s, documents/s, pipeline load time and peak heap (the most heap in use, sampled every 20 ms),"
          + " and the seeds' scores of each ClaimKit run."
    })
final class BenchCommand implements Callable<Integer> {

  private static final String CORPUS = "/io/claimkit/bench/wikinews/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The configurations, in the order they run. */
  enum Phase { BASELINE, CLAIMKIT_1, CLAIMKIT_2, OPENNLP_1, OPENNLP_2, LINEAR, MEGABYTE, LENGTHS }

  @Option(names = "--tokens", paramLabel = "N", defaultValue = "100000",
      description = "Size of the timed corpus, in CoreNLP tokens (default: ${DEFAULT-VALUE}).")
  private long tokens;

  @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "2g",
      description = "The heap limit of each child JVM (default: ${DEFAULT-VALUE}).")
  private String xmx;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "45",
      description = "Untimed run of each workload before it is timed (default: ${DEFAULT-VALUE}).")
  private double warmupSeconds;

  @Option(names = "--min-time", paramLabel = "SECONDS", defaultValue = "15",
      description = "Timed passes over the corpus repeat until this much time has passed (default: ${DEFAULT-VALUE}).")
  private double minSeconds;

  /**
   * The collector of every child unless told otherwise: the JVM's throughput collector, the one for batch work.
   * With G1, the default, a one-thread run has the second core for G1's concurrent threads for free and two
   * threads gave 1.70 to 1.75 times one; with this collector 2.04 (README).
   */
  static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseParallelGC");

  @Option(names = "--jvm-option", paramLabel = "OPTION",
      description = "An option for every child JVM, given as --jvm-option=-XX:+UseG1GC; repeatable; replaces the"
          + " default -XX:+UseParallelGC (the throughput collector, for batch work).")
  private List<String> jvmOptions = new ArrayList<>();

  @Option(names = "--phases", paramLabel = "PHASE", split = ",",
      description = "Only these: BASELINE, CLAIMKIT_1, CLAIMKIT_2 (the CoreNLP backend), OPENNLP_1, OPENNLP_2 (the OpenNLP"
          + " backend), LINEAR, MEGABYTE (default: all but MEGABYTE).")
  private List<Phase> phases =
      List.of(Phase.BASELINE, Phase.CLAIMKIT_1, Phase.CLAIMKIT_2, Phase.OPENNLP_1, Phase.OPENNLP_2, Phase.LINEAR);

  @Option(names = "--lengths",
      description = "Only how time grows with length: one document each of 0.5, 1, 2 and 4 MB of news text"
          + " (paragraphs of the Wikinews texts, or of --lengths-dir, in turn) on the --backend, the time of each"
          + " and the ratio of each doubling (linear is 2).")
  private boolean lengths;

  @Option(names = "--lengths-dir", paramLabel = "DIR",
      description = "Read the paragraphs for --lengths from the .txt files of DIR instead of the bundled texts.")
  private Path lengthsDir;

  @Option(names = "--sizes", paramLabel = "MB", split = ",", defaultValue = "0.5,1,2,4",
      description = "The document sizes of --lengths, in millions of characters (default: ${DEFAULT-VALUE}).")
  private List<Double> sizes;

  @Mixin private BackendOption backendOption = new BackendOption();

  @Option(names = "--child", hidden = true, description = "Run one phase in this JVM and print its figures.")
  private Phase child;

  @Spec private CommandSpec spec;

  private final Supplier<Backend> backend;

  BenchCommand(Supplier<Backend> backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (child != null) {
      out.println(JSON.writeValueAsString(runPhase(child)));
      out.flush();
      return 0;
    }
    if (lengths) {
      phases = List.of(Phase.LENGTHS);
    }
    out.printf(Locale.ROOT, "claimkit bench: %,d tokens, -Xmx%s%s, %d cores, warm-up %.0f s, timed at least %.0f s,"
            + " load average %.2f at start%n", tokens, xmx, " " + String.join(" ", childOptions()),
        Runtime.getRuntime().availableProcessors(), warmupSeconds, minSeconds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.println("configuration                           tokens/s    docs/s   load s  peak heap MB  seeds F1 numbers/entities/persons/claims");
    out.flush();
    JsonNode baseline = null;
    JsonNode one = null;
    JsonNode openOne = null;
    for (Phase phase : phases) {
      JsonNode figures = inChild(phase);
      if (phase == Phase.LINEAR) {
        out.printf(Locale.ROOT, "linear: one document of %,d tokens %.2f s; the same 10 times as one document %.2f s:"
                + " %.1f times as long%n", figures.path("tokens").asLong(), figures.path("one_s").asDouble(),
            figures.path("ten_s").asDouble(), figures.path("ten_s").asDouble() / figures.path("one_s").asDouble());
      } else if (phase == Phase.LENGTHS) {
        printLengths(out, figures);
      } else if (phase == Phase.MEGABYTE) {
        out.printf(Locale.ROOT, "megabyte: %,d chars without punctuation in %.1f s%n", figures.path("chars").asLong(),
            figures.path("seconds").asDouble());
      } else {
        out.printf(Locale.ROOT, "%-36s %10.0f %9.2f %8.1f %13d  %s%n", figures.path("label").asText(),
            figures.path("tokens_per_s").asDouble(), figures.path("docs_per_s").asDouble(),
            figures.path("load_s").asDouble(), figures.path("peak_heap_mb").asLong(),
            figures.path("seeds").asText("-"));
        if (phase == Phase.BASELINE) {
          baseline = figures;
        } else if (phase == Phase.CLAIMKIT_1) {
          one = figures;
        } else if (phase == Phase.OPENNLP_1) {
          openOne = figures;
        }
        if (phase != Phase.BASELINE && baseline != null) {
          out.printf(Locale.ROOT, "  %.2f times the baseline's tokens/s%n",
              figures.path("tokens_per_s").asDouble() / baseline.path("tokens_per_s").asDouble());
        }
        JsonNode oneThread = phase == Phase.CLAIMKIT_2 ? one : phase == Phase.OPENNLP_2 ? openOne : null;
        if (oneThread != null) {
          out.printf(Locale.ROOT, "  %.2f times one thread%n",
              figures.path("tokens_per_s").asDouble() / oneThread.path("tokens_per_s").asDouble());
        }
      }
      out.flush();
    }
    out.printf(Locale.ROOT, "load average %.2f at the end%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
    return 0;
  }

  private List<String> childOptions() {
    return jvmOptions.isEmpty() ? DEFAULT_JVM_OPTIONS : jvmOptions;
  }

  /** Runs one phase in a fresh JVM and reads its JSON line. */
  private JsonNode inChild(Phase phase) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + xmx));
    command.addAll(childOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        ClaimKitCli.class.getName(), "bench", "--child", phase.name(), "--tokens", Long.toString(tokens),
        "--warmup", Double.toString(warmupSeconds), "--min-time", Double.toString(minSeconds),
        "--sizes", String.join(",", sizes.stream().map(String::valueOf).toList())));
    backendOption.choice().ifPresent(choice -> command.addAll(List.of("--backend", choice.name())));
    if (lengthsDir != null) {
      command.addAll(List.of("--lengths-dir", lengthsDir.toAbsolutePath().toString()));
    }
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    if (status != 0 || !last.startsWith("{")) {
      throw new IllegalStateException("bench phase " + phase + " failed with status " + status + ": " + output);
    }
    return JSON.readTree(last);
  }

  private ObjectNode runPhase(Phase phase) throws Exception {
    HeapSampler heap = HeapSampler.start();
    Corpus timed = phase == Phase.LENGTHS ? new Corpus(List.of(), 0) : corpus(tokens);
    List<Document> corpus = timed.documents();
    long corpusTokens = timed.tokens();
    ObjectNode figures = JSON.createObjectNode();
    switch (phase) {
      case BASELINE -> {
        long start = System.nanoTime();
        PlainCoreNlp plain = PlainCoreNlp.baseline();
        figures.put("load_s", seconds(start));
        Pass pass = documents -> documents.forEachRemaining(d -> plain.annotate(d.text()));
        throughput(figures, "baseline: CoreNLP " + PlainCoreNlp.BASELINE_ANNOTATORS, corpus, corpusTokens, pass);
      }
      case CLAIMKIT_1, CLAIMKIT_2, OPENNLP_1, OPENNLP_2 -> {
        int threads = phase == Phase.CLAIMKIT_1 || phase == Phase.OPENNLP_1 ? 1 : 2;
        boolean open = phase == Phase.OPENNLP_1 || phase == Phase.OPENNLP_2;
        long start = System.nanoTime();
        Backend chosen = open ? OpenNlpBackend.shared() : backend.get();
        ClaimPipeline pipeline = Backends.pipeline(chosen).build();
        figures.put("load_s", seconds(start));
        figures.put("seeds", seeds(pipeline));
        BatchRunner runner = new BatchRunner(pipeline, BatchOptions.threads(threads));
        AtomicLong failed = new AtomicLong();
        Pass pass = documents -> failed.addAndGet(runner.run(Iterators.transform(documents, BatchInput::of),
            OptionalLong.empty(), result -> {}, (result, progress) -> {}).failed());
        throughput(figures, "ClaimKit " + chosen.name() + ", " + threads + " thread" + (threads > 1 ? "s" : ""),
            corpus, corpusTokens, pass);
        figures.put("failed", failed.get());
      }
      case LINEAR -> {
        ClaimPipeline pipeline = Backends.pipeline(backendOption.or(backend).get()).build();
        warmUp(corpus, pipeline::extract);
        Document one = corpus.stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length())).get();
        Document ten = Document.of("ten", String.join("\n\n", java.util.Collections.nCopies(10, one.text())));
        pipeline.extract(one);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
          pipeline.extract(one);
        }
        figures.put("one_s", seconds(start) / 3);
        start = System.nanoTime();
        pipeline.extract(ten);
        figures.put("ten_s", seconds(start));
        figures.put("tokens", countTokens(List.of(one)));
      }
      case LENGTHS -> lengths(figures);
      case MEGABYTE -> {
        ClaimPipeline pipeline = Backends.pipeline(backendOption.or(backend).get()).build();
        String text = "the militia attacked positions near the river again and again ".repeat(17_000);
        long start = System.nanoTime();
        pipeline.extract(Document.of("megabyte", text));
        figures.put("seconds", seconds(start));
        figures.put("chars", text.length());
      }
      default -> throw new IllegalStateException(phase.name());
    }
    figures.put("peak_heap_mb", heap.stop() / (1024 * 1024));
    return figures;
  }

  /**
   * One document of each size, built of news paragraphs in turn, extracted once each after a warm-up on the
   * smallest; its time, tokens and claims.
   */
  private void lengths(ObjectNode figures) throws IOException {
    Backend chosen = backendOption.or(backend).get();
    List<String> paragraphs = LengthCorpus.paragraphs(lengthsDir);
    int largest = (int) Math.ceil(sizes.stream().mapToDouble(Double::doubleValue).max().orElse(1) * 1e6);
    ClaimPipeline pipeline = Backends.pipeline(chosen).maxChars(2 * largest + 100_000).build();
    figures.put("backend", chosen.name());
    figures.put("paragraphs", paragraphs.size());
    // Warm-up: the JIT compiles the hot code on a smaller document first.
    pipeline.extract(Document.of("warm-up", LengthCorpus.text(paragraphs, 200_000)));
    var rows = figures.putArray("sizes");
    for (double size : sizes) {
      String text = LengthCorpus.text(paragraphs, (int) Math.round(size * 1e6));
      System.gc();
      // CPU time of this thread beside the wall-clock time: on a busy machine it is the steadier figure.
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      Extraction extraction = pipeline.extract(Document.of(size + " MB", text));
      double seconds = seconds(start);
      double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      ObjectNode row = rows.addObject();
      row.put("mb", size);
      row.put("chars", text.length());
      row.put("seconds", seconds);
      row.put("cpu_seconds", cpuSeconds);
      row.put("tokens", extraction.sentences().stream().mapToLong(sentence -> sentence.tokens().size()).sum());
      row.put("claims", extraction.claims().size());
      System.err.printf(Locale.ROOT, "lengths: %s MB in %.1f s (%.1f s of CPU)%n", size, seconds, cpuSeconds);
    }
  }

  private static void printLengths(PrintWriter out, JsonNode figures) {
    out.printf(Locale.ROOT, "lengths on the %s backend (%d news paragraphs in turn):%n",
        figures.path("backend").asText(), figures.path("paragraphs").asInt());
    out.println("     MB      chars     tokens   claims   seconds  x previous   CPU s  x previous");
    JsonNode previous = null;
    for (JsonNode row : figures.path("sizes")) {
      out.printf(Locale.ROOT, "%7.1f %10d %10d %8d %9.2f %11s %7.2f %11s%n", row.path("mb").asDouble(),
          row.path("chars").asLong(), row.path("tokens").asLong(), row.path("claims").asLong(),
          row.path("seconds").asDouble(), ratio(row, previous, "seconds"), row.path("cpu_seconds").asDouble(),
          ratio(row, previous, "cpu_seconds"));
      previous = row;
    }
  }

  private static String ratio(JsonNode row, JsonNode previous, String field) {
    return previous == null ? "" : String.format(Locale.ROOT, "%.2f",
        row.path(field).asDouble() / previous.path(field).asDouble());
  }

  /** A workload: it processes the documents it is given. */
  @FunctionalInterface
  private interface Pass {
    void run(Iterator<Document> documents) throws Exception;
  }

  /**
   * Warms the workload up on the corpus, over and over, until the warm-up time has passed (checked between
   * documents, so a slow workload does not warm up for a whole pass), then times whole passes until the
   * minimum time has passed.
   */
  private void throughput(ObjectNode figures, String label, List<Document> corpus, long corpusTokens, Pass pass)
      throws Exception {
    long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
    Iterator<Document> cycle = Iterators.cycle(corpus);
    pass.run(new AbstractIterator<>() {
      @Override
      protected Document computeNext() {
        return System.nanoTime() < warmUntil ? cycle.next() : endOfData();
      }
    });
    long start = System.nanoTime();
    int passes = 0;
    do {
      pass.run(corpus.iterator());
      passes++;
    } while (seconds(start) < minSeconds);
    double seconds = seconds(start);
    figures.put("label", label);
    figures.put("seconds", seconds);
    figures.put("passes", passes);
    figures.put("tokens", corpusTokens);
    figures.put("tokens_per_s", passes * corpusTokens / seconds);
    figures.put("docs_per_s", passes * corpus.size() / seconds);
  }

  /** The first few documents once, untimed: the first documents after loading run several times slower. */
  private static void warmUp(List<Document> corpus, java.util.function.Consumer<Document> analyze) {
    corpus.stream().limit(6).forEach(analyze);
  }

  /** The seeds' F1 for numbers, entities, persons and all claims, as "1.00/0.35/1.00/1.00". */
  private static String seeds(ClaimPipeline pipeline) throws IOException {
    List<Extraction> extractions = new ArrayList<>();
    for (Input input : TextInputs.samples()) {
      extractions.add(pipeline.extract(input.read()));
    }
    Evaluation evaluation = Evaluator.evaluate(EvaluateCommand.bundledGold(), extractions);
    return String.format(Locale.ROOT, "%.2f/%.2f/%.2f/%.2f",
        evaluation.score(Category.NUMBERS).f1(), evaluation.score(Category.ENTITIES).f1(),
        evaluation.score(Category.PERSONS).f1(), evaluation.claims().f1());
  }

  /** The documents of the timed corpus and their number of CoreNLP tokens. */
  record Corpus(List<Document> documents, long tokens) {}

  /** The bundled Wikinews texts, repeated in order until they hold at least {@code target} tokens. */
  static Corpus corpus(long target) {
    List<Document> distinct = new ArrayList<>();
    for (String name : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      distinct.add(Document.of(name, resource(name)));
    }
    PlainCoreNlp tokenizer = PlainCoreNlp.tokenizer();
    List<Document> corpus = new ArrayList<>();
    long total = 0;
    for (int round = 0; total < target; round++) {
      for (Document document : distinct) {
        corpus.add(Document.of(document.id() + "#" + round, document.text()));
        total += tokenizer.annotate(document.text());
        if (total >= target) {
          break;
        }
      }
    }
    return new Corpus(corpus, total);
  }

  private static long countTokens(List<Document> documents) {
    PlainCoreNlp tokenizer = PlainCoreNlp.tokenizer();
    return documents.stream().mapToLong(d -> tokenizer.annotate(d.text())).sum();
  }

  private static String resource(String name) {
    try (InputStream in = BenchCommand.class.getResourceAsStream(CORPUS + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + CORPUS + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** The most heap in use, sampled every 20 ms on a daemon thread. */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      thread = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
    }

    static HeapSampler start() {
      HeapSampler sampler = new HeapSampler();
      sampler.thread.start();
      return sampler;
    }

    long stop() {
      running = false;
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      return peak.get();
    }
  }
}
