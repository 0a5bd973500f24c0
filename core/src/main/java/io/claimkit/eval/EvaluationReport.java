package io.claimkit.eval;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an {@link Evaluation} as plain text: a table of scores, then, if asked, every miss and false alarm. */
public final class EvaluationReport {

  /** Texts in the verbose listing are cut to this many characters. */
  static final int MAX_ITEM_TEXT = 160;

  private EvaluationReport() {}

  public static String render(Evaluation evaluation, boolean verbose) {
    StringBuilder out = new StringBuilder();
    out.append("Evaluation of ").append(evaluation.documentIds().size()).append(" document(s)\n\n");
    out.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %9s %7s %7s  %s",
        "category", "tp", "fp", "fn", "precision", "recall", "f1", "agreement on matches")).append('\n');
    for (CategoryResult r : evaluation.results()) {
      Score s = r.score();
      out.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f %7.3f  %s",
          r.category().label(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1(),
          agreements(r.agreements())).stripTrailing()).append('\n');
    }
    if (evaluation.results().stream().anyMatch(r -> r.category() == Category.QUANTITY_CLAIMS)) {
      Score s = evaluation.claims();
      out.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f %7.3f",
          "claims (all types)", s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1())).append('\n');
    }
    if (verbose) {
      for (CategoryResult r : evaluation.results()) {
        listing(out, r.category().label() + ": misses", r.misses());
        listing(out, r.category().label() + ": false alarms", r.falseAlarms());
      }
    }
    return out.toString();
  }

  private static String agreements(List<Agreement> agreements) {
    return agreements.stream()
        .map(a -> a.name() + " " + a.agreeing() + "/" + a.compared())
        .collect(Collectors.joining(", "));
  }

  private static void listing(StringBuilder out, String title, List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(" (").append(items.size()).append(")\n");
    for (Item item : items) {
      String text = item.text().length() > MAX_ITEM_TEXT
          ? item.text().substring(0, MAX_ITEM_TEXT - 3) + "..."
          : item.text();
      out.append("  ").append(item.documentId()).append(' ').append(item.span()).append(' ').append(text).append('\n');
    }
  }
}
