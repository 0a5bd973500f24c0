package io.claimkit.examples;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.compare.AlignedPair;
import io.claimkit.compare.ArticleClaim;
import io.claimkit.compare.ClaimAligner;
import io.claimkit.compare.Comparison;
import io.claimkit.compare.Relation;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares two articles: extracts both and aligns their claims into agreements, conflicts and claims only
 * one of them makes. Without arguments it compares the two bundled sample articles (a newspaper story and
 * another outlet's rewrite); with two paths, those UTF-8 files. Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.CompareTwoArticles [A.txt B.txt]
 * </pre>
 */
public final class CompareTwoArticles {

  static final String SAMPLE_A = "000_54ced43fa04a17ff.txt";
  static final String SAMPLE_B = "001_0e7a9769a9bef542.txt";

  private CompareTwoArticles() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2) {
      run(System.out, read(Path.of(args[0])), read(Path.of(args[1])));
    } else {
      run(System.out, sample(SAMPLE_A), sample(SAMPLE_B));
    }
  }

  static void run(PrintStream out, Document a, Document b) {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    List<Extraction> extractions = List.of(pipeline.extract(a), pipeline.extract(b));
    Comparison comparison = ClaimAligner.align(extractions);
    out.printf(
        "%s: %d claims, %s: %d claims%n",
        a.id(), extractions.get(0).claims().size(), b.id(), extractions.get(1).claims().size());
    out.printf(
        "agree %d, conflict %d, only in one article %d%n",
        comparison.pairs(Relation.AGREE).size(),
        comparison.pairs(Relation.CONFLICT).size(),
        comparison.onlyIn().size());
    for (AlignedPair pair : comparison.pairs()) {
      out.println(pair.relation().jsonName() + " (" + pair.wording().jsonName() + "): " + pair.reason());
      out.println("  A " + excerpt(pair.a()));
      out.println("  B " + excerpt(pair.b()));
    }
  }

  /** A claim's type and the first words of its text. */
  private static String excerpt(ArticleClaim claim) {
    String text = claim.claim().text().replaceAll("\\s+", " ");
    return claim.type() + ": " + (text.length() > 90 ? text.substring(0, 90) + "..." : text);
  }

  private static Document read(Path path) throws IOException {
    return Document.of(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
  }

  /** A bundled sample article, from the class path. */
  static Document sample(String name) {
    try (InputStream in = CompareTwoArticles.class.getResourceAsStream("/io/claimkit/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + name);
      }
      return Document.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
