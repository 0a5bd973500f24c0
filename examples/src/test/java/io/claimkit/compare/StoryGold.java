package io.claimkit.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.Claim;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The comparison gold of {@code stories.gold.json}, scored: each story's articles are extracted by a real
 * pipeline and aligned, gold claims are found by the substring that names them (the predicted claim whose anchor
 * covers it, a quantity first), and the reported pairs are held against the gold pairs.
 */
final class StoryGold {

  static final String RESOURCE = "stories.gold.json";
  /** Stories written after the rules were settled: figures printed as a check on unseen wording. */
  static final String HELD_OUT = "stories-heldout.gold.json";

  /** The figures over all stories, with each miss and false report named for a person to read. */
  record Score(
      int goldAgreements, int foundAgreements, int goldConflicts, int foundConflicts, int reportedConflicts,
      int trueConflicts, int trapsReported, List<String> notes) {

    double conflictPrecision() {
      return reportedConflicts == 0 ? 1.0 : (double) trueConflicts / reportedConflicts;
    }

    double agreementRecall() {
      return goldAgreements == 0 ? 1.0 : (double) foundAgreements / goldAgreements;
    }

    double conflictRecall() {
      return goldConflicts == 0 ? 1.0 : (double) foundConflicts / goldConflicts;
    }

    String figures() {
      return String.format(Locale.ROOT,
          "conflict precision %.3f (%d/%d), agreement recall %.3f (%d/%d), conflict recall %.3f (%d/%d), traps reported %d",
          conflictPrecision(), trueConflicts, reportedConflicts, agreementRecall(), foundAgreements, goldAgreements,
          conflictRecall(), foundConflicts, goldConflicts, trapsReported);
    }
  }

  private StoryGold() {}

  static JsonNode gold(String resource) {
    try (InputStream in = StoryGold.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Score score(ClaimPipeline pipeline) {
    return score(pipeline, RESOURCE);
  }

  static Score score(ClaimPipeline pipeline, String resource) {
    int goldAgree = 0;
    int foundAgree = 0;
    int goldConflict = 0;
    int foundConflict = 0;
    int reported = 0;
    int trueConflicts = 0;
    int traps = 0;
    List<String> notes = new ArrayList<>();
    for (JsonNode story : gold(resource).path("stories")) {
      List<Extraction> extractions = new ArrayList<>();
      for (JsonNode article : story.path("articles")) {
        extractions.add(pipeline.extract(Document.of(article.path("id").asText(), article.path("text").asText())));
      }
      Comparison comparison = ClaimAligner.align(extractions);
      List<AlignedPair> goldConflicts = new ArrayList<>();
      for (JsonNode pair : story.path("pairs")) {
        Optional<ArticleClaim> a = claim(extractions, pair.path("a"));
        Optional<ArticleClaim> b = claim(extractions, pair.path("b"));
        String relation = pair.path("relation").asText();
        String name = story.path("id").asText() + ": " + pair.path("a") + " ~ " + pair.path("b")
            + (a.isPresent() && b.isPresent() ? " [" + describe(extractions, a.get()) + " | " + describe(extractions, b.get()) + "]" : "");
        Optional<AlignedPair> found = a.isPresent() && b.isPresent() ? between(comparison, a.get(), b.get()) : Optional.empty();
        switch (relation) {
          case "agree" -> {
            goldAgree++;
            if (found.filter(p -> p.relation() == Relation.AGREE).isPresent()) {
              foundAgree++;
            } else {
              notes.add("missed agreement " + name + (a.isEmpty() || b.isEmpty() ? " (claim not extracted)" : found.map(p -> " (found " + p.relation() + ")").orElse("")));
            }
          }
          case "conflict" -> {
            goldConflict++;
            found.filter(p -> p.relation() == Relation.CONFLICT).ifPresent(goldConflicts::add);
            if (found.filter(p -> p.relation() == Relation.CONFLICT).isPresent()) {
              foundConflict++;
            } else {
              notes.add("missed conflict " + name + (a.isEmpty() || b.isEmpty() ? " (claim not extracted)" : found.map(p -> " (found " + p.relation() + ")").orElse("")));
            }
          }
          case "none" -> {
            if (found.filter(p -> p.relation() == Relation.CONFLICT).isPresent()) {
              traps++;
              notes.add("trap reported as a conflict " + name);
            }
          }
          default -> throw new IllegalStateException("unknown relation " + relation);
        }
      }
      for (AlignedPair p : comparison.pairs(Relation.CONFLICT)) {
        reported++;
        if (goldConflicts.contains(p)) {
          trueConflicts++;
        } else {
          notes.add("false conflict in " + story.path("id").asText() + ": \"" + anchorText(p.a()) + "\" ~ \""
              + anchorText(p.b()) + "\" (" + p.reason() + ")");
        }
      }
    }
    return new Score(goldAgree, foundAgree, goldConflict, foundConflict, reported, trueConflicts, traps, notes);
  }

  private static Optional<AlignedPair> between(Comparison comparison, ArticleClaim a, ArticleClaim b) {
    return comparison.pairs().stream()
        .filter(p -> p.a().equals(a) && p.b().equals(b) || p.a().equals(b) && p.b().equals(a))
        .findFirst();
  }

  /** The claim whose anchor covers the gold substring; a quantity claim before another. */
  private static Optional<ArticleClaim> claim(List<Extraction> extractions, JsonNode side) {
    String doc = side.get(0).asText();
    String sub = side.get(1).asText();
    for (int d = 0; d < extractions.size(); d++) {
      Extraction e = extractions.get(d);
      if (!e.document().id().equals(doc)) {
        continue;
      }
      int at = e.document().text().indexOf(sub);
      if (at < 0) {
        throw new IllegalStateException("gold substring not in " + doc + ": " + sub);
      }
      Span span = new Span(at, at + sub.length());
      ArticleClaim best = null;
      for (int i = 0; i < e.claims().size(); i++) {
        Claim c = e.claims().get(i);
        if (c.anchor().intersects(span) && (best == null || c instanceof QuantityClaim && !(best.claim() instanceof QuantityClaim))) {
          best = new ArticleClaim(d, doc, i, c);
        }
      }
      return Optional.ofNullable(best);
    }
    throw new IllegalStateException("no article " + doc);
  }

  /** What the comparison read from a claim, for a note. */
  static String describe(List<Extraction> extractions, ArticleClaim c) {
    ClaimProfile p = ClaimProfile.of(extractions.get(c.document()), c);
    if (c.claim() instanceof QuantityClaim q) {
      return "head=" + p.head().map(Term::text).orElse("-") + " mods=" + p.modifiers() + " pred="
          + p.predicate().map(Term::text).orElse("-") + " value=" + Intervals.interval(p.value())
          + " loc=" + q.location().map(l -> l.text()).orElse("-") + " time=" + q.time().map(l -> l.text()).orElse("-");
    }
    return c.type() + " " + c.claim().text();
  }

  private static String anchorText(ArticleClaim c) {
    Span a = c.claim().anchor();
    Span s = c.claim().span();
    return s.contains(a) ? c.claim().text().substring(a.begin() - s.begin(), a.end() - s.begin()) : c.claim().text();
  }
}
