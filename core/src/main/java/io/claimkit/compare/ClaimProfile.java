package io.claimkit.compare;

import io.claimkit.Extraction;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.rules.ClaimLexicon;
import io.claimkit.lexicon.WordList;
import io.claimkit.quantity.Quantity;
import io.claimkit.quantity.units.NormalizedUnit;
import io.claimkit.quantity.units.Units;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a claim says, read once for the comparison: for a quantity claim, the head noun of its measured thing
 * and that noun's modifiers, the predicate (the verb nearest the number that says what happened to the thing
 * counted), the value in its dimension's canonical unit, and the content words of its sentence.
 *
 * @param claim      the claim and its article
 * @param head       the measured thing's head noun ("troops" in "U.S. troops"; "death" in "the death toll")
 * @param modifiers  the measured thing's other content words ("u.s.")
 * @param predicate  the verb nearest the number, past light verbs and reporting verbs ("killed", "displaced")
 * @param value      the quantity's interval as the comparison reads it ({@link Intervals#reading}), in its own unit
 * @param unit       its unit, normalized, where the unit table knows it
 * @param agent      the stems of the nouns before the predicate in its clause, when the predicate comes before
 *                   the number ("the governing party" in "the governing party won 48 seats")
 * @param context    the stems of the content words of the claim's text
 */
