package io.claimkit.eval;

import io.claimkit.Extraction;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Attribution claims scored against {@link AttributionGold}: a predicted attribution is right when its speaker
 * overlaps a gold speaker piece and its content's character Jaccard with the gold content is at least {@value
 * #MIN_JACCARD}. Each gold attribution takes the first predicted one of its document that matches and is not
 * taken yet, in gold order; the rest of the predicted ones are false alarms. A gold document with no extraction
 * counts all its attributions as missed.
 *
 * @param score       true positives, false positives, false negatives
 * @param found       the gold attributions found, with the claim that found each
 * @param missed      the gold attributions no claim found
 * @param falseAlarms the claims that found none
 */
public record AttributionEvaluation(
    Score score, List<Found> found, List<Missed> missed, List<FalseAlarm> falseAlarms) {

  /** The least character Jaccard of a predicted and a gold content for a match. */
  public static final double MIN_JACCARD = 0.5;

  /** A gold attribution and the claim that found it. */
  public record Found(String document, AttributionGold.Item gold, AttributionClaim claim) {}

  /** A gold attribution that no claim found. */
  public record Missed(String document, AttributionGold.Item gold) {}

  /** A claim that matches no gold attribution. */
  public record FalseAlarm(String document, AttributionClaim claim) {}

  public AttributionEvaluation {
    Objects.requireNonNull(score, "score");
    found = List.copyOf(found);
    missed = List.copyOf(missed);
    falseAlarms = List.copyOf(falseAlarms);
  }

  /** Scores the attribution claims of the extractions whose documents the gold has. */
  public static AttributionEvaluation evaluate(AttributionGold gold, List<Extraction> extractions) {
    List<Found> found = new ArrayList<>();
    List<Missed> missed = new ArrayList<>();
    List<FalseAlarm> falseAlarms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Extraction extraction : extractions) {
      String id = extraction.document().id();
      Optional<List<AttributionGold.Item>> items = gold.document(id);
      if (items.isEmpty()) {
        continue;
      }
      seen.add(key(gold, id));
      List<AttributionClaim> claims = extraction.claims(AttributionClaim.class);
      boolean[] used = new boolean[claims.size()];
      for (AttributionGold.Item item : items.get()) {
        int hit = -1;
        for (int i = 0; i < claims.size() && hit < 0; i++) {
          if (!used[i] && matches(claims.get(i), item)) {
            hit = i;
          }
        }
        if (hit < 0) {
          missed.add(new Missed(id, item));
        } else {
          used[hit] = true;
          found.add(new Found(id, item, claims.get(hit)));
        }
      }
      for (int i = 0; i < claims.size(); i++) {
        if (!used[i]) {
          falseAlarms.add(new FalseAlarm(id, claims.get(i)));
        }
      }
    }
    gold.documents().forEach((name, items) -> {
      if (!seen.contains(name)) {
        items.forEach(item -> missed.add(new Missed(name, item)));
      }
    });
    return new AttributionEvaluation(
        new Score(found.size(), falseAlarms.size(), missed.size()), found, missed, falseAlarms);
  }

  /** Whether a claim finds a gold attribution: speakers overlap, contents have a Jaccard of at least 0.5. */
  public static boolean matches(AttributionClaim claim, AttributionGold.Item gold) {
    Span speaker = claim.speaker().part().span();
    boolean sameSpeaker = gold.speaker().stream().anyMatch(s -> s.intersects(speaker));
    return sameSpeaker && jaccard(claim.content().span(), gold.content()) >= MIN_JACCARD;
  }

  /** The character Jaccard of two spans: their overlap over their union. */
  public static double jaccard(Span a, Span b) {
    int union = Math.max(a.end(), b.end()) - Math.min(a.begin(), b.begin());
    return union == 0 ? 0.0 : (double) Math.max(0, a.overlap(b)) / union;
  }

  /**
   * Precision of the claims by confidence, in bins of a tenth from 0.5 (claims under 0.5 in one bin): for a
   * calibrated confidence, the share of right claims in a bin is about the bin's confidence.
   */
  public Map<String, Score> byConfidence() {
    return bySomething(claim -> {
      double c = claim.confidence();
      if (c < 0.5) {
        return "[0.0, 0.5)";
      }
      int tenth = Math.min(9, (int) Math.floor(c * 10 + 1e-9));
      return String.format(Locale.ROOT, "[%.1f, %.1f%s", tenth / 10.0, (tenth + 1) / 10.0, tenth == 9 ? "]" : ")");
    });
  }

  /** Precision of the claims of each rule. */
  public Map<String, Score> byRule() {
    return bySomething(AttributionClaim::rule);
  }

  /** Right and wrong claims counted by a key of the claim: fn stays 0 (a missed gold item has no claim). */
  public Map<String, Score> bySomething(Function<AttributionClaim, String> key) {
    Map<String, Score> scores = new TreeMap<>();
    found.forEach(f -> scores.merge(key.apply(f.claim()), new Score(1, 0, 0), Score::plus));
    falseAlarms.forEach(f -> scores.merge(key.apply(f.claim()), new Score(0, 1, 0), Score::plus));
    return scores;
  }

  /** The evaluation for a person to read: the score, precision by confidence and by rule, and, verbose, each error. */
  public String render(boolean verbose) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "attributions  tp %d  fp %d  fn %d  precision %.3f  recall %.3f  f1 %.3f%n",
        score.tp(), score.fp(), score.fn(), score.precision(), score.recall(), score.f1()));
    out.append(String.format(Locale.ROOT, "%nby confidence    claims  right  precision%n"));
    byConfidence().forEach((bin, s) -> out.append(row(bin, s)));
    out.append(String.format(Locale.ROOT, "%nby rule%n"));
    byRule().forEach((rule, s) -> out.append(row(rule, s)));
    if (verbose) {
      out.append(String.format(Locale.ROOT, "%nmissed%n"));
      missed.forEach(m -> out.append("  ").append(m.document()).append(" | ").append(m.gold().speakerText())
          .append(" | ").append(shorten(m.gold().contentText())).append('\n'));
      out.append(String.format(Locale.ROOT, "%nfalse alarms%n"));
      falseAlarms.forEach(f -> out.append("  ").append(f.document()).append(" | ").append(f.claim().rule())
          .append(" | ").append(f.claim().speaker().part().text()).append(" | ").append(f.claim().cue().text())
          .append(" | ").append(shorten(f.claim().content().text())).append('\n'));
    }
    return out.toString();
  }

  private static String row(String label, Score s) {
    return String.format(Locale.ROOT, "  %-36s %5d  %5d  %.2f%n", label, s.tp() + s.fp(), s.tp(), s.precision());
  }

  private static String shorten(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 90 ? line : line.substring(0, 87) + "...";
  }

  private static String key(AttributionGold gold, String id) {
    if (gold.documents().containsKey(id)) {
      return id;
    }
    return id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
  }
}
