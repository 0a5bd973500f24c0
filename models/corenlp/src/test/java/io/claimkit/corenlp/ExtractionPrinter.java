package io.claimkit.corenlp;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.rules.BuiltInRules;
import io.claimkit.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;

/** A development aid: prints the claims of text files, one line a claim. Run with file paths. */
public final class ExtractionPrinter {

  public static void main(String[] args) throws Exception {
    ClaimPipeline pipeline =
        ClaimPipeline.builder().backend(CoreNlpBackend.shared()).rules(BuiltInRules.all()).build();
    for (String arg : args) {
      Path path = Path.of(arg);
      Extraction extraction = pipeline.extract(Document.of(path.getFileName().toString(), Files.readString(path)));
      System.out.println("=== " + path.getFileName());
      for (Claim claim : extraction.claims()) {
        System.out.println(describe(claim));
      }
    }
  }

  private static String describe(Claim claim) {
    if (claim instanceof QuantityClaim q) {
      return String.format("Q %-18s [%d,%d) %s | measured=%s | loc=%s | time=%s | speaker=%s",
          q.rule(), q.quantity().begin(), q.quantity().end(), q.quantity().text(),
          q.measured().map(p -> p.text()).orElse("-"), q.location().map(p -> p.text()).orElse("-"),
          q.time().map(p -> p.text()).orElse("-"), q.speaker().map(s -> s.part().text()).orElse("-"));
    }
    if (claim instanceof AttributionClaim a) {
      return String.format("A %-32s speaker=[%d,%d) %s -> %s | cue=%s | %s content=[%d,%d) %s",
          a.rule(), a.speaker().part().span().begin(), a.speaker().part().span().end(), a.speaker().part().text(),
          a.speaker().resolvesTo().orElse("-"), a.cue().text(), a.directness(),
          a.content().span().begin(), a.content().span().end(), a.content().text());
    }
    EventClaim e = (EventClaim) claim;
    return String.format("E actor=[%d,%d) %s | pred=%s | obj=%s", e.actor().span().begin(), e.actor().span().end(),
        e.actor().text(), e.predicate().text(), e.object().map(p -> p.text()).orElse("-"));
  }
}
