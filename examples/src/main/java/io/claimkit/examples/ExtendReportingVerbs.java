package io.claimkit.examples;

import io.claimkit.ClaimPipeline;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.rules.ClaimLexicon;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.lexicon.WordList;
import io.claimkit.text.Document;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Extends the reporting-verb lexicon without forking: the built-in attribution rule does not know "crow"
 * or "grumble"; given a {@link ClaimLexicon} that does, the pipeline rebuilds its built-in rules with it.
 * With a path argument the extra verbs come from that file instead (one lemma a line, {@code #} comments,
 * {@code <TAB>np} after a verb that may report a plain noun phrase). Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.ExtendReportingVerbs
 * </pre>
 */
public final class ExtendReportingVerbs {

  static final String TEXT =
      "The mayor crowed that the new bridge carried 40,000 cars a day. "
          + "Residents grumbled that the old ferry had stopped running.";

  static final WordList MORE_VERBS =
      WordList.parse(
          """
          # reporting verbs the defaults lack, by lemma
          crow
          grumble
          """);

  private ExtendReportingVerbs() {}

  public static void main(String[] args) {
    run(System.out, args.length > 0 ? WordList.read(Path.of(args[0])) : MORE_VERBS);
  }

  static void run(PrintStream out, WordList moreVerbs) {
    ClaimPipeline plain = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    ClaimPipeline extended =
        ClaimPipeline.builder()
            .backend(CoreNlpBackend.shared())
            .claimLexicon(ClaimLexicon.defaults().withReportingCues(moreVerbs))
            .build();
    Document document = Document.of("example", TEXT);
    print(out, "default lexicon", plain.extract(document).claims(AttributionClaim.class));
    print(out, "with " + String.join(", ", moreVerbs.words().stream().sorted().toList()), extended.extract(document).claims(AttributionClaim.class));
  }

  private static void print(PrintStream out, String label, List<AttributionClaim> said) {
    out.println(label + ": " + said.size() + " attributions");
    for (AttributionClaim a : said) {
      out.println("  \"" + a.speaker().part().text() + "\" \"" + a.cue().text() + "\" \"" + a.content().text() + "\"");
    }
  }
}
