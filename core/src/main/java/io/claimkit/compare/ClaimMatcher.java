package io.claimkit.compare;

import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.compare.LexicalRelations.Kinship;
import io.claimkit.quantity.Quantity;
import io.claimkit.quantity.units.NormalizedUnit;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether two claims of different articles speak of the same thing, how sure that is (a score from 0
 * to 1 with its reasons), and whether they agree. Words are compared by meaning through {@link
 * LexicalRelations} (WordNet-derived synonyms, hypernyms, causes and derivations) and by their content-word
 * stems ({@link ContentWords}); none of the tests looks at a particular word.
 *
 * <ul>
 *   <li><b>quantity ~ quantity</b>: the head nouns of the measured things must be the same word, synonyms or
 *       related ("residents" and "people"), and where both name modifiers ("U.S. troops", "Syrian troops") one
 *       pair of modifiers must relate too; a head noun shared by two claims whose predicates are unrelated
 *       ("killed", "displaced") is not enough. For a count (no unit on either side) the predicate is the
 *       verb that says what happened to the thing counted; where both claims have one, the two must relate
 *       ("killed" and "died"), or the sentences must share {@value #SAME_SENTENCE_OVERLAP} of their content words
 *       (then the claims may agree but never conflict); predicates that are antonyms ("rose", "fell") make
 *       a conflict whatever the values, when the heads are the same word or synonyms and the sentences share at
 *       least {@value #CONTEXT_MIN_OVERLAP}; for a count whose verb comes before the
 *       number, the nouns before it (who acted) must match where both claims have them (sharing at
 *       least {@value #AGENT_MIN_OVERLAP} of the smaller one's words: "the Unity Party" and "opposition parties"
 *       are two); where either has none, the sentences must share at
 *       least {@value #CONTEXT_MIN_OVERLAP}. A measurement in a unit is known by what it measures, unless
 *       both have unrelated predicates in sentences sharing less than that ("fall by 2%", "rise 4%"). Places and times, where both
 *       claims name one, share a word, and times that both name a date share a word (two sources may give two numbers: a different speaker is said, not
 *       held against the match). Units of different
 *       dimensions ("km", "kg") or currencies never compare; values in units of one dimension compare after
 *       conversion ("62 mph" and "100 km/h"). Two claims that name no measured thing align by the words around
 *       their numbers (up to {@value #WINDOW} on each side, Dice of at least {@value #LOCAL_MIN_DICE}).
 *       They agree when their intervals overlap; they <i>conflict</i> only when they do not overlap, the heads
 *       are the same word or synonyms (a count of residents may be smaller than one of people), and the event
 *       is known to be the same (related predicates, or neither has one and the sentences match).
 *   <li><b>attribution ~ attribution</b>: speakers (the resolved name where there is one) with Dice of at
 *       least {@value #SPEAKER_MIN_DICE}, and contents whose words match, by stem or meaning, with Dice of at
 *       least {@value #CONTENT_MIN_DICE}: a quote and its paraphrase.
 *   <li><b>event ~ event</b>: actors with Dice of at least {@value #ACTOR_MIN_DICE} and predicates that share a
 *       stem or relate in meaning.
 *   <li><b>attribution ~ event</b>: the event's sentence holds at least {@value #CROSS_MIN_OVERLAP} of the
 *       content words of what the attribution reports: one article states as fact what the other attributes.
 * </ul>
 *
 * Every text match also needs {@value #MIN_SHARED} shared content words, or all of them when a text has fewer.
 * Aligned attributions and events agree; conflicts are found between quantities only.
 */
final class ClaimMatcher {

  static final double CONTEXT_MIN_OVERLAP = 0.4;
  static final double SAME_SENTENCE_OVERLAP = 0.6;
  static final double AGENT_MIN_OVERLAP = 0.6;
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
   * @param score    how sure the alignment is, from 0 to 1
   * @param reasons  what made it, for a person to read
   * @param sameType whether both claims are of one type; such a match is preferred to a cross-type one
   * @param rank     the score plus what tells apart the candidates of one sentence, to choose among them
   */
  record Match(Relation relation, double score, List<String> reasons, Wording wording, boolean sameType, double rank) {}

  private ClaimMatcher() {}

  static Optional<Match> match(ClaimProfile px, ClaimProfile py) {
    Claim x = px.claim().claim();
    Claim y = py.claim().claim();
    if (x instanceof QuantityClaim qx && y instanceof QuantityClaim qy) {
      return quantities(px, qx, py, qy);
    }
    if (x instanceof AttributionClaim ax && y instanceof AttributionClaim ay) {
      return attributions(ax, ay);
    }
    if (x instanceof EventClaim ex && y instanceof EventClaim ey) {
      return events(ex, ey);
    }
    if (x instanceof AttributionClaim ax && y instanceof EventClaim ey) {
      return reportedAsFact(ax, ey, "the later article states as fact what the earlier attributes to ");
    }
    if (x instanceof EventClaim ex && y instanceof AttributionClaim ay) {
      return reportedAsFact(ay, ex, "the later article attributes to a speaker what the earlier states as fact: ");
    }
    return Optional.empty();
  }

  private static Optional<Match> quantities(ClaimProfile px, QuantityClaim x, ClaimProfile py, QuantityClaim y) {
    List<String> reasons = new ArrayList<>();
    double local = ContentWords.dice(Set.copyOf(around(x)), Set.copyOf(around(y)));
    double context = ContentWords.overlap(px.context(), py.context());
    // What is measured.
    Kinship thing;
    if (px.head().isPresent() && py.head().isPresent()) {
      Term hx = px.head().get();
      Term hy = py.head().get();
      thing = hx.kinship(hy);
      if (!thing.atLeast(Kinship.RELATED)) {
        return Optional.empty();
      }
      if (!modifiersAgree(px.modifiers(), py.modifiers())) {
        return Optional.empty();
      }
      reasons.add(String.format("measured: \"%s\" ~ \"%s\" (%s)",
          measuredText(x, hx), measuredText(y, hy), describe(thing, hx, hy)));
    } else if (px.head().isEmpty() && py.head().isEmpty() && local >= LOCAL_MIN_DICE) {
      thing = Kinship.RELATED;
      reasons.add(String.format(Locale.ROOT, "no measured thing; the words around the numbers match (Dice %.2f)", local));
    } else {
      return Optional.empty();
    }
    Optional<NormalizedUnit> ux = px.unit();
    Optional<NormalizedUnit> uy = py.unit();
    if (ux.isPresent() && uy.isPresent() && !ux.get().commensurable(uy.get())) {
      return Optional.empty();
    }
    // What happened to it. A measurement in a unit is known by what it measures ("winds", "turnout"); a count
    // by its event as well: "40 people were killed" and "2,500 people were displaced" are two counts.
    Kinship event = Kinship.NONE;
    boolean eventKnown = false;
    boolean agreeOnly = false;
    boolean measurement = ux.isPresent() && uy.isPresent();
    // Changes compare with changes: a rise and a fall of one thing cannot both hold, whatever the levels.
    boolean changesOpposite = x.change().isPresent() && y.change().isPresent()
        && x.change().get().direction() != y.change().get().direction();
    boolean opposite = changesOpposite || px.predicate().isPresent() && py.predicate().isPresent()
        && px.predicate().get().kinship(py.predicate().get()) == Kinship.OPPOSITE;
    if (opposite && context < CONTEXT_MIN_OVERLAP) {
      // "Defence spending will fall", "school spending is set to rise": likely two things.
      return Optional.empty();
    } else if (opposite) {
      // "Prices rose 3%", "prices fell 3%": the same thing changing both ways cannot both hold.
      eventKnown = true;
      event = Kinship.RELATED;
      reasons.add(changesOpposite
          ? String.format("change: \"%s\" (%s) / \"%s\" (%s)", x.change().get().cue().text(),
              x.change().get().direction().jsonName(), y.change().get().cue().text(), y.change().get().direction().jsonName())
          : String.format("event: \"%s\" / \"%s\" (opposites)", px.predicate().get().text(), py.predicate().get().text()));
    } else if (measurement && !predicatesDiffer(px, py, context)) {
      eventKnown = true;
      event = Kinship.RELATED;
      reasons.add("event: both measure " + ux.get().dimension());
    } else if (measurement) {
      // "spending will fall by 2%" and "spending is set to rise 4%" in sentences that share little: two changes.
      return Optional.empty();
    } else if (px.predicate().isPresent() && py.predicate().isPresent()) {
      Term vx = px.predicate().get();
      Term vy = py.predicate().get();
      event = vx.kinship(vy);
      // Two verbs that only reach one sense through a link ("arrested", "marched") are two events.
      if (event.atLeast(Kinship.RELATED)) {
        eventKnown = true;
        reasons.add(String.format("event: \"%s\" ~ \"%s\" (%s)", vx.text(), vy.text(), describe(event, vx, vy)));
      } else if (context >= SAME_SENTENCE_OVERLAP) {
        // Other verbs in much the same sentence ("lost power", "were left without power"): they may agree,
        // but too little is known of the event to call two values a conflict.
        agreeOnly = true;
        reasons.add(String.format(Locale.ROOT, "event: \"%s\" / \"%s\" in sentences sharing %.0f%% of their content words",
            vx.text(), vy.text(), 100 * context));
      } else {
        return Optional.empty();
      }
    } else if (context < CONTEXT_MIN_OVERLAP) {
      return Optional.empty();
    } else {
      reasons.add(String.format(Locale.ROOT, "event: the sentences share %.0f%% of their content words", 100 * context));
    }
    if (disjoint(x.location(), y.location()) || datesDiffer(x.time(), y.time())) {
      return Optional.empty();
    }
    if (!measurement && !px.agent().isEmpty() && !py.agent().isEmpty()
        && ContentWords.overlap(px.agent(), py.agent()) < AGENT_MIN_OVERLAP) {
      // "The governing party won 48 seats", "Opposition parties won 55 seats": two counts of two actors.
      return Optional.empty();
    }
    x.location().ifPresent(l -> y.location().ifPresent(m -> reasons.add("place: \"" + l.text() + "\" / \"" + m.text() + "\"")));
    x.time().ifPresent(l -> y.time().ifPresent(m -> reasons.add("time: \"" + l.text() + "\" / \"" + m.text() + "\"")));
    if (x.speaker().isPresent() && y.speaker().isPresent()) {
      reasons.add(sameSpeaker(x.speaker().get(), y.speaker().get())
          ? "speaker: " + name(x.speaker().get())
          : "different sources: " + name(x.speaker().get()) + " / " + name(y.speaker().get()));
    }
    boolean narrated = x.speaker().isPresent() != y.speaker().isPresent();
    if (narrated) {
      reasons.add(x.speaker().isPresent()
          ? "the number moved from " + name(x.speaker().get()) + "'s words into the later article's narration"
          : "the number moved from the earlier article's narration into the words of " + name(y.speaker().get()));
    }
    // The values.
    boolean converted = measurement && !ux.get().surface().equals(uy.get().surface());
    Quantity vx = converted ? inCanonical(px) : px.value();
    Quantity vy = converted ? inCanonical(py) : py.value();
    boolean overlaps = vx.overlaps(vy) && !opposite;
    boolean sameKind = thing.atLeast(Kinship.SYNONYM) || px.head().isEmpty();
    boolean sameEvent = eventKnown || px.predicate().isEmpty() && py.predicate().isEmpty();
    if (!overlaps && (agreeOnly || !(sameKind && sameEvent))) {
      return Optional.empty();
    }
    reasons.add(opposite
        ? values(x, vx, y, vy, converted ? ux.get().canonical() : null, vx.overlaps(vy)) + ", but the changes go opposite ways"
        : values(x, vx, y, vy, converted ? ux.get().canonical() : null, overlaps));
    double thingScore = switch (thing) {
      case SAME -> 1.0;
      case SYNONYM -> 0.9;
      default -> px.head().isPresent() ? 0.75 : 0.6 * local;
    };
    double eventScore = eventKnown ? score(event) : agreeOnly ? 0.3 + 0.5 * context : 0.4 + 0.4 * context;
    double score = clamp(0.45 * thingScore + 0.35 * eventScore + 0.2 * context);
    // Among several candidates of one sentence, the words around the number tell which is which, and a number
    // is matched with one it can agree with before one it contradicts.
    double rank = score + 0.2 * local + (overlaps ? 0.1 : 0);
    Wording wording = narrated ? Wording.NARRATED : Wording.between(x.text(), y.text());
    return Optional.of(new Match(overlaps ? Relation.AGREE : Relation.CONFLICT, score, reasons, wording, true, rank));
  }

  private static String values(QuantityClaim x, Quantity vx, QuantityClaim y, Quantity vy, String canonical, boolean overlaps) {
    String unit = canonical == null ? "" : " " + canonical;
    return Intervals.describe(x.quantity().text(), vx) + unit + (overlaps ? " and " : " cannot hold with ")
        + Intervals.describe(y.quantity().text(), vy) + unit
        + (overlaps ? ": the intervals overlap" : ": the intervals do not overlap");
  }

  /** The claim's reading in its dimension's canonical unit, widened to the precision its text gave. */
  private static Quantity inCanonical(ClaimProfile p) {
    return io.claimkit.quantity.units.Units.inCanonical(Intervals.rounded(p.value())).orElse(p.value());
  }

  /** Both claims have a predicate, the two are unrelated, and the sentences share less than the context minimum. */
  private static boolean predicatesDiffer(ClaimProfile px, ClaimProfile py, double context) {
    return px.predicate().isPresent() && py.predicate().isPresent()
        && !px.predicate().get().kinship(py.predicate().get()).atLeast(Kinship.RELATED)
        && context < CONTEXT_MIN_OVERLAP;
  }

  /** The measured thing as written, or the noun that stands for it when the claim's measured thing is a unit. */
  private static String measuredText(QuantityClaim claim, Term head) {
    return claim.measured().map(m -> m.text()).filter(m -> m.toLowerCase(Locale.ROOT).contains(head.text())).orElse(head.text());
  }

  /** Both sides' modifiers relate, or one side has none ("residents" and "local residents"). */
  private static boolean modifiersAgree(List<Term> x, List<Term> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    for (Term a : x) {
      for (Term b : y) {
        if (a.kinship(b).atLeast(Kinship.RELATED) || ContentWords.stem(a.text()).equals(ContentWords.stem(b.text()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(Kinship kinship, Term x, Term y) {
    return switch (kinship) {
      case SAME -> "the same word";
      case SYNONYM -> "synonyms";
      case RELATED -> "related in meaning";
      case ASSOCIATED -> "one event";
      case OPPOSITE -> "opposites";
      case NONE -> "unrelated";
    };
  }

  private static double score(Kinship kinship) {
    return switch (kinship) {
      case SAME -> 1.0;
      case SYNONYM -> 0.9;
      case RELATED -> 0.8;
      case ASSOCIATED -> 0.7;
      case OPPOSITE, NONE -> 0.0;
    };
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
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
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<String> sx = ContentWords.stems(x.get().text());
    Set<String> sy = ContentWords.stems(y.get().text());
    if (sx.isEmpty() || sy.isEmpty()) {
      // A part of function words only ("May" reads as the modal): compare its words as written.
      sx = Set.copyOf(ContentWords.words(x.get().text()));
      sy = Set.copyOf(ContentWords.words(y.get().text()));
    }
    return ContentWords.shared(sx, sy).isEmpty();
  }

  /**
   * Two times that name dates ("on Monday", "in March", "in 1998": a capitalized word or a number) and share no
   * word. A relative time ("next month", "last week") contradicts none: without the publication date it may
   * be any of them.
   */
  private static boolean datesDiffer(Optional<Part> x, Optional<Part> y) {
    return disjoint(x, y) && namesDate(x.get().text()) && namesDate(y.get().text());
  }

  private static boolean namesDate(String time) {
    for (String word : time.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSpeaker(Speaker x, Speaker y) {
    return ContentWords.dice(ContentWords.stems(name(x)), ContentWords.stems(name(y))) >= SPEAKER_MIN_DICE;
  }

  private static Optional<Match> attributions(AttributionClaim x, AttributionClaim y) {
    double speaker = ContentWords.dice(ContentWords.stems(name(x.speaker())), ContentWords.stems(name(y.speaker())));
    if (speaker < SPEAKER_MIN_DICE) {
      return Optional.empty();
    }
    String cx = x.content().text();
    String cy = y.content().text();
    MeaningOverlap content = MeaningOverlap.between(cx, cy);
    if (content.dice() < CONTENT_MIN_DICE || content.matched() < Math.min(MIN_SHARED, content.smaller()) || content.smaller() == 0) {
      return Optional.empty();
    }
    Wording wording = Wording.between(cx, cy);
    List<String> reasons = new ArrayList<>();
    reasons.add("same speaker (" + name(x.speaker()) + ")");
    reasons.add("content (shared words: " + String.join(", ", content.sharedWords())
        + (content.synonyms().isEmpty() ? "" : "; in other words: " + String.join(", ", content.synonyms())) + ")");
    reasons.add(wording == Wording.VERBATIM ? "the quote was kept verbatim" : "the content was paraphrased");
    double score = clamp(0.4 * speaker + 0.6 * content.dice());
    return Optional.of(new Match(Relation.AGREE, score, reasons, wording, true, score));
  }

  private static String name(Speaker speaker) {
    return speaker.resolvesTo().orElse(speaker.part().text());
  }

  private static Optional<Match> events(EventClaim x, EventClaim y) {
    double actor = ContentWords.dice(ContentWords.stems(x.actor().text()), ContentWords.stems(y.actor().text()));
    if (actor < ACTOR_MIN_DICE) {
      return Optional.empty();
    }
    Set<String> predicate =
        ContentWords.shared(ContentWords.stems(x.predicate().text()), ContentWords.stems(y.predicate().text()));
    boolean related = predicate.isEmpty() && predicatesRelate(x.predicate().text(), y.predicate().text());
    if (predicate.isEmpty() && !related) {
      return Optional.empty();
    }
    List<String> reasons = List.of(
        String.format("same actor (\"%s\" / \"%s\")", x.actor().text(), y.actor().text()),
        String.format("predicate (\"%s\" / \"%s\"%s)", x.predicate().text(), y.predicate().text(),
            related ? ", related in meaning" : ""));
    double context = ContentWords.overlap(ContentWords.stems(x.text()), ContentWords.stems(y.text()));
    double score = clamp(0.5 * actor + 0.3 * (related ? 0.8 : 1.0) + 0.2 * context);
    return Optional.of(new Match(Relation.AGREE, score, reasons, Wording.between(x.text(), y.text()), true, score));
  }

  private static boolean predicatesRelate(String x, String y) {
    for (String a : ContentWords.words(x)) {
      for (String b : ContentWords.words(y)) {
        if (ContentWords.stems(a).isEmpty() || ContentWords.stems(b).isEmpty()) {
          continue;
        }
        if (Term.of(a).kinship(Term.of(b)).atLeast(Kinship.SYNONYM)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An attribution whose content another article's event sentence states, without the speaker. */
  private static Optional<Match> reportedAsFact(AttributionClaim attribution, EventClaim event, String how) {
    Set<String> content = ContentWords.stems(attribution.content().text());
    Set<String> sentence = ContentWords.stems(event.text());
    double overlap = ContentWords.overlap(content, sentence);
    if (overlap < CROSS_MIN_OVERLAP || !enoughShared(content, sentence)) {
      return Optional.empty();
    }
    String shared = "the event's sentence states what the attribution reports (speaker: " + name(attribution.speaker())
        + "; shared words: " + String.join(", ", ContentWords.sharedWords(attribution.content().text(), sentence)) + ")";
    double score = clamp(0.8 * overlap);
    double actor = ContentWords.overlap(ContentWords.stems(name(attribution.speaker())), ContentWords.stems(event.actor().text()));
    if (actor >= 0.5) {
      // "Austin highlighted that ..." read as an event of Austin's: still his words, not narration.
      Wording wording = Wording.between(attribution.content().text(), event.text());
      return Optional.of(new Match(Relation.AGREE, score, List.of(shared, "the event's actor is the speaker"), wording, false, score));
    }
    List<String> reasons = List.of(shared, how.endsWith(": ") ? how.substring(0, how.length() - 2) : how + name(attribution.speaker()));
    return Optional.of(new Match(Relation.AGREE, score, reasons, Wording.NARRATED, false, score));
  }

  private static boolean enoughShared(Set<String> x, Set<String> y) {
    int needed = Math.min(MIN_SHARED, Math.min(x.size(), y.size()));
    return needed > 0 && ContentWords.shared(x, y).size() >= needed;
  }
}
