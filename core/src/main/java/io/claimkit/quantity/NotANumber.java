package io.claimkit.quantity;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks that need the analysis to tell a number from a look-alike: a numeral inside a date or time
 * the backend found, or inside a named entity ("Voyager 2", "Group of 20"); a year when the backend found no
 * temporal expressions ("in 2003"); "one" used as a pronoun; a vague word used as a plain noun ("test
 * scores").
 *
 * <p>"one" is a number when it counts something: "one soldier", "only one survived", and "one of the
 * soldiers" (a count of one soldier). It is a pronoun when the tagger says so (not CD), after a determiner,
 * possessive or adjective ("no one", "the one", "a new one"), before a wh-word or determiner ("the one who",
 * "one another"), and in "one of the" + superlative ("one of the largest"), which describes rather than
 * counts. Qualified ("at least one") it is always a number.
 */
final class NotANumber {

  private static final Set<EntityType> NAMES =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);
  private static final Set<TemporalKind> POINTS_IN_TIME = Set.of(TemporalKind.DATE, TemporalKind.TIME);
  private static final Set<String> BEFORE_PRONOUN =
      Set.of("DT", "PRP$", "WDT", "WP$", "JJ", "JJR", "JJS", "POS");
  private static final Set<String> AFTER_PRONOUN = Set.of("DT", "WDT", "WP", "WP$", "POS");
  private static final Set<String> BEFORE_PLAIN_NOUN =
      Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "POS", "NN", "NNS", "NNP", "NNPS");

  private final QuantityLexicon lexicon;
  private final SpanIndex datesAndNames;
  private final boolean noTemporals;

  NotANumber(QuantityLexicon lexicon, Analysis analysis) {
    this.lexicon = lexicon;
    List<TemporalMention> temporals = analysis.mentions(TemporalMention.class);
    this.noTemporals = temporals.isEmpty();
    List<Span> spans = new ArrayList<>();
    temporals.stream().filter(m -> POINTS_IN_TIME.contains(m.kind())).forEach(m -> spans.add(m.span()));
    analysis.mentions(EntityMention.class).stream()
        .filter(m -> NAMES.contains(m.type()))
        .forEach(m -> spans.add(m.span()));
    this.datesAndNames = new SpanIndex(spans);
  }

  /** True when a span of text lies in a date, a time or a name the backend found. */
  boolean inDateOrName(Span numeral) {
    return datesAndNames.intersects(numeral);
  }

  /** True when the candidate is not a cardinal number. */
  boolean rejects(Candidate c, SentenceTokens tokens) {
    for (Span numeral : c.numerals()) {
      if (inDateOrName(numeral)) {
        return true;
      }
    }
    Span first = c.numerals().get(0);
    return switch (c.form()) {
      case ONE -> !c.qualified() && isPronoun(first, tokens);
      case VAGUE -> !c.qualified() && !c.ofFollows() && isPlainNoun(first, tokens);
      case DIGITS, WORDS -> isYear(c, tokens);
    };
  }

  private boolean isYear(Candidate c, SentenceTokens tokens) {
    if (!noTemporals || !c.yearLike() || c.cue().isEmpty() || lexicon.yearCues.get(c.cue()) == null) {
      return false;
    }
    Token next = tokens.get(tokens.firstAtOrAfter(c.span().end()));
    return next == null || !next.pos().equals("NNS"); // "in 2000 cases" counts cases
  }

  private static boolean isPronoun(Span one, SentenceTokens tokens) {
    Token self = tokens.covering(one.begin());
    if (self != null && self.span().equals(one) && !self.isNumeral()) {
      return true;
    }
    Token before = tokens.lastBefore(one.begin());
    if (before != null && BEFORE_PRONOUN.contains(before.pos())) {
      return true;
    }
    int i = tokens.firstAtOrAfter(one.end());
    Token after = tokens.get(i);
    if (after != null && AFTER_PRONOUN.contains(after.pos())) {
      return true;
    }
    if (CountedNoun.isOf(after)) {
      Token next = tokens.get(i + 1);
      if (CountedNoun.isDeterminer(next)) {
        next = tokens.get(i + 2);
      }
      return next != null && (next.pos().equals("JJS") || next.pos().equals("RBS"));
    }
    return false;
  }

  private static boolean isPlainNoun(Span word, SentenceTokens tokens) {
    Token before = tokens.lastBefore(word.begin());
    return before != null && BEFORE_PLAIN_NOUN.contains(before.pos());
  }
}
