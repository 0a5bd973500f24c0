package io.claimkit.report;

import io.claimkit.Extraction;
import io.claimkit.compare.AlignedPair;
import io.claimkit.compare.ArticleClaim;
import io.claimkit.compare.ClaimAligner;
import io.claimkit.compare.Comparison;
import io.claimkit.compare.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One self-contained HTML page (inline CSS and script, nothing fetched) that shows articles with their
 * claims highlighted by type and their mentions marked; selecting a claim shows its value, qualifier,
 * measured thing, speaker and rule. For two or more articles it shows them side by side with the
 * comparison: aligned claims linked, conflicts marked, claims only one article makes set apart.
 *
 * <pre>{@code
 * String html = HtmlReport.render(List.of(pipeline.extract(a), pipeline.extract(b)));
 * }</pre>
 */
public final class HtmlReport {

  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private HtmlReport() {}

  /** The page for one article or more; two or more are compared. */
  public static String render(List<Extraction> extractions) {
    if (extractions.isEmpty()) {
      throw new IllegalArgumentException("a report needs an article");
    }
    Optional<Comparison> comparison =
        extractions.size() >= 2 ? Optional.of(ClaimAligner.align(extractions)) : Optional.empty();
    List<List<String>> labels = new ArrayList<>();
    extractions.forEach(e -> labels.add(ClaimLabels.of(e.claims())));

    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>ClaimKit report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(html, extractions, comparison);
    html.append("<div class=\"layout\">\n<div class=\"content\">\n");
    comparison.ifPresent(c -> pairs(html, c, labels));
    html.append("<main class=\"articles\" style=\"--columns: ")
        .append(Math.min(extractions.size(), 3))
        .append("\">\n");
    for (int d = 0; d < extractions.size(); d++) {
      article(html, d, extractions.get(d), labels.get(d), comparison);
    }
    html.append("</main>\n</div>\n");
    html.append("<aside class=\"inspector\" id=\"inspector\" aria-live=\"polite\">")
        .append("<h2>Claim</h2><p class=\"hint\">Point at a highlighted claim, or click it to keep it selected.</p>")
        .append("</aside>\n</div>\n");
    html.append("<script type=\"application/json\" id=\"claimkit-data\">")
        .append(ReportData.json(extractions, labels, comparison))
        .append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, List<Extraction> extractions, Optional<Comparison> comparison) {
    int claims = extractions.stream().mapToInt(e -> e.claims().size()).sum();
    html.append("<header class=\"top\">\n<h1>ClaimKit report</h1>\n<p class=\"summary\">")
        .append(extractions.size()).append(extractions.size() == 1 ? " article" : " articles")
        .append(" \u00b7 ").append(claims).append(" claims");
    comparison.ifPresent(c -> html.append(" \u00b7 ")
        .append(c.pairs(Relation.AGREE).size()).append(" agree \u00b7 ")
        .append(c.pairs(Relation.CONFLICT).size()).append(" conflict \u00b7 ")
        .append(c.onlyIn().size()).append(" only in one article"));
    html.append("</p>\n<ul class=\"legend\">")
        .append("<li><span class=\"swatch t-quantity\"></span>quantity</li>")
        .append("<li><span class=\"swatch t-attribution\"></span>attribution</li>")
        .append("<li><span class=\"swatch t-event\"></span>event</li>")
        .append("<li><b>bold</b> number, cue or predicate</li>")
        .append("<li><span class=\"m-entity\">entity</span> <span class=\"m-number\">number</span> ")
        .append("<span class=\"m-temporal\">date</span> mentions</li>");
    if (comparison.isPresent()) {
      html.append("<li><span class=\"badge s-agree\" data-label=\"agree\"></span></li>")
          .append("<li><span class=\"badge s-conflict\" data-label=\"conflict\"></span></li>")
          .append("<li><span class=\"badge s-only\" data-label=\"only here\"></span></li>");
    }
    html.append("</ul>\n</header>\n");
  }

