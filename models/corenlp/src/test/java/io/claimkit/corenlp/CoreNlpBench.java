package io.claimkit.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.claimkit.analysis.Analysis;
import io.claimkit.text.Document;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * A benchmark program, not a test: loads the backend, prints its load time, then prints tokens per second on
 * the Wikinews texts for (a) CoreNLP's plain default {@code tokenize,ssplit,pos,lemma,ner} pipeline and (b)
 * {@link CoreNlpBackend#analyze}, and (c) the backend without fine-grained NER, all in one run after a
 * warm-up pass. Arguments: an optional folder of {@code *.txt} files (default: the Wikinews test resources),
 * and {@code --megabyte} to also time one megabyte of text without punctuation.
 */
public final class CoreNlpBench {

  private CoreNlpBench() {}

  public static void main(String[] args) throws IOException, URISyntaxException {
    boolean megabyte = List.of(args).contains("--megabyte");
    Path folder = Stream.of(args).filter(a -> !a.startsWith("--")).findFirst().map(Paths::get)
        .orElse(resourceFolder());
    List<Document> documents = read(folder);
    System.out.printf(Locale.ROOT, "%d documents, %,d chars from %s%n", documents.size(),
        documents.stream().mapToInt(d -> d.text().length()).sum(), folder);

    long start = System.nanoTime();
    CoreNlpBackend backend = CoreNlpBackend.shared();
    System.out.printf(Locale.ROOT, "CoreNlpBackend.shared() loaded in %.1f s, heap used %d MB%n",
        seconds(start), usedHeapMegabytes());
    start = System.nanoTime();
    StanfordCoreNLP plain = new StanfordCoreNLP(plainProperties());
    System.out.printf(Locale.ROOT, "plain pipeline loaded in %.1f s, heap used %d MB%n",
        seconds(start), usedHeapMegabytes());
    start = System.nanoTime();
    CoreNlpBackend coarse = CoreNlpBackend.create(CoreNlpOptions.builder().fineGrainedNer(false).build());
    System.out.printf(Locale.ROOT, "coarse backend loaded in %.1f s, heap used %d MB%n",
        seconds(start), usedHeapMegabytes());

    ToIntFunction<Document> plainRun = d -> {
      Annotation annotation = new Annotation(d.text());
      plain.annotate(annotation);
      return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    };
    ToIntFunction<Document> backendRun = d -> backend.analyze(d).tokens().size();
    ToIntFunction<Document> coarseRun = d -> coarse.analyze(d).tokens().size();

    start = System.nanoTime();
    run(documents, plainRun);
    run(documents, backendRun);
    run(documents, coarseRun);
    System.out.printf(Locale.ROOT, "warm-up pass (all three) took %.1f s%n", seconds(start));

    report("(a) plain CoreNLP tokenize,ssplit,pos,lemma,ner, default properties", documents, plainRun);
    report("(b) CoreNlpBackend.analyze, default options (fine-grained NER, SUTime)", documents, backendRun);
    report("(c) CoreNlpBackend.analyze, fineGrainedNer=false", documents, coarseRun);

    if (megabyte) {
      String text = "the militia attacked positions near the river again and again ".repeat(17_000);
      start = System.nanoTime();
      Analysis analysis = backend.analyze(Document.of("megabyte", text));
      System.out.printf(Locale.ROOT, "%,d chars without punctuation: %,d sentences, longest %,d chars, %,d tokens"
              + " in %.1f s%n", text.length(), analysis.sentences().size(),
          analysis.sentences().stream().mapToInt(s -> s.span().length()).max().orElse(0),
          analysis.tokens().size(), seconds(start));
    }
    System.out.printf(Locale.ROOT, "heap used at the end %d MB%n", usedHeapMegabytes());
  }

  private static void report(String label, List<Document> documents, ToIntFunction<Document> analyze) {
    long start = System.nanoTime();
    long tokens = run(documents, analyze);
    double seconds = seconds(start);
    System.out.printf(Locale.ROOT, "%-75s %,8d tokens %6.1f s %,8.0f tokens/s%n", label, tokens, seconds,
        tokens / seconds);
  }

  private static long run(List<Document> documents, ToIntFunction<Document> analyze) {
    long tokens = 0;
    for (Document document : documents) {
      tokens += analyze.applyAsInt(document);
    }
    return tokens;
  }

  private static Properties plainProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return props;
  }

  private static Path resourceFolder() throws URISyntaxException {
    URL url = CoreNlpBench.class.getResource("/io/claimkit/corenlp/wikinews/");
    if (url == null) {
      throw new IllegalStateException("missing test resources io/claimkit/corenlp/wikinews/");
    }
    return Paths.get(url.toURI());
  }

  private static List<Document> read(Path folder) throws IOException {
    List<Document> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(Document.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return documents;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long usedHeapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
  }
}
