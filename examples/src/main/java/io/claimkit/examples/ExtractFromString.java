package io.claimkit.examples;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.Claim;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.text.Document;
import java.io.PrintStream;

/**
 * The smallest program: build a pipeline, extract the claims of one string, print each claim's type, rule,
 * span and text. Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.ExtractFromString
 * </pre>
 */
public final class ExtractFromString {

  static final String TEXT =
      "Health officials said at least 1,200 people were evacuated from coastal towns on Tuesday. "
          + "The regional government approved an emergency fund of about $48 million. "
          + "\"We expect the water to recede by Friday,\" said Maria Lopez, the region's civil protection chief.";

  private ExtractFromString() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // Build once and share: the CoreNLP models load once per JVM, and extract() is thread-safe.
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    Extraction extraction = pipeline.extract(Document.of("example", TEXT));
    out.println(extraction.claims().size() + " claims");
    for (Claim claim : extraction.claims()) {
      String type = claim.getClass().getSimpleName();
      // Every span is a half-open pair of UTF-16 offsets into TEXT: TEXT.substring(begin, end) is the claim's text.
      out.printf("%-16s %-32s [%d, %d) %s%n", type, claim.rule(), claim.span().begin(), claim.span().end(), claim.text());
    }
  }
}
