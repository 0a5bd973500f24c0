package io.claimkit.eval;

import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.quantity.Qualifier;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gold annotations of one document, as in {@code seeds.gold.json}: every cardinal number, the temporals,
 * every PERSON and the main ORGANIZATIONs and LOCATIONs, the check-worthy claims, the page furniture and the
 * byline. Offsets are UTF-16 code units into the raw text, end exclusive.
 */
public record GoldDocument(
    String id,
    List<GoldNumber> numbers,
    List<GoldTemporal> temporals,
    List<GoldEntity> entities,
    List<GoldClaim> claims,
    List<Anchor> boilerplate,
    Optional<Anchor> byline) {

  public GoldDocument {
    Objects.requireNonNull(id, "id");
    numbers = List.copyOf(numbers);
    temporals = List.copyOf(temporals);
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
    boilerplate = List.copyOf(boilerplate);
    Objects.requireNonNull(byline, "byline");
  }

  /** The gold claims of one type, in file order. */
  public <C extends GoldClaim> List<C> claims(Class<C> type) {
    return claims.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** A span of the raw text with the text the gold says is under it. */
  public record Anchor(Span span, String text) {
    public Anchor {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A cardinal quantity; {@code unit} is the counted noun or unit the gold names ("residents", "times"). */
  public record GoldNumber(Anchor anchor, double value, Qualifier qualifier, Optional<String> unit) {}

  public record GoldTemporal(Anchor anchor, TemporalKind kind, String normalized) {}

  public record GoldEntity(Anchor anchor, EntityType type) {}

  /** A gold claim: one of the three claim types, with the id the gold gives it ("d0.q1"). */
  public sealed interface GoldClaim permits GoldQuantityClaim, GoldAttribution, GoldEvent {
    String id();
  }

  /**
   * A quantity claim. {@code measured}, {@code location}, {@code time} and {@code speaker} are free phrases
   * without offsets: what is counted may be spread over the sentence ("the clinics ... raided 40 times").
   */
  public record GoldQuantityClaim(
      String id,
      Anchor quantity,
      String measured,
      Optional<String> location,
      Optional<String> time,
      Optional<String> speaker)
      implements GoldClaim {}

  public record GoldAttribution(
      String id,
      Anchor speaker,
      Optional<String> resolvesTo,
      Anchor cue,
      Anchor content,
      boolean directQuote)
      implements GoldClaim {}

  public record GoldEvent(String id, Anchor actor, Anchor predicate, Optional<Anchor> object)
      implements GoldClaim {}
}