  /** Each article's counts and source, then the claims three articles or more make. */
  private static void summary(StringBuilder html, Comparison comparison) {
    html.append("<table class=\"summary\">\n<thead><tr><th></th><th>article</th><th>claims</th><th>agreed</th>")
        .append("<th>conflicting</th><th>only here</th><th>draws most on</th></tr></thead>\n<tbody>\n");
    for (io.claimkit.compare.ArticleSummary a : comparison.summary()) {
      html.append("<tr><td class=\"letter\">").append(letter(a.document())).append("</td><td>")
          .append(Html.escape(a.documentId())).append("</td><td class=\"num\">").append(a.claims())
          .append("</td><td class=\"num\">").append(a.agreed()).append("</td><td class=\"num\">").append(a.conflicting())
          .append("</td><td class=\"num\">").append(a.exclusive()).append("</td><td>")
          .append(a.dependsOn().map(d -> letter(comparison.documents().indexOf(d)) + " (" + a.sharedWithSource() + " claims)")
              .orElse("")).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    List<io.claimkit.compare.ClaimCluster> wide =
        comparison.clusters().stream().filter(c -> c.articles() >= 3).toList();
    if (!wide.isEmpty()) {
      html.append("<ul class=\"clusters\">\n");
      for (io.claimkit.compare.ClaimCluster c : wide) {
        html.append("<li>made by ").append(c.articles()).append(" of ").append(comparison.documents().size())
            .append(" articles (").append(c.agreements().size()).append(" agreements, ").append(c.conflicts().size())
            .append(" conflicts): ").append(Html.escape(clip(c.members().get(0).claim().text(), 160))).append("</li>\n");
      }
      html.append("</ul>\n");
    }
  }

  private static void pairs(StringBuilder html, Comparison comparison, List<List<String>> labels) {
    html.append("<section class=\"pairs\">\n<h2>How the articles line up</h2>\n");
    if (comparison.pairs().isEmpty()) {
      html.append("<p class=\"hint\">No claim of one article is made by another.</p>\n");
    } else {
      html.append("<table>\n<thead><tr><th></th><th>relation</th><th>score</th><th>wording</th>");
      html.append("<th>claim</th><th>claim</th><th>why</th></tr></thead>\n<tbody>\n");
      int n = 0;
      for (AlignedPair pair : comparison.pairs()) {
        n++;
        String relation = pair.relation().jsonName();
        html.append("<tr class=\"pair r-").append(relation).append("\" data-pair=\"").append(n - 1).append("\">")
            .append("<td class=\"num\">").append(n).append("</td>")
            .append("<td><span class=\"rel ").append(relation).append("\">").append(relation).append("</span></td>")
            .append("<td class=\"num\">").append(String.format(java.util.Locale.ROOT, "%.2f", pair.score())).append("</td>")
            .append("<td class=\"wording\">").append(pair.wording().jsonName()).append("</td>");
        cell(html, pair.a(), labels);
        cell(html, pair.b(), labels);
        html.append("<td class=\"why\">").append(Html.escape(pair.reason())).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    summary(html, comparison);
    html.append("<div class=\"only\">");
    for (int d = 0; d < comparison.documents().size(); d++) {
      int doc = d;
      List<ArticleClaim> only = comparison.onlyIn().stream().filter(c -> c.document() == doc).toList();
      html.append("<p><span class=\"letter\">").append(letter(d)).append("</span> only: ");
      if (only.isEmpty()) {
        html.append("<span class=\"hint\">nothing</span>");
      }
      for (ArticleClaim c : only) {
        html.append("<button type=\"button\" class=\"chip t-").append(c.type()).append("\" data-doc=\"").append(d)
            .append("\" data-claim=\"").append(c.index()).append("\" title=\"")
            .append(Html.escape(clip(c.claim().text(), 200))).append("\">")
            .append(labels.get(d).get(c.index())).append("</button>");
      }
      html.append("</p>");
    }
    html.append("</div>\n</section>\n");
  }

  private static void cell(StringBuilder html, ArticleClaim c, List<List<String>> labels) {
    html.append("<td class=\"claimref\" data-doc=\"").append(c.document()).append("\" data-claim=\"")
        .append(c.index()).append("\"><span class=\"chip t-").append(c.type()).append("\">")
        .append(letter(c.document())).append(" \u00b7 ").append(labels.get(c.document()).get(c.index()))
        .append("</span> ").append(Html.escape(clip(c.claim().text(), 160))).append("</td>");
  }

  private static void article(
      StringBuilder html, int d, Extraction extraction, List<String> labels, Optional<Comparison> comparison) {
    html.append("<article class=\"doc\" id=\"doc").append(d).append("\" data-doc=\"").append(d).append("\">\n")
        .append("<h2><span class=\"letter\">").append(letter(d)).append("</span> ")
        .append(Html.escape(extraction.document().id())).append("</h2>\n<p class=\"stats\">")
        .append(count(extraction, "quantity")).append(" quantity \u00b7 ")
        .append(count(extraction, "attribution")).append(" attribution \u00b7 ")
        .append(count(extraction, "event")).append(" event \u00b7 ")
        .append(extraction.mentions().size()).append(" mentions</p>\n<div class=\"text\">");
    ArticleMarkup markup =
        new ArticleMarkup(d, extraction, labels, claim -> comparison.map(c -> status(c, claim)).orElse(""));
    html.append(markup.html()).append("</div>\n</article>\n");
  }

  private static String status(Comparison comparison, ArticleClaim claim) {
    List<AlignedPair> pairs = comparison.pairsOf(claim);
    if (pairs.isEmpty()) {
      return "only";
    }
    return pairs.stream().anyMatch(p -> p.relation() == Relation.CONFLICT) ? "conflict" : "agree";
  }

  private static long count(Extraction extraction, String type) {
    return extraction.claims().stream().filter(c -> c.type().jsonName().equals(type)).count();
  }

  static String letter(int document) {
    return document < 26 ? String.valueOf((char) ('A' + document)) : "#" + (document + 1);
  }

  private static String clip(String text, int width) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= width ? line : line.substring(0, width - 1) + "\u2026";
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + HtmlReport.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
