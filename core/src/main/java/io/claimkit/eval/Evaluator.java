package io.claimkit.eval;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.eval.GoldDocument.Anchor;
import io.claimkit.eval.GoldDocument.GoldAttribution;
import io.claimkit.eval.GoldDocument.GoldEntity;
import io.claimkit.eval.GoldDocument.GoldEvent;
import io.claimkit.eval.GoldDocument.GoldNumber;
import io.claimkit.eval.GoldDocument.GoldQuantityClaim;
import io.claimkit.eval.GoldDocument.GoldTemporal;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores extractions against gold, whatever backend made them. The public entry point, which the
 * {@code claimkit evaluate} command calls:
 *
 * <pre>{@code
 * GoldFile gold = GoldFile.read(Path.of("seeds.gold.json"));
 * Evaluation evaluation = Evaluator.evaluate(gold, extractions);   // one Extraction per gold document
 * String table = EvaluationReport.render(evaluation, verbose);
 * }</pre>
 *
 * Each extraction finds its gold by document id, or by the id's file name ({@link GoldFile#document}).
 * Scores over several documents are summed (micro-averaged). Matching is one to one, per category:
 *
 * <ul>
 *   <li>numbers: the same span; then agreement on the value and the qualifier.
 *   <li>temporals: the same span; then agreement on the kind and the normalized value.
 *   <li>entities: the same span and type. The gold lists every PERSON but only the main organizations and
 *       places, so {@link Category#PERSONS} scores PERSONs alone, where precision is fair.
 *   <li>quantity claims: the same quantity span; then agreement on the measured thing by
 *       {@link MeasuredAgreement} ("measured": head or tokens; "measured head": head alone).
 *   <li>attribution claims: speaker spans that are equal or overlap, and a predicted content that covers at
 *       least half of the gold content's length; then agreement on an exact speaker, cue and content.
 *   <li>event claims: overlapping actor spans; then agreement on an exact actor and an overlapping predicate.
 *   <li>boilerplate and byline: BOILERPLATE and BYLINE regions with exactly the gold span.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * Scores several extractions, each against the gold of its document.
   *
   * @throws ClaimKitException INVALID_ARGUMENT naming the document when it has no gold, or when the gold's
   *     spans do not fit its text (a gold file made for another version of the text)
   */
  public static Evaluation evaluate(GoldFile gold, Collection<Extraction> extractions) {
    Evaluation total = new Evaluation(List.of(), List.of());
    for (Extraction extraction : extractions) {
      String id = extraction.document().id();
      GoldDocument document =
          gold.document(id)
              .orElseThrow(() -> new ClaimKitException(ErrorKind.INVALID_ARGUMENT, id, "no gold for it"));
      total = total.plus(evaluate(document, extraction));
    }
    return total;
  }

  /** Scores one extraction against the gold of its document. */
  public static Evaluation evaluate(GoldDocument gold, Extraction extraction) {
    Objects.requireNonNull(gold, "gold");
    String id = extraction.document().id();
    checkFits(gold, extraction.document().text(), id);
    return new Evaluation(
        List.of(id),
        List.of(
            numbers(gold, extraction, id),
            temporals(gold, extraction, id),
            entities(Category.ENTITIES, gold.entities(), extraction.mentions(EntityMention.class), id),
            entities(
                Category.PERSONS,
                gold.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList(),
                extraction.mentions(EntityMention.class).stream()
                    .filter(e -> e.type() == EntityType.PERSON)
                    .toList(),
                id),
            quantityClaims(gold, extraction, id),
            attributions(gold, extraction, id),
            events(gold, extraction, id),
            regions(Category.BOILERPLATE, gold.boilerplate(), extraction, RegionKind.BOILERPLATE, id),
            regions(Category.BYLINE, gold.byline().stream().toList(), extraction, RegionKind.BYLINE, id)));
  }

  private static CategoryResult numbers(GoldDocument gold, Extraction extraction, String id) {
    OneToOne<GoldNumber, NumberMention> m =
        OneToOne.match(
            gold.numbers(),
            extraction.mentions(NumberMention.class),
            (g, p) -> g.anchor().span().equals(p.span()));
    return result(
        Category.NUMBERS,
        m,
        List.of(
            agreement("value", m, (g, p) -> sameValue(g.value(), p.quantity().value())),
            agreement("qualifier", m, (g, p) -> g.qualifier() == p.quantity().qualifier())),
        g -> item(id, g.anchor(), g.qualifier().jsonName() + " " + number(g.value())),
        p -> item(id, p.span(), p.text(), p.quantity().qualifier().jsonName() + " " + number(p.quantity().value())));
  }

  private static CategoryResult temporals(GoldDocument gold, Extraction extraction, String id) {
    OneToOne<GoldTemporal, TemporalMention> m =
        OneToOne.match(
            gold.temporals(),
            extraction.mentions(TemporalMention.class),
            (g, p) -> g.anchor().span().equals(p.span()));
    return result(
        Category.TEMPORALS,
        m,
        List.of(
            agreement("kind", m, (g, p) -> g.kind() == p.kind()),
            agreement("normalized", m, (g, p) -> g.normalized().equals(p.normalized()))),
        g -> item(id, g.anchor(), g.normalized()),
        p -> item(id, p.span(), p.text(), p.normalized()));
  }

  private static CategoryResult entities(
      Category category, List<GoldEntity> gold, List<EntityMention> predicted, String id) {
    OneToOne<GoldEntity, EntityMention> m =
        OneToOne.match(
            gold, predicted, (g, p) -> g.anchor().span().equals(p.span()) && g.type() == p.type());
    return result(
        category,
        m,
        List.of(),
        g -> item(id, g.anchor(), g.type().name()),
        p -> item(id, p.span(), p.text(), p.type().name()));
  }

  private static CategoryResult quantityClaims(GoldDocument gold, Extraction extraction, String id) {
    OneToOne<GoldQuantityClaim, QuantityClaim> m =
        OneToOne.match(
            gold.claims(GoldQuantityClaim.class),
            extraction.claims(QuantityClaim.class),
            (g, p) -> g.quantity().span().equals(p.quantity().span()));
    return result(
        Category.QUANTITY_CLAIMS,
        m,
        List.of(
            agreement("measured", m, (g, p) -> measured(p).map(t -> MeasuredAgreement.agrees(t, g.measured())).orElse(false)),
            agreement(
                "measured head",
                m,
                (g, p) -> measured(p).map(t -> MeasuredAgreement.headAgrees(t, g.measured())).orElse(false))),
        g -> item(id, g.quantity(), g.id() + ", measured: " + g.measured()),
        p -> item(id, p.quantity().span(), p.quantity().text(), "measured: " + measured(p).orElse("-")));
  }

  private static Optional<String> measured(QuantityClaim claim) {
    return claim.measured().map(Part::text);
  }

  private static CategoryResult attributions(GoldDocument gold, Extraction extraction, String id) {
    BiPredicate<GoldAttribution, AttributionClaim> matches =
        (g, p) -> {
          Span speaker = p.speaker().part().span();
          boolean speakerMatches = g.speaker().span().equals(speaker) || g.speaker().span().intersects(speaker);
          return speakerMatches && 2L * g.content().span().overlap(p.content().span()) >= g.content().span().length();
        };
    OneToOne<GoldAttribution, AttributionClaim> m =
        OneToOne.match(
            gold.claims(GoldAttribution.class),
            extraction.claims(AttributionClaim.class),
            matches,
            (g, p) -> g.content().span().overlap(p.content().span())
                + (g.speaker().span().equals(p.speaker().part().span()) ? 0.5 : 0));
    return result(
        Category.ATTRIBUTION_CLAIMS,
        m,
        List.of(
            agreement("speaker exact", m, (g, p) -> g.speaker().span().equals(p.speaker().part().span())),
            agreement("cue exact", m, (g, p) -> g.cue().span().equals(p.cue().span())),
            agreement("content exact", m, (g, p) -> g.content().span().equals(p.content().span()))),
        g -> item(id, g.speaker(), g.id() + ", " + g.cue().text() + ": " + g.content().text()),
        p -> item(id, p.speaker().part().span(), p.speaker().part().text(), p.cue().text() + ": " + p.content().text()));
  }

  private static CategoryResult events(GoldDocument gold, Extraction extraction, String id) {
    OneToOne<GoldEvent, EventClaim> m =
        OneToOne.match(
            gold.claims(GoldEvent.class),
            extraction.claims(EventClaim.class),
            (g, p) -> g.actor().span().intersects(p.actor().span()),
            (g, p) -> g.actor().span().overlap(p.actor().span()));
    return result(
        Category.EVENT_CLAIMS,
        m,
        List.of(
            agreement("actor exact", m, (g, p) -> g.actor().span().equals(p.actor().span())),
            agreement("predicate overlap", m, (g, p) -> g.predicate().span().intersects(p.predicate().span()))),
        g -> item(id, g.actor(), g.id() + ", " + g.predicate().text()),
        p -> item(id, p.actor().span(), p.actor().text(), p.predicate().text()));
  }

  private static CategoryResult regions(
      Category category, List<Anchor> gold, Extraction extraction, RegionKind kind, String id) {
    List<Region> predicted = extraction.regions().stream().filter(r -> r.kind() == kind).toList();
    OneToOne<Anchor, Region> m = OneToOne.match(gold, predicted, (g, p) -> g.span().equals(p.span()));
    String raw = extraction.document().text();
    return result(
        category,
        m,
        List.of(),
        g -> item(id, g, ""),
        p -> item(id, p.span(), p.span().text(raw), ""));
  }

  private static <G, P> CategoryResult result(
      Category category,
      OneToOne<G, P> m,
      List<Agreement> agreements,
      Function<G, Item> miss,
      Function<P, Item> falseAlarm) {
    return new CategoryResult(
        category,
        m.score(),
        agreements,
        m.missed().stream().map(miss).toList(),
        m.falseAlarms().stream().map(falseAlarm).toList());
  }

  private static <G, P> Agreement agreement(String name, OneToOne<G, P> m, BiPredicate<G, P> agrees) {
    int agreeing = 0;
    for (OneToOne.Pair<G, P> pair : m.pairs()) {
      if (agrees.test(pair.gold(), pair.predicted())) {
        agreeing++;
      }
    }
    return new Agreement(name, agreeing, m.pairs().size());
  }

  private static boolean sameValue(double gold, double predicted) {
    return Math.abs(gold - predicted) <= 1e-9 * Math.max(1.0, Math.abs(gold));
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static Item item(String id, Anchor anchor, String note) {
    return item(id, anchor.span(), anchor.text(), note);
  }

  private static Item item(String id, Span span, String text, String note) {
    return new Item(id, span, note.isEmpty() ? quoted(text) : quoted(text) + " (" + note + ")");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
  }

  /** Every gold span must lie in the text and cover the text the gold says it covers. */
  private static void checkFits(GoldDocument gold, String raw, String id) {
    List<Anchor> anchors = new ArrayList<>();
    gold.numbers().forEach(n -> anchors.add(n.anchor()));
    gold.temporals().forEach(t -> anchors.add(t.anchor()));
    gold.entities().forEach(e -> anchors.add(e.anchor()));
    anchors.addAll(gold.boilerplate());
    gold.byline().ifPresent(anchors::add);
    for (GoldDocument.GoldClaim claim : gold.claims()) {
      if (claim instanceof GoldQuantityClaim q) {
        anchors.add(q.quantity());
      } else if (claim instanceof GoldAttribution a) {
        anchors.addAll(List.of(a.speaker(), a.cue(), a.content()));
      } else if (claim instanceof GoldEvent e) {
        anchors.addAll(List.of(e.actor(), e.predicate()));
        e.object().ifPresent(anchors::add);
      }
    }
    for (Anchor a : anchors) {
      if (a.span().end() > raw.length() || !a.span().text(raw).equals(a.text())) {
        throw new ClaimKitException(
            ErrorKind.INVALID_ARGUMENT,
            id,
            "gold span " + a.span() + " should hold \"" + a.text() + "\" but the text does not match");
      }
    }
  }
}
