package io.claimkit.compare;

import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether two claims of different articles speak of the same thing, and if so whether they agree.
 * Texts are compared by their content words ({@link ContentWords}); the thresholds below are the whole of
 * the judgement, and none looks at a particular word.
 *
 * <ul>
 *   <li><b>quantity ~ quantity</b>: measured things that share at least {@value #MEASURED_MIN_OVERLAP} of
 *       the smaller one's content words; places and times, where both claims name one, that share a word;
 *       and sentences that share at least {@value #CONTEXT_MIN_OVERLAP} of the smaller one's content words,
 *       so that "2,500 troops remain" is not compared with "the deaths of thousands of troops". Two claims
 *       that name no measured thing align instead by the words around their numbers (up to {@value #WINDOW}
 *       on each side), with a Dice coefficient of at least {@value #LOCAL_MIN_DICE}. They agree
 *       when their intervals overlap ({@link Quantity#overlaps}) and conflict when they do not.
 *   <li><b>attribution ~ attribution</b>: speakers (the resolved name where there is one) whose content
 *       words have a Dice coefficient of at least {@value #SPEAKER_MIN_DICE}, and contents whose content
 *       words have a Dice coefficient of at least {@value #CONTENT_MIN_DICE} (Dice, not overlap, so that a
 *       long statement does not take in every short one that shares a few of its words).
 *   <li><b>event ~ event</b>: actors with a Dice coefficient of at least {@value #ACTOR_MIN_DICE} and
 *       predicates that share a content word.
 *   <li><b>attribution ~ event</b>: the event's sentence holds at least {@value #CROSS_MIN_OVERLAP} of the
 *       content words of what the attribution reports: the event states as fact what the speaker said.
 * </ul>
 *
 * Among several quantity candidates, the one whose number stands among the same words (up to
 * {@value #WINDOW} on each side) and, next, the one that agrees is preferred.
 *
 * <p>Every text match also needs {@value #MIN_SHARED} shared content words, or all of them when a text has
 * fewer. A quantity claim aligns only with a quantity claim: a number is confirmed or contradicted by a
 * number. Aligned attributions and events agree; conflicts are found between quantities only.
 */
final class ClaimMatcher {

  static final double MEASURED_MIN_OVERLAP = 0.5;
  static final double CONTEXT_MIN_OVERLAP = 0.4;
  static final double SPEAKER_MIN_DICE = 0.6;
  static final double CONTENT_MIN_DICE = 0.5;
  static final double ACTOR_MIN_DICE = 0.6;
  static final double CROSS_MIN_OVERLAP = 0.6;
  static final int MIN_SHARED = 2;
  static final int WINDOW = 4;
  static final double LOCAL_MIN_DICE = 0.5;

  /**
   * How two claims align.
   *
   * @param sameType whether both claims are of one type; such a match is preferred to a cross-type one
   * @param score    how close the compared texts are, to choose among several candidates
   */
  record Match(Relation relation, String reason, Wording wording, boolean sameType, double score) {}

  private ClaimMatcher() {}

  static Optional<Match> match(Claim x, Claim y) {
    if (x instanceof QuantityClaim qx && y instanceof QuantityClaim qy) {
      return quantities(qx, qy);
    }
    if (x instanceof AttributionClaim ax && y instanceof AttributionClaim ay) {
      return attributions(ax, ay);
    }
    if (x instanceof EventClaim ex && y instanceof EventClaim ey) {
      return events(ex, ey);
    }
    if (x instanceof AttributionClaim ax && y instanceof EventClaim ey) {
      return reportedAsFact(ax, ey);
    }
    if (x instanceof EventClaim ex && y instanceof AttributionClaim ay) {
      return reportedAsFact(ay, ex);
    }
    return Optional.empty();
  }

  private static Optional<Match> quantities(QuantityClaim x, QuantityClaim y) {
    double local = ContentWords.dice(Set.copyOf(around(x)), Set.copyOf(around(y)));
    double measured;
    String what;
    if (x.measured().isPresent() && y.measured().isPresent()) {
      Set<String> mx = ContentWords.stems(x.measured().get().text());
      Set<String> my = ContentWords.stems(y.measured().get().text());
      measured = ContentWords.overlap(mx, my);
      if (measured < MEASURED_MIN_OVERLAP || !enoughShared(mx, my)) {
        return Optional.empty();
      }
      what = String.format("same measured thing (\"%s\" / \"%s\")", x.measured().get().text(), y.measured().get().text());
    } else if (x.measured().isEmpty() && y.measured().isEmpty() && local >= LOCAL_MIN_DICE) {
      measured = local;
      what = "no measured thing, the same words around the number";
    } else {
      return Optional.empty();
    }
    if (disjoint(x.location(), y.location()) || disjoint(x.time(), y.time())) {
      return Optional.empty();
    }
    Set<String> cx = ContentWords.stems(x.text());
    Set<String> cy = ContentWords.stems(y.text());
    double context = ContentWords.overlap(cx, cy);
    if (context < CONTEXT_MIN_OVERLAP) {
      return Optional.empty();
    }
    Quantity vx = x.quantity().quantity();
    Quantity vy = y.quantity().quantity();
    boolean overlaps = vx.overlaps(vy);
    // Among several candidates of one sentence, the words around the number tell which is which, and a
    // number is matched with one it can agree with before one it contradicts.
    double score = measured + context + local + (overlaps ? 0.5 : 0);
    String reason =
        String.format(
            "%s; %s %s %s",
            what,
            Intervals.describe(x.quantity().text(), vx),
            overlaps ? "and" : "cannot hold with",
            Intervals.describe(y.quantity().text(), vy))
            + (overlaps ? ": the intervals overlap" : ": the intervals do not overlap");
    return Optional.of(
        new Match(
            overlaps ? Relation.AGREE : Relation.CONFLICT,
            reason,
            Wording.between(x.text(), y.text()),
            true,
            score));
  }

  /** The words next to a quantity claim's number: up to {@value #WINDOW} on each side, inside its text. */
  private static List<String> around(QuantityClaim claim) {
    Span span = claim.span();
    Span number = claim.quantity().span();
    if (!span.contains(number)) {
      return List.of();
    }
    String text = claim.text();
    List<String> before = ContentWords.words(text.substring(0, number.begin() - span.begin()));
    List<String> after = ContentWords.words(text.substring(number.end() - span.begin()));
    List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - WINDOW), before.size()));
    words.addAll(after.subList(0, Math.min(WINDOW, after.size())));
    return words;
  }

  private static boolean disjoint(Optional<Part> x, Optional<Part> y) {
    return x.isPresent()
        && y.isPresent()
        && ContentWords.shared(ContentWords.stems(x.get().text()), ContentWords.stems(y.get().text())).isEmpty();
  }

  private static Optional<Match> attributions(AttributionClaim x, AttributionClaim y) {
    double speaker = ContentWords.dice(ContentWords.stems(name(x.speaker())), ContentWords.stems(name(y.speaker())));
    if (speaker < SPEAKER_MIN_DICE) {
      return Optional.empty();
    }
    Set<String> sx = ContentWords.stems(x.content().text());
    Set<String> sy = ContentWords.stems(y.content().text());
    double content = ContentWords.dice(sx, sy);
    if (content < CONTENT_MIN_DICE || !enoughShared(sx, sy)) {
      return Optional.empty();
    }
    String reason =
        String.format(
            "same speaker (%s) and content (shared words: %s)",
            name(x.speaker()), String.join(", ", ContentWords.sharedWords(x.content().text(), sy)));
    return Optional.of(
        new Match(Relation.AGREE, reason, Wording.between(x.content().text(), y.content().text()), true, speaker + content));
  }

  private static String name(Speaker speaker) {
    return speaker.resolvesTo().orElse(speaker.part().text());
  }

  private static Optional<Match> events(EventClaim x, EventClaim y) {
    double actor = ContentWords.dice(ContentWords.stems(x.actor().text()), ContentWords.stems(y.actor().text()));
    Set<String> predicate =
        ContentWords.shared(ContentWords.stems(x.predicate().text()), ContentWords.stems(y.predicate().text()));
    if (actor < ACTOR_MIN_DICE || predicate.isEmpty()) {
      return Optional.empty();
    }
    String reason =
        String.format(
            "same actor (\"%s\" / \"%s\") and predicate (\"%s\" / \"%s\")",
            x.actor().text(), y.actor().text(), x.predicate().text(), y.predicate().text());
    double score =
        actor + ContentWords.overlap(ContentWords.stems(x.text()), ContentWords.stems(y.text()));
    return Optional.of(new Match(Relation.AGREE, reason, Wording.between(x.text(), y.text()), true, score));
  }

  /** An attribution whose content another article's event sentence states. */
  private static Optional<Match> reportedAsFact(AttributionClaim attribution, EventClaim event) {
    Set<String> content = ContentWords.stems(attribution.content().text());
    Set<String> sentence = ContentWords.stems(event.text());
    double overlap = ContentWords.overlap(content, sentence);
    if (overlap < CROSS_MIN_OVERLAP || !enoughShared(content, sentence)) {
      return Optional.empty();
    }
    String reason =
        String.format(
            "the event's sentence states what the attribution reports (speaker: %s; shared words: %s)",
            name(attribution.speaker()),
            String.join(", ", ContentWords.sharedWords(attribution.content().text(), sentence)));
    return Optional.of(
        new Match(
            Relation.AGREE, reason, Wording.between(attribution.content().text(), event.text()), false, overlap));
  }

  private static boolean enoughShared(Set<String> x, Set<String> y) {
    int needed = Math.min(MIN_SHARED, Math.min(x.size(), y.size()));
    return needed > 0 && ContentWords.shared(x, y).size() >= needed;
  }
}
