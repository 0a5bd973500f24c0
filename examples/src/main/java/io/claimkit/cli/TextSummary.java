package io.claimkit.cli;

import io.claimkit.Extraction;
import io.claimkit.batch.BatchResult;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimPart;
import io.claimkit.quantity.Quantity;
import io.claimkit.json.ExtractionJson;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code extract --format text}: a summary of each document for a person at a terminal. A heading line
 * with the document and its counts, then each claim on a line of its own: its type, speaker, quantity and
 * the text under it (white space collapsed), in text order. Not meant to be parsed: JSON Lines is for that.
 */
final class TextSummary {

  private TextSummary() {}

  /** The lines of one result, each ending in a line break, and a blank line after them. */
  static String of(BatchResult result) {
    StringBuilder out = new StringBuilder();
    if (result instanceof BatchResult.Failed failed) {
      out.append("== ").append(result.id()).append(": ").append(failed.error().getMessage()).append('\n');
      return out.append('\n').toString();
    }
    Extraction extraction = ((BatchResult.Extracted) result).extraction();
    out.append(String.format(Locale.ROOT, "== %s: %,d chars, %d mentions, %d claims%n", result.id(),
        extraction.document().text().length(), extraction.mentions().size(), extraction.claims().size()));
    ExtractionJson.warning(extraction.document()).ifPresent(w -> out.append("   warning: ").append(w).append('\n'));
    for (Claim claim : extraction.claims()) {
      out.append(line(claim)).append('\n');
    }
    return out.append('\n').toString();
  }

  /** "  quantity     [52, 63)  speaker: Austin (Lloyd Austin)  quantity: about 2,500 = 2,250..2,750 | text". */
  static String line(Claim claim) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-12s [%d, %d)",
        claim.type().jsonName(), claim.span().begin(), claim.span().end()));
    part(claim, ClaimPart.Role.SPEAKER).ifPresent(speaker -> {
      line.append("  speaker: ").append(oneLine(speaker.part().text()));
      speaker.resolvesTo().ifPresent(name -> line.append(" (").append(name).append(')'));
    });
    part(claim, ClaimPart.Role.QUANTITY).ifPresent(q ->
        line.append("  quantity: ").append(oneLine(q.part().text())).append(" = ").append(interval(q.quantity().get())));
    part(claim, ClaimPart.Role.MEASURED).ifPresent(m -> line.append("  of: ").append(oneLine(m.part().text())));
    part(claim, ClaimPart.Role.ACTOR).ifPresent(a -> line.append("  actor: ").append(oneLine(a.part().text())));
    return line.append("  | ").append(oneLine(claim.text())).toString();
  }

  private static Optional<ClaimPart> part(Claim claim, ClaimPart.Role role) {
    return claim.parts().stream().filter(p -> p.role() == role).findFirst();
  }

  /** The values a quantity allows with its unit: "2,500 troops", "[2,250, 2,750] troops", "(151, inf)". */
  static String interval(Quantity q) {
    String values = q.low() == q.high()
        ? number(q.low())
        : (q.lowInclusive() && !Double.isInfinite(q.low()) ? "[" : "(") + number(q.low()) + ", "
            + number(q.high()) + (q.highInclusive() && !Double.isInfinite(q.high()) ? "]" : ")");
    return values + q.unit().map(unit -> " " + unit).orElse("");
  }

  private static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%,.6g", value).replaceAll("\\.?0+$", "");
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
