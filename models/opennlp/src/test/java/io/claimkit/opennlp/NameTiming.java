package io.claimkit.opennlp;

import io.claimkit.analysis.Analysis;
import io.claimkit.text.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of the name finders alone, on one thread: the documents of a folder are analyzed once, then the
 * model, the rules, both passes together and the whole backend (names included) run over their sentences for a few seconds each; prints tokens
 * per second of thread CPU time of each, and the model's load time. Not a test: a program (see the module README).
 */
public final class NameTiming {

  private NameTiming() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../../../shared/data/wikinews");
    long start = System.nanoTime();
    NameModel model = NameModel.load();
    System.out.printf(Locale.ROOT, "name model loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    OpenNlpBackend backend = OpenNlpBackend.create(OpenNlpOptions.defaults());
    List<Analysis> analyses = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        analyses.add(backend.analyze(Document.of(file.toString(), Files.readString(file))));
      }
    }
    long tokens = analyses.stream().mapToLong(a -> a.tokens().size()).sum();
    long read = analyses.stream().flatMap(a -> a.sentences().stream()).flatMap(x -> NameModel.stretches(x.tokens()).stream())
        .mapToLong(r -> r[1] - r[0]).sum();
    System.out.printf(Locale.ROOT, "the model reads %d of %d tokens (%.0f %%)%n", read, tokens, 100.0 * read / tokens);
    NameFinder rules = new NameFinder();
    NamePasses passes = new NamePasses(model, rules);
    time("model", tokens, () -> analyses.forEach(a -> model.find(a.document().text(), a.sentences())));
    time("rules", tokens, () -> analyses.forEach(a -> rules.find(a.document().text(), a.sentences())));
    time("both passes", tokens, () -> analyses.forEach(a -> passes.find(a.document().text(), a.sentences())));
    time("backend", tokens, () -> analyses.forEach(a -> backend.analyze(a.document())));
  }

  private static void time(String what, long tokens, Runnable pass) {
    for (long end = System.nanoTime() + 3_000_000_000L; System.nanoTime() < end; ) {
      pass.run(); // warm-up
    }
    // Thread CPU time, not wall time: on a shared machine the wall clock also counts other programs' turns.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long passes = 0;
    long start = threads.getCurrentThreadCpuTime();
    while (threads.getCurrentThreadCpuTime() - start < 5_000_000_000L) {
      pass.run();
      passes++;
    }
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%-12s %,.0f tokens/s (%d tokens x %d passes)%n", what, tokens * passes / seconds,
        tokens, passes);
  }
}
