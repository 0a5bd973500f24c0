package io.claimkit.eval;

import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity mentions scored against {@link EntityGold} names, per type: a found PERSON, ORGANIZATION or
 * LOCATION mention is right when a gold name has exactly its span and type. Mentions of one type on the same
 * span count once; other types (NATIONALITY, TITLE, MISC) are not scored. A gold document with no extraction
 * counts all its names as missed.
 *
 * @param scores      the score of each scored type, in {@link #TYPES} order
 * @param missed      the gold names no mention found
 * @param falseAlarms the mentions that match no gold name, each with the gold name on its span when the
 *     type is wrong
 */
public record EntityEvaluation(Map<EntityType, Score> scores, List<Miss> missed, List<FalseAlarm> falseAlarms) {

  /** The types scored. */
  public static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  /** A gold name that no mention found. */
  public record Miss(String document, EntityGold.Name gold) {}

  /** A mention that matches no gold name. */
  public record FalseAlarm(String document, Span span, String text, EntityType type) {}

  public EntityEvaluation {
    Map<EntityType, Score> copy = new EnumMap<>(EntityType.class);
    copy.putAll(scores);
    scores = Collections.unmodifiableMap(copy);
    missed = List.copyOf(missed);
    falseAlarms = List.copyOf(falseAlarms);
  }

  /** Scores the entity mentions of the extractions against the gold documents of the same id. */
  public static EntityEvaluation evaluate(List<EntityGold> gold, List<Extraction> extractions) {
    Map<String, Extraction> byId = new HashMap<>();
    extractions.forEach(e -> byId.put(e.document().id(), e));
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn
    TYPES.forEach(t -> counts.put(t, new int[3]));
    List<Miss> missed = new ArrayList<>();
    List<FalseAlarm> falseAlarms = new ArrayList<>();
    for (EntityGold document : gold) {
      Set<Key> goldKeys = new LinkedHashSet<>();
      document.names().forEach(n -> goldKeys.add(new Key(n.span(), n.type())));
      Set<Key> found = new LinkedHashSet<>();
      Map<Key, String> texts = new HashMap<>();
      Extraction extraction = byId.get(document.id());
      if (extraction != null) {
        for (EntityMention m : extraction.mentions(EntityMention.class)) {
          if (TYPES.contains(m.type())) {
            Key key = new Key(m.span(), m.type());
            found.add(key);
            texts.put(key, m.text());
          }
        }
      }
      for (Key key : found) {
        if (goldKeys.contains(key)) {
          counts.get(key.type())[0]++;
        } else {
          counts.get(key.type())[1]++;
          falseAlarms.add(new FalseAlarm(document.id(), key.span(), texts.get(key), key.type()));
        }
      }
      for (EntityGold.Name name : document.names()) {
        if (!found.contains(new Key(name.span(), name.type()))) {
          counts.get(name.type())[2]++;
          missed.add(new Miss(document.id(), name));
        }
      }
    }
    Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
    counts.forEach((type, c) -> scores.put(type, new Score(c[0], c[1], c[2])));
    return new EntityEvaluation(scores, missed, falseAlarms);
  }

  private record Key(Span span, EntityType type) {}

  /** The three types together. */
  public Score all() {
    return scores.values().stream().reduce(Score.ZERO, Score::plus);
  }

  /** The evaluation for a person to read: a row per type and all together; verbose, every error. */
  public String render(boolean verbose) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s  %9s  %6s  %5s%n",
        "entities", "tp", "fp", "fn", "precision", "recall", "f1"));
    scores.forEach((type, s) -> out.append(row(type.name(), s)));
    out.append(row("all", all()));
    if (verbose) {
      out.append(String.format(Locale.ROOT, "%nmissed%n"));
      missed.forEach(m -> out.append("  ").append(m.document()).append(" | ").append(m.gold().type())
          .append(" | ").append(m.gold().text()).append('\n'));
      out.append(String.format(Locale.ROOT, "%nfalse alarms%n"));
      falseAlarms.forEach(f -> out.append("  ").append(f.document()).append(" | ").append(f.type())
          .append(" | ").append(f.text()).append('\n'));
    }
    return out.toString();
  }

  private static String row(String label, Score s) {
    return String.format(Locale.ROOT, "%-13s %5d %5d %5d  %9.3f  %6.3f  %5.3f%n",
        label, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1());
  }
}