record ClaimProfile(
    ArticleClaim claim,
    Optional<Term> head,
    List<Term> modifiers,
    Optional<Term> predicate,
    Quantity value,
    Optional<NormalizedUnit> unit,
    Set<String> agent,
    Set<String> context) {

  private static final WordList LIGHT_VERBS = WordList.resource(ClaimProfile.class, "light-verbs.txt");
  private static final WordList REPORTING = ClaimLexicon.defaults().reportingCues();
  /** Verbs whose subject is what happened ("151 attacks occurred"): the event is the head, not the verb. */
  private static final WordList HAPPENING_VERBS =
      WordList.resource(ClaimLexicon.class, "happening-verbs.txt");
  private static final WordList COUNT_NOUNS = WordList.resource(ClaimProfile.class, "count-nouns.txt");

  /** The profile of a claim of the given extraction; tokens are read where the extraction kept them. */
  static ClaimProfile of(Extraction extraction, ArticleClaim claim) {
    Set<String> context = ContentWords.stems(claim.claim().text());
    if (!(claim.claim() instanceof QuantityClaim q)) {
      return new ClaimProfile(
          claim, Optional.empty(), List.of(), Optional.empty(), Quantity.exact(0), Optional.empty(), Set.of(), context);
    }
    List<Token> tokens = tokensOf(extraction, q.span());
    List<Term> measured = q.measured().map(m -> measuredTerms(m, tokens)).orElse(List.of());
    Optional<Term> head = Optional.empty();
    List<Term> modifiers = new ArrayList<>();
    Optional<Term> eventHead = q.measured().flatMap(m -> finalVerb(m, tokens));
    int headAt = headIndex(measured);
    if (eventHead.isPresent()) {
      // A count of events whose measured thing is a clause ("positions ... have been attacked" 151 times):
      // the verb is what is counted, and what happened.
      head = eventHead;
    } else if (headAt >= 0) {
      head = Optional.of(measured.get(headAt));
      for (int i = 0; i < measured.size(); i++) {
        if (i != headAt && !COUNT_NOUNS.contains(measured.get(i).text())) {
          modifiers.add(measured.get(i));
        }
      }
    }
    Quantity quantity = q.quantity().quantity();
    Optional<NormalizedUnit> unit = quantity.unit().flatMap(Units::normalize);
    boolean unitAsHead = head.isPresent()
        && (Units.normalize(head.get().text()).isPresent() || q.measured().flatMap(m -> Units.normalize(m.text())).isPresent());
    if (head.isEmpty() || unitAsHead) {
      // A unit is not what is measured: "winds of 62 mph" measure the winds, "turnout reached 61%" the turnout.
      modifiers.clear();
      head = nounBefore(tokens, q.quantity().span(), modifiers);
    }
    Quantity value = Intervals.reading(q.quantity().text(), quantity);
    Optional<Term> predicate = eventHead.isPresent() ? eventHead : predicate(q, tokens);
    if (predicate.isPresent() && HAPPENING_VERBS.contains(predicate.get().lemma()) && head.isPresent()) {
      predicate = head;
    }
    Set<String> agent = eventHead.isPresent() ? Set.of() : agent(tokens, q.quantity().span());
    if (head.isPresent()) {
      // The measured thing before its verb ("turnout reached 61%") is not who acted.
      Set<String> own = ContentWords.stems(head.get().text());
      agent = agent.stream().filter(a -> !own.contains(a)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    return new ClaimProfile(claim, head, List.copyOf(modifiers), predicate, value, unit, agent, context);
  }

  /**
   * Who acted, when the number follows its verb: the stems of the nouns from the start of the verb's clause to
   * the verb ("Opposition parties won 55 seats" -> opposition, parti). Empty when the verb follows the number.
   */
  private static Set<String> agent(List<Token> tokens, Span number) {
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().intersects(number)) {
        first = i;
        break;
      }
    }
    int verb = -1;
    for (int i = first - 1; i >= 0 && first > 0 && !tokens.get(i).pos().equals("CD"); i--) {
      if (isPredicate(tokens.get(i))) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return Set.of();
    }
    java.util.Set<String> stems = new java.util.HashSet<>();
    for (int i = verb - 1; i >= 0 && !endsClause(tokens.get(i)); i--) {
      if (tokens.get(i).isNoun()) {
        stems.addAll(ContentWords.stems(tokens.get(i).text()));
      }
    }
    return Set.copyOf(stems);
  }

  /** The measured part's last token when it is a verb other than a light one: the part is a clause. */
  private static Optional<Term> finalVerb(Part measured, List<Token> tokens) {
    Token last = null;
    for (Token t : tokens) {
      if (measured.span().contains(t.span())) {
        last = t;
      }
    }
    return last != null && last.pos().startsWith("VB") && isPredicate(last) ? Optional.of(term(last)) : Optional.empty();
  }

  /**
   * The head: the last word before "of" or any other function word; a counting noun ("toll") gives way to the
   * word before it ("death").
   */
  private static int headIndex(List<Term> measured) {
    if (measured.isEmpty()) {
      return -1;
    }
    int head = measured.size() - 1;
    if (COUNT_NOUNS.contains(measured.get(head).text()) && head > 0) {
      head--;
    }
    return head;
  }

  /** The content words of the measured thing up to its first function word ("residents" of "residents of X"). */
  private static List<Term> measuredTerms(Part measured, List<Token> tokens) {
    List<Term> terms = new ArrayList<>();
    List<Token> inside = tokens.stream().filter(t -> measured.span().contains(t.span())).toList();
    if (inside.isEmpty()) {
      for (String w : ContentWords.words(measured.text())) {
        if (!ContentWords.stems(w).isEmpty()) {
          terms.add(Term.of(w));
        } else if (!terms.isEmpty()) {
          break;
        }
      }
      return terms;
    }
    for (Token t : inside) {
      String word = ContentWords.words(t.text()).stream().findFirst().orElse("");
      if (word.isEmpty() || t.pos().equals("CD")) {
        continue;
      }
      if (ContentWords.stems(t.text()).isEmpty()) {
        if (!terms.isEmpty()) {
          break;
        }
        continue;
      }
      terms.add(new Term(word, t.lemma().isEmpty() ? word : t.lemma()));
    }
    return terms;
  }

  /**
   * The verb that says what happened to the thing counted: the first one after the number within its clause
   * ("40 people were killed", "the 134 killed"), else the nearest one before it ("police arrested 85
   * protesters"), past light and reporting verbs. A clause ends at a comma, a semicolon, a conjunction or another
   * number, which has verbs of its own.
   */
  private static Optional<Term> predicate(QuantityClaim q, List<Token> tokens) {
    Span number = q.quantity().span();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().intersects(number)) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    for (int i = last + 1; i < tokens.size() && !endsClause(tokens.get(i)); i++) {
      if (isPredicate(tokens.get(i), tokens.get(i - 1))) {
        return Optional.of(term(tokens.get(i)));
      }
    }
    for (int i = first - 1; i >= 0 && !tokens.get(i).pos().equals("CD"); i--) {
      if (isPredicate(tokens.get(i))) {
        return Optional.of(term(tokens.get(i)));
      }
    }
    return Optional.empty();
  }

  /**
   * The nearest common noun before the number within its clause, past its verb and prepositions ("winds of 62
   * mph", "turnout reached 61 percent", "temperatures hit 41°C").
   */
  private static Optional<Term> nounBefore(List<Token> tokens, Span number, List<Term> modifiers) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.end() > number.begin()) {
        continue;
      }
      if (endsClause(t)) {
        return Optional.empty();
      }
      if (t.isNoun() && !t.isProperNoun() && !COUNT_NOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
        // The nouns and adjectives just before it are its modifiers ("school spending", "defence spending").
        for (int j = i - 1; j >= 0 && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ")); j--) {
          if (!ContentWords.stems(tokens.get(j).text()).isEmpty()) {
            modifiers.add(0, term(tokens.get(j)));
          }
        }
        return Optional.of(term(t));
      }
    }
    return Optional.empty();
  }

  private static boolean endsClause(Token t) {
    String pos = t.pos();
    return pos.equals("CD") || pos.equals("CC") || pos.equals(",") || pos.equals(":") || pos.equals(".")
        || t.text().equals(",") || t.text().equals(";");
  }

  private static Term term(Token t) {
    return new Term(t.text(), t.lemma().isEmpty() ? t.text() : t.lemma());
  }

  private static boolean isPredicate(Token t) {
    return isPredicate(t, null);
  }

  /** A verb, or an adjective after a copula ("were injured" tagged as an adjective), past light verbs. */
  private static boolean isPredicate(Token t, Token before) {
    boolean predicative = t.pos().startsWith("JJ") && before != null && LIGHT_VERBS.contains(before.text().toLowerCase(java.util.Locale.ROOT));
    if (!t.pos().startsWith("VB") && !predicative) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    return !LIGHT_VERBS.contains(word) && !LIGHT_VERBS.contains(lemma)
        && !REPORTING.contains(lemma) && !REPORTING.contains(word);
  }

  private static List<Token> tokensOf(Extraction extraction, Span span) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : extraction.sentences()) {
      if (s.span().end() <= span.begin() || s.span().begin() >= span.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (span.contains(t.span())) {
          tokens.add(t);
        }
      }
    }
    return tokens;
  }
}
