package io.claimkit.report;

import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.compare.ArticleClaim;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The raw text of one article as HTML with its claims and mentions marked. Claims overlap (three claims may
 * share one sentence), so the text is cut at every span boundary into segments, and each segment names every
 * claim that covers it in {@code data-c}: the text of all segments naming a claim, in order, is exactly the
 * claim's text. A segment is coloured by the shortest claim that covers it ({@code data-top}); a claim's
 * anchor (its number, cue or predicate) is bold; mentions are underlined. After each anchor stands an empty
 * badge whose label CSS draws, so that badges add nothing to the page's text.
 */
final class ArticleMarkup {

  private final Extraction extraction;
  private final List<String> labels;
  private final Function<ArticleClaim, String> status;
  private final int document;

  /**
   * @param status the badge status of a claim: "agree", "conflict", "only" or "" (no comparison)
   */
  ArticleMarkup(int document, Extraction extraction, List<String> labels, Function<ArticleClaim, String> status) {
    this.document = document;
    this.extraction = extraction;
    this.labels = labels;
    this.status = status;
  }

  String html() {
    String raw = extraction.document().text();
    List<Claim> claims = extraction.claims();
    List<Mention> mentions = extraction.mentions();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, raw.length()));
    for (Claim c : claims) {
      cuts.add(c.span().begin());
      cuts.add(c.span().end());
      cuts.add(c.anchor().begin());
      cuts.add(c.anchor().end());
    }
    for (Mention m : mentions) {
      cuts.add(m.span().begin());
      cuts.add(m.span().end());
    }
    for (Region r : extraction.regions()) {
      cuts.add(r.span().begin());
      cuts.add(r.span().end());
    }
    StringBuilder out = new StringBuilder();
    Integer begin = null;
    for (int end : cuts) {
      if (begin != null && end > begin) {
        segment(out, raw, begin, end);
      }
      badges(out, end);
      begin = end;
    }
    return out.toString();
  }

  private void segment(StringBuilder out, String raw, int begin, int end) {
    List<Claim> claims = extraction.claims();
    List<Integer> covering = new ArrayList<>();
    int top = -1;
    boolean anchor = false;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.span().begin() <= begin && end <= c.span().end()) {
        covering.add(i);
        if (top < 0 || c.span().length() < claims.get(top).span().length()) {
          top = i;
        }
      }
      var a = c.anchor();
      anchor |= a.begin() <= begin && end <= a.end();
    }
    String mention = mentionClass(begin, end);
    String region = regionClass(begin, end);
    String text = Html.escape(raw.substring(begin, end));
    if (covering.isEmpty() && mention.isEmpty() && region.isEmpty()) {
      out.append(text);
      return;
    }
    StringBuilder classes = new StringBuilder("seg");
    if (top >= 0) {
      classes.append(" t-").append(type(claims.get(top)));
      if (covering.size() > 1) {
        classes.append(" multi");
      }
    }
    if (anchor) {
      classes.append(" anchor");
    }
    if (!mention.isEmpty()) {
      classes.append(' ').append(mention);
    }
    if (!region.isEmpty()) {
      classes.append(' ').append(region);
    }
    out.append("<span class=\"").append(classes).append('"');
    if (top >= 0) {
      out.append(" data-c=\"");
      for (int k = 0; k < covering.size(); k++) {
        out.append(k == 0 ? "" : " ").append(covering.get(k));
      }
      out.append("\" data-top=\"").append(top).append('"');
    }
    String title = mentionTitle(begin, end);
    if (!title.isEmpty()) {
      out.append(" title=\"").append(Html.escape(title)).append('"');
    }
    out.append('>').append(text).append("</span>");
  }

  private void badges(StringBuilder out, int offset) {
    List<Claim> claims = extraction.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.anchor().end() == offset) {
        String state = status.apply(new ArticleClaim(document, extraction.document().id(), i, c));
        out.append("<span class=\"badge t-").append(type(c));
        if (!state.isEmpty()) {
          out.append(" s-").append(state);
        }
        out.append("\" data-claim=\"").append(i).append("\" data-label=\"").append(labels.get(i)).append("\"></span>");
      }
    }
  }

  private String mentionClass(int begin, int end) {
    for (Mention m : extraction.mentions()) {
      if (m.span().begin() <= begin && end <= m.span().end()) {
        if (m instanceof NumberMention) {
          return "m-number";
        }
        if (m instanceof TemporalMention) {
          return "m-temporal";
        }
        return "m-entity";
      }
    }
    return "";
  }

  private String mentionTitle(int begin, int end) {
    for (Mention m : extraction.mentions()) {
      if (m.span().begin() <= begin && end <= m.span().end()) {
        if (m instanceof EntityMention e) {
          return e.type().name() + ": " + e.text();
        }
        if (m instanceof TemporalMention t) {
          return t.kind().name() + ": " + t.text() + (t.normalized().isEmpty() ? "" : " (" + t.normalized() + ")");
        }
        NumberMention n = (NumberMention) m;
        return "number: " + n.text() + " (" + n.quantity().qualifier().jsonName() + ")";
      }
    }
    return "";
  }

  private String regionClass(int begin, int end) {
    for (Region r : extraction.regions()) {
      if (r.kind() != RegionKind.BODY && r.span().begin() <= begin && end <= r.span().end()) {
        return "r-" + r.kind().name().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static String type(Claim claim) {
    return claim.type().jsonName();
  }
}
