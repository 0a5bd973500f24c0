package io.claimkit.examples;

import io.claimkit.ClaimPipeline;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Document;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Walks the typed claims of a text: a {@link Claim} is a {@link QuantityClaim}, an {@link AttributionClaim}
 * or an {@link EventClaim}, and nothing else (the interface is sealed), so one branch per type handles every
 * claim. ClaimKit targets Java 17, where that is an {@code instanceof} chain; on Java 21 and later the same
 * walk is an exhaustive {@code switch} that the compiler checks:
 *
 * <pre>{@code
 * String line = switch (claim) {
 *   case QuantityClaim q -> quantity(q);
 *   case AttributionClaim a -> attribution(a);
 *   case EventClaim e -> event(e);
 * };
 * }</pre>
 *
 * Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.WalkTypedClaims
 * </pre>
 */
public final class WalkTypedClaims {

  static final String TEXT =
      "The Red Cross said about 300 volunteers had reached the flooded villages by Wednesday. "
          + "Mayor Anna Berg opened two emergency shelters on Monday.";

  private WalkTypedClaims() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    for (Claim claim : pipeline.extract(Document.of("example", TEXT)).claims()) {
      out.println(describe(claim));
    }
  }

  /** One line per claim; the chain is exhaustive because {@link Claim} permits exactly these three records. */
  static String describe(Claim claim) {
    if (claim instanceof QuantityClaim q) {
      return quantity(q);
    } else if (claim instanceof AttributionClaim a) {
      return attribution(a);
    } else if (claim instanceof EventClaim e) {
      return event(e);
    }
    throw new AssertionError("Claim is sealed: " + claim.getClass());
  }

  private static String quantity(QuantityClaim q) {
    Quantity value = q.quantity().quantity();
    return "quantity:    " + q.quantity().text()
        + " = " + interval(value) + " " + value.qualifier().jsonName()
        + value.unit().map(u -> ", unit " + u).orElse("")
        + part("measured", q.measured()) + part("where", q.location()) + part("when", q.time())
        + part("said by", q.speaker().map(s -> s.part()));
  }

  private static String attribution(AttributionClaim a) {
    return "attribution: " + quoted(a.speaker().part()) + " " + quoted(a.cue()) + " " + quoted(a.content())
        + " (" + a.directness().jsonName() + ")";
  }

  private static String event(EventClaim e) {
    return "event:       " + quoted(e.actor()) + " " + quoted(e.predicate()) + e.object().map(o -> " " + quoted(o)).orElse("");
  }

  /** "[270, 330]", "[151, ∞)": a number is an interval. */
  private static String interval(Quantity q) {
    String low = Double.isInfinite(q.low()) ? "(-∞" : (q.lowInclusive() ? "[" : "(") + number(q.low());
    String high = Double.isInfinite(q.high()) ? "∞)" : number(q.high()) + (q.highInclusive() ? "]" : ")");
    return low + ", " + high;
  }

  private static String number(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
  }

  private static String part(String label, Optional<Part> part) {
    return part.map(p -> "; " + label + " " + quoted(p)).orElse("");
  }

  private static String quoted(Part part) {
    return "\"" + part.text() + "\"";
  }
}
