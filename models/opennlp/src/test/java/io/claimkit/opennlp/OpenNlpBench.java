package io.claimkit.opennlp;

import io.claimkit.analysis.Backend;
import io.claimkit.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Prints the OpenNLP backend's speed in tokens per second on a folder of .txt files, on one thread and on
 * two, with and without the language gate. Not a test: a program.
 *
 * <pre>
 * ./mvnw -q -pl models/opennlp -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd models/opennlp
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.claimkit.opennlp.OpenNlpBench \
 *     ../../../shared/data/wikinews
 * </pre>
 */
public final class OpenNlpBench {

  private static final int WARMUP_ROUNDS = 3;
  private static final int ROUNDS = 5;

  private OpenNlpBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/wikinews");
    List<Document> documents = read(folder);
    long start = System.nanoTime();
    OpenNlpBackend gated = OpenNlpBackend.shared();
    System.out.printf(Locale.ROOT, "load: %.2f s%n", (System.nanoTime() - start) / 1e9);
    OpenNlpBackend ungated = OpenNlpBackend.create(OpenNlpOptions.defaults());
    long tokens = documents.stream().mapToLong(d -> gated.analyze(d).tokens().size()).sum();
    System.out.printf(Locale.ROOT, "%d documents, %d tokens%n", documents.size(), tokens);
    for (int threads : new int[] {1, 2}) {
      report("gate on ", gated, documents, tokens, threads);
      report("gate off", ungated, documents, tokens, threads);
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap used: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  private static void report(String label, Backend backend, List<Document> documents, long tokens, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < WARMUP_ROUNDS; i++) {
        run(pool, backend, documents);
      }
      long start = System.nanoTime();
      for (int i = 0; i < ROUNDS; i++) {
        run(pool, backend, documents);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s, %d thread(s): %,.0f tokens/s%n", label, threads,
          tokens * ROUNDS / seconds);
    } finally {
      pool.shutdown();
    }
  }

  private static void run(ExecutorService pool, Backend backend, List<Document> documents) throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (Document d : documents) {
      done.add(pool.submit(() -> backend.analyze(d)));
    }
    for (Future<?> f : done) {
      f.get();
    }
  }

  private static List<Document> read(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Document> documents = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(Document.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return documents;
    }
  }
}
