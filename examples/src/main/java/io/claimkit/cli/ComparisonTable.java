package io.claimkit.cli;

import io.claimkit.Extraction;
import io.claimkit.claim.ClaimContext;
import io.claimkit.compare.AlignedPair;
import io.claimkit.compare.ArticleClaim;
import io.claimkit.compare.ArticleSummary;
import io.claimkit.compare.ClaimCluster;
import io.claimkit.compare.Comparison;
import io.claimkit.compare.Relation;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Locale;

/**
 * A comparison as plain text for a terminal: the articles with their counts, each aligned pair with its
 * relation, score, wording and reasons, the clusters that join three articles or more, then the claims only one
 * article makes. Articles are lettered A, B, C in the order given.
 */
final class ComparisonTable {

  private static final int WIDTH = 100;

  private ComparisonTable() {}

  static String render(Comparison comparison, List<Extraction> extractions) {
    StringBuilder out = new StringBuilder();
    out.append("Articles\n");
    for (ArticleSummary article : comparison.summary()) {
      out.append(String.format(Locale.ROOT, "  %s  %s (%d claims: %d agreed, %d conflicting, %d only here%s)%n",
          letter(article.document()), article.documentId(), article.claims(), article.agreed(), article.conflicting(),
          article.exclusive(),
          article.dependsOn().map(s -> "; draws most on " + letter(comparison.documents().indexOf(s))
              + " (" + article.sharedWithSource() + " claims)").orElse("")));
    }
    out.append(String.format(Locale.ROOT, "%n%d aligned pairs (score >= %.2f): %d agree, %d conflict; %d claims only in one article%n",
        comparison.pairs().size(), comparison.threshold(),
        comparison.pairs(Relation.AGREE).size(),
        comparison.pairs(Relation.CONFLICT).size(),
        comparison.onlyIn().size()));
    for (AlignedPair pair : comparison.pairs()) {
      out.append(String.format(Locale.ROOT, "%n%-8s %.2f  %s%n", pair.relation().name(), pair.score(), pair.wording().jsonName()));
      out.append(line(pair.a()));
      out.append(line(pair.b()));
      out.append(wrap("why: " + pair.reason(), "         ", WIDTH));
    }
    List<ClaimCluster> wide = comparison.clusters().stream().filter(c -> c.articles() >= 3).toList();
    if (!wide.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%nClaims made by three articles or more%n"));
      for (ClaimCluster cluster : wide) {
        out.append(String.format(Locale.ROOT, "%n  in %d of %d articles: %d agreements, %d conflicts%n",
            cluster.articles(), comparison.documents().size(), cluster.agreements().size(), cluster.conflicts().size()));
        cluster.members().forEach(c -> out.append(line(c)));
      }
    }
    for (int d = 0; d < comparison.documents().size(); d++) {
      int doc = d;
      List<ArticleClaim> only = comparison.onlyIn().stream().filter(c -> c.document() == doc).toList();
      if (!only.isEmpty()) {
        out.append(String.format(Locale.ROOT, "%nOnly in %s%n", letter(d)));
        only.forEach(c -> out.append(line(c)));
      }
    }
    return out.toString();
  }

  /**
   * One claim on one line: article letter, type, the span and text of its anchor (number, cue or predicate,
   * which tells apart the claims of one sentence), then the claim's text.
   */
  private static String line(ArticleClaim c) {
    Span anchor = c.claim().anchor();
    Span span = c.claim().span();
    String raw = c.claim().text();
    String anchorText =
        span.contains(anchor) ? raw.substring(anchor.begin() - span.begin(), anchor.end() - span.begin()) : "";
    return String.format(Locale.ROOT, "  %s  %-11s %5d-%-5d %s%n",
        letter(c.document()), c.type(), anchor.begin(), anchor.end(),
        clip(oneLine(anchorText) + " | \"" + oneLine(raw) + "\"", WIDTH - 24));
  }

  /** The text in lines of at most {@code width} characters, each after the indent, broken at spaces. */
  private static String wrap(String text, String indent, int width) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > width) {
        out.append(indent).append(line).append('\n');
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    return out.append(indent).append(line).append('\n').toString();
  }

  static String letter(int document) {
    return document < 26 ? String.valueOf((char) ('A' + document)) : "#" + (document + 1);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
  }
}
