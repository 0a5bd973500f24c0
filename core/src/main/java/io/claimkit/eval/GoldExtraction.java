package io.claimkit.eval;

import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.Directness;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.eval.GoldDocument.Anchor;
import io.claimkit.eval.GoldDocument.GoldAttribution;
import io.claimkit.eval.GoldDocument.GoldClaim;
import io.claimkit.eval.GoldDocument.GoldEvent;
import io.claimkit.eval.GoldDocument.GoldNumber;
import io.claimkit.eval.GoldDocument.GoldQuantityClaim;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gold of a document turned into an {@link Extraction}, as a perfect system would report it: a reference
 * output for the JSON writer and report, and the check that the evaluator scores gold against itself as 1.
 *
 * <p>The gold names a quantity claim's measured thing, place, time and speaker as free phrases. Each becomes
 * a part at the occurrence of the phrase nearest the quantity; a measured phrase the text does not hold in
 * one piece becomes the nearest word with the stem of its head ({@link MeasuredAgreement#head}). A phrase
 * found nowhere is left out. Claims carry the rule id {@value #RULE} and confidence 1.
 */
public final class GoldExtraction {

  public static final String RULE = "gold";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private GoldExtraction() {}

  public static Extraction of(GoldDocument gold, Document document) {
    List<Mention> mentions = new ArrayList<>();
    gold.numbers().forEach(n -> mentions.add(number(n)));
    gold.temporals()
        .forEach(t -> mentions.add(new TemporalMention(t.anchor().span(), t.anchor().text(), t.kind(), t.normalized())));
    gold.entities().forEach(e -> mentions.add(new EntityMention(e.anchor().span(), e.anchor().text(), e.type())));
    List<Claim> claims = new ArrayList<>();
    for (GoldClaim claim : gold.claims()) {
      claims.add(claim(claim, gold, document));
    }
    List<Region> regions = new ArrayList<>();
    gold.byline().ifPresent(b -> regions.add(new Region(RegionKind.BYLINE, b.span())));
    gold.boilerplate().forEach(b -> regions.add(new Region(RegionKind.BOILERPLATE, b.span())));
    regions.sort((a, b) -> a.span().compareTo(b.span()));
    return new Extraction(document, regions, mentions, claims);
  }

  private static Claim claim(GoldClaim claim, GoldDocument gold, Document document) {
    if (claim instanceof GoldQuantityClaim q) {
      NumberMention quantity =
          gold.numbers().stream()
              .filter(n -> n.anchor().span().equals(q.quantity().span()))
              .findFirst()
              .map(GoldExtraction::number)
              .orElseGet(() -> new NumberMention(q.quantity().span(), q.quantity().text(), Quantity.exact(0)));
      Span near = quantity.span();
      Optional<Part> measured = nearest(document, q.measured(), near).or(() -> nearestHead(document, q.measured(), near));
      Optional<Part> location = q.location().flatMap(l -> nearest(document, l, near));
      Optional<Part> time = q.time().flatMap(t -> nearest(document, t, near));
      Optional<Speaker> speaker =
          q.speaker().flatMap(s -> nearest(document, s, near)).map(p -> new Speaker(p, Optional.empty()));
      Span span = near;
      for (Optional<Part> part : List.of(measured, location, time, speaker.map(Speaker::part))) {
        span = part.map(Part::span).map(span::union).orElse(span);
      }
      return new QuantityClaim(
          span, document.text(span), quantity, measured, location, time, speaker, RULE, 1.0, List.of(quantity));
    }
    if (claim instanceof GoldAttribution a) {
      Span span = a.speaker().span().union(a.cue().span()).union(a.content().span());
      return new AttributionClaim(
          span,
          document.text(span),
          new Speaker(part(a.speaker()), a.resolvesTo()),
          part(a.cue()),
          part(a.content()),
          a.directQuote() ? Directness.DIRECT : Directness.INDIRECT,
          RULE,
          1.0,
          List.of());
    }
    GoldEvent e = (GoldEvent) claim;
    Span span = e.actor().span().union(e.predicate().span());
    span = e.object().map(Anchor::span).map(span::union).orElse(span);
    return new EventClaim(
        span, document.text(span), part(e.actor()), part(e.predicate()), e.object().map(GoldExtraction::part),
        RULE, 1.0, List.of());
  }

  private static NumberMention number(GoldNumber n) {
    Quantity quantity = Quantity.exact(n.value()).qualified(n.qualifier()).withSurface(n.anchor().text());
    quantity = n.unit().map(quantity::withUnit).orElse(quantity);
    return new NumberMention(n.anchor().span(), n.anchor().text(), quantity);
  }

  private static Part part(Anchor anchor) {
    return new Part(anchor.span(), anchor.text());
  }

  /** The occurrence of a phrase nearest a span, if the text holds it. */
  private static Optional<Part> nearest(Document document, String phrase, Span near) {
    String raw = document.text();
    Span best = null;
    for (int at = raw.indexOf(phrase); at >= 0 && !phrase.isEmpty(); at = raw.indexOf(phrase, at + 1)) {
      Span found = new Span(at, at + phrase.length());
      if (best == null || distance(found, near) < distance(best, near)) {
        best = found;
      }
    }
    return Optional.ofNullable(best).map(s -> Part.of(document, s));
  }

  /** The word nearest a span whose stem is the stem of the phrase's head. */
  private static Optional<Part> nearestHead(Document document, String phrase, Span near) {
    String head = MeasuredAgreement.head(phrase);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    String stem = MeasuredAgreement.stem(head);
    String raw = document.text();
    String lower = raw.toLowerCase(Locale.ROOT);
    Span best = null;
    Matcher words = WORD.matcher(raw);
    while (words.find()) {
      Span found = new Span(words.start(), words.end());
      if (MeasuredAgreement.stem(lower.substring(found.begin(), found.end())).equals(stem)
          && (best == null || distance(found, near) < distance(best, near))) {
        best = found;
      }
    }
    return Optional.ofNullable(best).map(s -> Part.of(document, s));
  }

  private static int distance(Span a, Span b) {
    if (a.intersects(b)) {
      return 0;
    }
    return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() - b.end();
  }
}
