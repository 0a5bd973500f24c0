package io.claimkit.examples;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.eval.Evaluation;
import io.claimkit.eval.EvaluationReport;
import io.claimkit.eval.Evaluator;
import io.claimkit.eval.GoldFile;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores an extraction against hand-made gold: precision, recall and F1 per category. Without arguments it
 * scores the two bundled sample articles against their gold; with {@code GOLD.json ARTICLE...} it scores
 * those files, each article's id being its path as given (the gold's document ids must match). Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.EvaluateAgainstGold [GOLD.json ARTICLE...]
 * </pre>
 */
public final class EvaluateAgainstGold {

  private static final String SAMPLES = "/io/claimkit/samples/";

  private EvaluateAgainstGold() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2) {
      List<Document> articles = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        articles.add(Document.of(args[i], Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
      }
      run(System.out, GoldFile.read(Path.of(args[0])), articles);
    } else {
      run(
          System.out,
          GoldFile.parse(resource("seeds.gold.json")),
          List.of(sample("000_54ced43fa04a17ff.txt"), sample("001_0e7a9769a9bef542.txt")));
    }
  }

  static Evaluation run(PrintStream out, GoldFile gold, List<Document> articles) {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    List<Extraction> extractions = new ArrayList<>();
    for (Document article : articles) {
      extractions.add(pipeline.extract(article));
    }
    Evaluation evaluation = Evaluator.evaluate(gold, extractions);
    out.print(EvaluationReport.render(evaluation, false));
    return evaluation;
  }

  static Document sample(String name) {
    return Document.of(name, resource(name));
  }

  private static String resource(String name) {
    try (InputStream in = EvaluateAgainstGold.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + SAMPLES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
