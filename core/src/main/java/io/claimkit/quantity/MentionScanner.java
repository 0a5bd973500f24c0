package io.claimkit.quantity;

import io.claimkit.quantity.Candidate.Form;
import io.claimkit.quantity.PhraseTable.Match;
import io.claimkit.quantity.TextPieces.Kind;
import io.claimkit.text.Span;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Reads the numbers of one region of raw text from its {@link TextPieces}: numerals in digits ("2,500",
 * "$48.2 million", "76%", "2 1/2", "5k"), in words ("twenty-five", "a dozen"), vague magnitudes
 * ("hundreds of thousands"), the qualifier words in front of them and ranges ("between 20 and 30", "20-30").
 * It also names what only looks like a number (ordinals, clock times, codes such as "COVID-19" or "06F6",
 * "No. 5", decades such as "1960s") so that a backend's number there is not taken either. Each piece is
 * read a bounded number of times, so the scan is linear in the length of the text.
 */
final class MentionScanner {

  /** Longer digit runs are codes or noise, not quantities. */
  private static final int MAX_DIGITS = 40;

  /** The spaces that may stand between digit groups of one number: "40 000", "1\u202F234". */
  private static final String GROUP_SPACES = " \u00A0\u2009\u202F";

  private final QuantityLexicon lexicon;
  private final NumberWords words;
  private final NumberForms forms;

  MentionScanner(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = new NumberWords(lexicon);
    this.forms = new NumberForms(lexicon, words);
  }

  /** One number read at a place in the text, before range and qualifier words are joined to it. */
  private record Single(
      int from,
      int to,
      Span numeral,
      double value,
      double factor,
      QuantityLexicon.Magnitude vague,
      String currency,
      boolean percent,
      String unit,
      Form form,
      boolean yearLike,
      boolean rejected) {

    boolean scaled() {
      return factor != 1;
    }
  }

  /** Adds the numbers of {@code t} to {@code found} and the look-alikes to {@code rejected}. */
  void scan(TextPieces t, List<Candidate> found, List<Span> rejected) {
    int i = 0;
    int first = found.size();
    int lastTo = -1;
    while (i < t.size()) {
      Single a = single(t, i, false);
      if (a == null) {
        i++;
      } else if (a.rejected()) {
        rejected.add(a.numeral());
        i = a.to();
      } else if (notAnAmount(t, a)) {
        rejected.add(a.numeral());
        i = a.to();
      } else if (tallyEnd(t, a) > 0) {
        int end = tallyEnd(t, a);
        rejected.add(new Span(t.begin(a.from()), t.end(end - 1)));
        i = end;
      } else {
        Candidate candidate = rangeOrSingle(t, a);
        int to = nextPieceAfter(t, candidate.span().end(), a.to());
        Candidate previous = found.size() > first ? found.get(found.size() - 1) : null;
        Candidate joined = previous == null ? null : joinedBounds(t, previous, lastTo, candidate);
        if (joined != null) {
          found.set(found.size() - 1, joined);
        } else {
          found.add(candidate);
        }
        lastTo = to;
        i = to;
      }
    }
  }

  /** "all but one of the villages": the number counts what is left out, not what is there. */
  private boolean notAnAmount(TextPieces t, Single a) {
    return a.from() > 0 && !t.glued(a.from()) && lexicon.notAmountCues.matchEndingAt(t, a.from(), 0) != null;
  }

  /**
   * The end of a score joined by a dash next to a tally word ("won 3-1", "a 5-4 ruling", "lost 1 – 2"),
   * which is no number at all, or 0.
   */
  private int tallyEnd(TextPieces t, Single a) {
    int d = a.to();
    if (a.unit() != null || a.currency() != null || !isDash(t, d) || t.glued(d) != t.glued(d + 1)
        || !t.is(d + 1, Kind.NUMBER) || t.glued(d + 2)) {
      return 0;
    }
    return tallyAround(t, a.from(), d + 2) ? d + 2 : 0;
  }

  private boolean tallyAround(TextPieces t, int from, int to) {
    return (from > 0 && lexicon.tallyWords.matchEndingAt(t, from, 0) != null)
        || (from > 1 && t.isWord(from - 1, "a") && lexicon.tallyWords.matchEndingAt(t, from - 1, 0) != null)
        || lexicon.tallyWords.matchAt(t, to) != null;
  }

  /**
   * "more than 10 and less than 40", "at most 100 and at least 20": a lower and an upper bound joined by
   * "and" or "but", as one range; or null.
   */
  private static Candidate joinedBounds(TextPieces t, Candidate previous, int previousTo, Candidate next) {
    Quantity a = previous.quantity();
    Quantity b = next.quantity();
    boolean aLow = lowerBound(a.qualifier());
    boolean bLow = lowerBound(b.qualifier());
    if (aLow == bLow || !(aLow || upperBound(a.qualifier())) || !(bLow || upperBound(b.qualifier()))) {
      return null;
    }
    int k = previousTo;
    if (t.isSymbol(k, ',')) {
      k++;
    }
    if (!(t.isWord(k, "and") || t.isWord(k, "but")) || t.indexAt(next.span().begin()) != k + 1) {
      return null;
    }
    Quantity low = aLow ? a : b;
    Quantity high = aLow ? b : a;
    if (low.low() > high.high() || (low.low() == high.high() && !(low.lowInclusive() && high.highInclusive()))) {
      return null;
    }
    Quantity range = Quantity.between(low.low(), low.lowInclusive(), high.high(), high.highInclusive());
    List<Span> numerals = new java.util.ArrayList<>(previous.numerals());
    numerals.addAll(next.numerals());
    String unit = previous.unit() != null ? previous.unit() : next.unit();
    return new Candidate(new Span(previous.span().begin(), next.span().end()), List.copyOf(numerals), range,
        unit, previous.form() == Form.ONE ? Form.WORDS : previous.form(), true, false, previous.cue(),
        next.ofFollows());
  }

  private static boolean lowerBound(Qualifier q) {
    return q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
  }

  private static boolean upperBound(Qualifier q) {
    return q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN;
  }

  private static int nextPieceAfter(TextPieces t, int offset, int from) {
    int i = from;
    while (i < t.size() && t.begin(i) < offset) {
      i++;
    }
    return i;
  }

  // ---- one number -------------------------------------------------------------------------------------

  /**
   * The number that starts at piece {@code i}, a rejected look-alike, or null. {@code secondOfRange}: the
   * piece follows a range's "to" or dash, so a dash glued before it is not a code's ("20-30").
   */
  private Single single(TextPieces t, int i, boolean secondOfRange) {
    int p = i;
    String currency = null;
    Match<String> sign = lexicon.currencies.matchAt(t, p);
    if (sign != null && isSign(t, sign) && !gluedToAlphanumeric(t, p)) {
      int q = sign.to();
      boolean lettersOnly = t.is(q - 1, Kind.WORD);
      if (q < t.size() && (t.glued(q) || lettersOnly) && startsNumeral(t, q)) {
        currency = sign.value();
        p = q;
      }
    }
    boolean negative = false;
    if (isMinus(t, p) && t.glued(p + 1) && t.is(p + 1, Kind.NUMBER)
        && (currency != null || !t.glued(p) || t.isSymbol(p - 1, '('))) {
      negative = true;
      p++;
    }
    if (currency == null && !negative && p == i) {
      Single form = form(t, i);
      if (form != null) {
        return form;
      }
    }
    if (t.is(p, Kind.NUMBER)) {
      return digits(t, i, p, currency, negative, secondOfRange);
    }
    if (currency != null || negative || p != i) {
      return null;
    }
    if (t.is(p, Kind.WORD)) {
      Single signed = signWord(t, i);
      return signed != null ? signed : spelled(t, i);
    }
    return vulgarFraction(t, i);
  }

  /** A number read by one of the {@link NumberForms} ("one in five", "half a million"), or null. */
  private Single form(TextPieces t, int i) {
    if (t.is(i, Kind.WORD) && t.glued(i) && t.isSymbol(i - 1, '-')) {
      return null;
    }
    NumberForms.Reading r = forms.read(t, i);
    if (r == null) {
      return null;
    }
    Form form = t.is(i, Kind.NUMBER) ? Form.DIGITS : Form.WORDS;
    return withSuffix(t, new Single(i, r.to(), new Span(t.begin(i), t.end(r.to() - 1)), r.value(), 1, null,
        null, false, null, form, false, false));
  }

  /** "minus 12", "negative two": a sign in words before a number. */
  private Single signWord(TextPieces t, int i) {
    if (!(t.isWord(i, "minus") || t.isWord(i, "negative")) || t.glued(i + 1)
        || t.isWord(i + 1, "minus") || t.isWord(i + 1, "negative")) {
      return null;
    }
    Single n = single(t, i + 1, false);
    if (n == null || n.rejected() || n.vague() != null || !(n.value() > 0)) {
      return null;
    }
    return new Single(i, n.to(), new Span(t.begin(i), n.numeral().end()), -n.value(), n.factor(), null,
        n.currency(), n.percent(), n.unit(), n.form() == Form.ONE ? Form.WORDS : n.form(), false, false);
  }

  private Single digits(
      TextPieces t, int from, int p, String currency, boolean negative, boolean secondOfRange) {
    int numBegin = t.begin(negative ? p - 1 : p);
    if (currency == null && !negative && !secondOfRange && lookalikeBefore(t, p)) {
      return reject(t, p, gluedRunEnd(t, p));
    }
    int phone = phoneEnd(t, p);
    if (phone > p) {
      return reject(t, p, phone);
    }
    String s = t.asciiDigits(p);
    int last = spacedGroupsEnd(t, p);
    boolean grouped = last > p;
    for (int g = p + 1; g <= last; g++) {
      s += t.asciiDigits(g);
    }
    if (s.length() > MAX_DIGITS || !wellGrouped(s)) {
      return reject(t, p, gluedRunEnd(t, p));
    }
    double value = Double.parseDouble(s.replace(",", ""));
    boolean plainInteger = !grouped && s.indexOf(',') < 0 && s.indexOf('.') < 0;
    boolean bareInteger = plainInteger;
    int q = last + 1;
    // 4e14, 9.83e-3
    if (t.glued(q) && (t.isWord(q, "e"))) {
      int r = q + 1;
      int sign = 1;
      if (t.glued(r) && (isMinus(t, r) || t.isSymbol(r, '+'))) {
        sign = isMinus(t, r) ? -1 : 1;
        r++;
      }
      if (t.glued(r) && t.is(r, Kind.NUMBER) && t.text(r).matches("\\d{1,3}")) {
        value *= Math.pow(10, sign * Integer.parseInt(t.text(r)));
        plainInteger = false;
        q = r + 1;
      }
    }
    // 1.3x10^6, 2.48×10−5, 8x2^10, 6.2 × 10⁻⁴
    int[] power = powerAfter(t, q);
    if (power != null) {
      value = power[0] == 10 && q == last + 1
          ? Double.parseDouble(s.replace(",", "") + "e" + power[1]) // exact decimal: 2.48e-5, not 2.48 * 1e-5
          : value * Math.pow(power[0], power[1]);
      plainInteger = false;
      q = power[2];
    }
    // 1/40, 1/4; a date such as 12/25/2020 or 24/7 is not a number
    if (t.glued(q) && t.isSymbol(q, '/') && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER)) {
      double fraction = properFraction(t, p, q + 1);
      if (Double.isNaN(fraction) || (t.glued(q + 2) && t.isSymbol(q + 2, '/'))) {
        return reject(t, p, gluedRunEnd(t, p));
      }
      value = fraction;
      plainInteger = false;
      q += 2;
    }
    // 10:30
    if (t.glued(q) && t.isSymbol(q, ':') && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER)) {
      return reject(t, p, q + 2);
    }
    double factor = 1;
    String unit = null;
    if (t.glued(q) && t.is(q, Kind.WORD)) {
      String suffix = t.text(q).toLowerCase(Locale.ROOT);
      QuantityLexicon.Scale scale = lexicon.scales.get(suffix);
      if (isOrdinalSuffix(suffix) || suffix.equals("s") || (isClock(suffix) && clockDigits(s))) {
        return reject(t, p, q + 1);
      } else if (scale != null && (!scale.currencyOnly() || currency != null)) {
        factor = scale.factor();
        q++;
      } else {
        Match<String> glued = lexicon.units.matchAt(t, q);
        if (glued == null) {
          return reject(t, p, gluedRunEnd(t, p));
        }
        unit = glued.value();
      }
    }
    // the 1960's
    if (t.glued(q) && isApostrophe(t, q) && t.glued(q + 1) && t.isWord(q + 1, "s")) {
      return reject(t, p, q + 2);
    }
    // 2 1/2
    if (plainInteger && factor == 1 && unit == null && !t.glued(q) && t.is(q, Kind.NUMBER)
        && t.glued(q + 1) && t.isSymbol(q + 1, '/') && t.glued(q + 2) && t.is(q + 2, Kind.NUMBER)
        && !t.glued(q + 3)) {
      double fraction = properFraction(t, q, q + 2);
      if (!Double.isNaN(fraction)) {
        value += fraction;
        plainInteger = false;
        q += 3;
      }
    }
    // 1.5 million, $3 bn, 5 hundred thousand
    while (unit == null && !t.glued(q) && t.is(q, Kind.WORD)) {
      QuantityLexicon.Scale scale = lexicon.scales.get(t.text(q));
      if (scale == null || (scale.currencyOnly() && currency == null)) {
        break;
      }
      factor *= scale.factor();
      q++;
    }
    if (factor == 1 && unit == null && value <= 24 && clockDigits(s) && clockFollows(t, q)) {
      return reject(t, p, q + 1);
    }
    if (currency == null && !negative && !secondOfRange && factor == 1 && unit == null
        && labelBefore(t, p, bareInteger) && !measureFollows(t, q)) {
      return reject(t, p, q); // "Room 101", "Boeing 737", "the S&P 500", "version 2.3"
    }
    if (!Double.isFinite(value * factor)) {
      return reject(t, p, q); // "1.8e309", "9e300 trillion": past a double; qualifying it would make NaN
    }
    if (negative) {
      value = -value;
    }
    boolean yearLike = plainInteger && !negative && currency == null && factor == 1 && s.length() == 4
        && value >= 1000 && value <= 2100;
    Single single = new Single(
        from, q, new Span(numBegin, t.end(q - 1)), value * factor, factor, null, currency, false, unit,
        Form.DIGITS, yearLike, false);
    return withSuffix(t, single);
  }

  private Single spelled(TextPieces t, int i) {
    if (t.glued(i) && t.isSymbol(i - 1, '-') && t.glued(i - 1) && !t.is(i - 2, Kind.SYMBOL)) {
      return null; // "one-on-one", "Catch-twenty"
    }
    Match<QuantityLexicon.Magnitude> vague = lexicon.vagueMagnitudes.matchAt(t, i);
    if (vague != null) {
      double magnitude = vague.value().magnitude();
      double next = vague.value().next();
      int q = vague.to();
      Match<QuantityLexicon.Magnitude> of = t.isWord(q, "of") ? lexicon.vagueMagnitudes.matchAt(t, q + 1) : null;
      if (of != null) {
        magnitude *= of.value().magnitude();
        next *= of.value().magnitude();
        q = of.to();
      }
      QuantityLexicon.Magnitude m = new QuantityLexicon.Magnitude(magnitude, next);
      return new Single(i, q, new Span(t.begin(i), t.end(q - 1)), magnitude, 1, m, null, false, null,
          Form.VAGUE, false, false);
    }
    Match<Boolean> counter = lexicon.vagueCounters.matchAt(t, i);
    if (counter != null && t.is(counter.to(), Kind.WORD) && !t.glued(counter.to())) {
      QuantityLexicon.Scale scale = words.spelledScale(t.text(counter.to()));
      if (scale != null) {
        int q = counter.to() + 1;
        QuantityLexicon.Magnitude m = new QuantityLexicon.Magnitude(scale.factor(), 10 * scale.factor());
        return new Single(i, q, new Span(t.begin(i), t.end(q - 1)), scale.factor(), 1, m, null, false,
            null, Form.VAGUE, false, false);
      }
    }
    NumberWords.Parsed parsed = words.parse(t, i);
    if (parsed == null) {
      return null;
    }
    int q = parsed.to();
    Form form = q == i + 1 && t.isWord(i, "one") ? Form.ONE : Form.WORDS;
    Single single = new Single(i, q, new Span(t.begin(i), t.end(q - 1)), parsed.value(), 1, null, null,
        false, null, form, false, false);
    return withSuffix(t, single);
  }

  /** "½ cup": a Unicode vulgar fraction, read through its compatibility decomposition "1⁄2". */
  private Single vulgarFraction(TextPieces t, int i) {
    String symbol = t.text(i);
    if (Character.getType(symbol.codePointAt(0)) != Character.OTHER_NUMBER) {
      return null;
    }
    String decomposed = Normalizer.normalize(symbol, Normalizer.Form.NFKC);
    int slash = decomposed.indexOf('\u2044');
    if (slash <= 0 || !decomposed.matches("\\d+\u2044\\d+")) {
      return null;
    }
    double value = Double.parseDouble(decomposed.substring(0, slash))
        / Double.parseDouble(decomposed.substring(slash + 1));
    Single single = new Single(i, i + 1, new Span(t.begin(i), t.end(i)), value, 1, null, null, false, null,
        Form.DIGITS, false, false);
    return withSuffix(t, single);
  }

  /** Joins what follows a numeral: a percent marker, a currency sign or code; notes a unit beside it. */
  private Single withSuffix(TextPieces t, Single s) {
    int q = s.to();
    if (s.unit() != null) {
      return s;
    }
    Match<String> unit = lexicon.units.matchAt(t, q);
    if (unit != null && unit.value().equals("%")) {
      return extend(t, s, unit.to(), s.currency(), true, "%");
    }
    Match<String> currency = lexicon.currencies.matchAt(t, q);
    if (currency != null && s.currency() == null && isSign(t, currency)) {
      return extend(t, s, currency.to(), currency.value(), false, null);
    }
    if (currency != null) {
      return extend(t, s, q, s.currency(), false, currency.value());
    }
    if (unit != null) {
      return extend(t, s, q, s.currency(), false, unit.value());
    }
    // 27-kilometer, 16-meter
    if (t.glued(q) && t.isSymbol(q, '-') && t.glued(q + 1)) {
      Match<String> hyphenated = lexicon.units.matchAt(t, q + 1);
      if (hyphenated != null) {
        return extend(t, s, q, s.currency(), false, hyphenated.value());
      }
    }
    return s;
  }

  private static Single extend(TextPieces t, Single s, int to, String currency, boolean percent, String unit) {
    Span numeral = new Span(s.numeral().begin(), Math.max(s.numeral().end(), t.end(to - 1)));
    return new Single(s.from(), to, numeral, s.value(), s.factor(), s.vague(), currency,
        s.percent() || percent, unit, s.form(), s.yearLike() && currency == null && !percent && unit == null,
        false);
  }

  private static Single reject(TextPieces t, int from, int to) {
    int end = Math.max(from + 1, Math.min(to, t.size()));
    return new Single(from, end, new Span(t.begin(from), t.end(end - 1)), 0, 1, null, null, false, null,
        Form.DIGITS, false, true);
  }

  // ---- ranges and qualifiers ----------------------------------------------------------------------------

  private Candidate rangeOrSingle(TextPieces t, Single a) {
    boolean between = t.isWord(a.from() - 1, "between") && !t.glued(a.from());
    boolean from = t.isWord(a.from() - 1, "from") && !t.glued(a.from());
    boolean change = from ? changeVerbBefore(t, a.from() - 1) : changeVerbBefore(t, a.from());
    if (change) {
      from = false; // "rose from 10 to 20", "fell 3% to 20%": a change, not a range
    }
    int c = a.to();
    String middleUnit = null;
    Match<String> middle = lexicon.units.matchAt(t, c);
    if (middle != null && !middle.value().equals("%")) {
      middleUnit = middle.value();
      c = middle.to();
    }
    if (t.glued(c) && t.isSymbol(c, '-') && t.isWord(c + 1, "to")) {
      c++; // 8- to 16-meter
    }
    boolean to = t.isWord(c, "to") || t.isWord(c, "through") || t.isWord(c, "thru");
    boolean dash = isDash(t, c);
    boolean and = between && t.isWord(c, "and");
    Single b = null;
    if (a.vague() == null && !change && (to || dash || and)) {
      b = single(t, c + 1, true);
      boolean unitsDiffer = b != null && middleUnit != null && b.unit() != null && !middleUnit.equals(b.unit());
      boolean ordered = b != null && (b.value() > a.value() || (between || from) && !dash
          || (from && a.value() < 0 && b.value() < 0));
      if (b != null && (unitsDiffer || b.rejected() || b.vague() != null || !ordered
          || (!between && tallyAround(t, a.from(), b.to())))) {
        b = null;
      }
    }
    if (b == null) {
      Match<Qualifier> after = qualifierAfter(t, a.to());
      if (after != null) {
        return candidate(t, a.from(), after.to(), List.of(a.numeral()), quantityOf(a).qualified(after.value()),
            unitOf(a), a.form() == Form.ONE ? Form.WORDS : a.form(), false, true);
      }
      return candidate(t, a.from(), a.to(), List.of(a.numeral()), quantityOf(a), unitOf(a), a.form(),
          a.yearLike(), false);
    }
    double low = a.value();
    if (!a.scaled() && b.scaled() && low * b.factor() <= b.value()) {
      low *= b.factor(); // 20 to 30 million
    }
    String unit = b.percent() || a.percent() ? "%"
        : firstNonNull(b.currency(), a.currency(), b.unit(), middleUnit, a.unit());
    int begin = between || from ? a.from() - 1 : a.from();
    return candidate(t, begin, b.to(), List.of(a.numeral(), b.numeral()), Quantity.range(low, b.value()),
        unit, a.form() == Form.ONE ? Form.WORDS : a.form(), a.yearLike(), false);
  }

  /** "or more", "and above", "or fewer", "+" right after a number; a glued one only when glued. */
  private Match<Qualifier> qualifierAfter(TextPieces t, int q) {
    Match<Qualifier> after = lexicon.qualifiersAfter.matchAt(t, q);
    if (after == null || (t.is(q, Kind.SYMBOL) != t.glued(q)) || t.glued(after.to()) && !t.is(after.to(), Kind.SYMBOL)) {
      return null;
    }
    return after;
  }

  /** Whether the word before piece {@code i} (or before "by" there) is a verb of change: "rose", "cut". */
  private boolean changeVerbBefore(TextPieces t, int i) {
    int k = t.isWord(i - 1, "by") ? i - 1 : i;
    return k > 0 && !t.glued(k) && lexicon.changeVerbs.matchEndingAt(t, k, k - 1) != null;
  }

  private Candidate candidate(TextPieces t, int from, int to, List<Span> numerals, Quantity quantity,
      String unit, Form form, boolean yearLike, boolean qualifiedAfter) {
    int begin = from;
    boolean qualified = qualifiedAfter;
    if (begin > 0 && !qualifiedAfter && (!t.glued(begin) || t.is(begin - 1, Kind.SYMBOL))) {
      Match<Qualifier> qualifier = lexicon.qualifiers.matchEndingAt(t, begin, 0);
      if (qualifier != null) {
        begin = qualifier.from();
        qualified = true;
        if (quantity.qualifier() != Qualifier.RANGE) {
          quantity = quantity.qualified(qualifier.value());
        }
      }
    }
    int numeralPiece = t.indexAt(numerals.get(0).begin());
    int cuePiece = numeralPiece < 0 ? from - 1 : numeralPiece - 1;
    String cue = t.is(cuePiece, Kind.WORD) && !t.glued(numeralPiece) ? t.lower(cuePiece) : "";
    boolean ofFollows = t.isWord(to, "of");
    return new Candidate(new Span(t.begin(begin), t.end(to - 1)), numerals, quantity, unit, form, qualified,
        yearLike, cue, ofFollows);
  }

  private static Quantity quantityOf(Single s) {
    return s.vague() != null
        ? Quantity.vague(s.vague().magnitude(), s.vague().next())
        : Quantity.exact(s.value());
  }

  private static String unitOf(Single s) {
    return s.percent() ? "%" : firstNonNull(s.currency(), s.unit());
  }

  // ---- small tests on pieces ----------------------------------------------------------------------------

  /** A currency sign or code ("$", "US$", "EUR") stands next to the number; a lower-case word does not. */
  private static boolean isSign(TextPieces t, Match<String> m) {
    for (int i = m.from(); i < m.to(); i++) {
      if (t.is(i, Kind.WORD) && !t.text(i).equals(t.text(i).toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsNumeral(TextPieces t, int q) {
    return t.is(q, Kind.NUMBER) || (isMinus(t, q) && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER));
  }

  private static boolean gluedToAlphanumeric(TextPieces t, int p) {
    return t.glued(p) && t.kind(p - 1) != Kind.SYMBOL;
  }

  /**
   * Whether what is glued before a digit run makes it part of a code or a date: "J1149", "COVID-19",
   * "#5", "12/25", "10:30", "No. 5".
   */
  private static boolean lookalikeBefore(TextPieces t, int p) {
    if (t.glued(p)) {
      if (t.is(p - 1, Kind.WORD) || t.is(p - 1, Kind.NUMBER)) {
        return true;
      }
      if (isDash(t, p - 1)) {
        return t.glued(p - 1) && !t.is(p - 2, Kind.SYMBOL);
      }
      return t.isSymbol(p - 1, '#') || t.isSymbol(p - 1, '/') || t.isSymbol(p - 1, ':')
          || t.isSymbol(p - 1, '.') || t.isSymbol(p - 1, '№');
    }
    return t.isSymbol(p - 1, '.') && t.glued(p - 1)
        && (t.isWord(p - 2, "no") || t.isWord(p - 2, "nos"));
  }

  /**
   * The last piece of a number written in digit groups apart ("40 000", "1 234 567", "1\u202F234,5" is not):
   * each group after the first is three digits, after one space of {@link #GROUP_SPACES}; only the last may
   * carry a decimal part. {@code p} itself when no group follows.
   */
  private static int spacedGroupsEnd(TextPieces t, int p) {
    if (!t.asciiDigits(p).matches("\\d{1,3}") || (p > 0 && t.glued(p) && t.is(p - 1, Kind.NUMBER))) {
      return p;
    }
    int last = p;
    while (t.is(last + 1, Kind.NUMBER) && t.begin(last + 1) == t.end(last) + 1
        && GROUP_SPACES.indexOf(t.source().charAt(t.end(last))) >= 0) {
      String group = t.asciiDigits(last + 1);
      if (!group.matches("\\d{3}(\\.\\d+)?")) {
        break;
      }
      last++;
      if (group.indexOf('.') >= 0) {
        break;
      }
    }
    return last;
  }

  /**
   * A power of ten or two glued or spaced after a numeral: "x10^6", "×10−5", "x2^10", "× 10⁻⁴"; as {base,
   * exponent, index after it}, or null. Without "^" or superscripts only base ten with a signed exponent.
   */
  private static int[] powerAfter(TextPieces t, int q) {
    boolean times = t.isWord(q, "x") || t.isSymbol(q, '\u00D7') || t.isSymbol(q, '*') || t.isSymbol(q, '\u00B7');
    if (!times || !t.is(q + 1, Kind.NUMBER) || t.glued(q) != t.glued(q + 1)) {
      return null;
    }
    String base = t.text(q + 1);
    if (!base.equals("10") && !base.equals("2")) {
      return null;
    }
    int r = q + 2;
    boolean caret = t.glued(r) && t.isSymbol(r, '^');
    if (caret) {
      r++;
    }
    int sign = 1;
    boolean signed = false;
    if (t.glued(r) && (isMinus(t, r) || t.isSymbol(r, '+'))) {
      sign = isMinus(t, r) ? -1 : 1;
      signed = true;
      r++;
    }
    if (t.glued(r) && t.is(r, Kind.NUMBER) && t.text(r).matches("\\d{1,3}") && (caret || signed && base.equals("10"))) {
      return new int[] {Integer.parseInt(base), sign * Integer.parseInt(t.text(r)), r + 1};
    }
    if (caret || signed) {
      return null;
    }
    // superscripts: ⁻⁴, ⁶
    StringBuilder exponent = new StringBuilder();
    while (t.glued(r) && t.is(r, Kind.SYMBOL) && exponent.length() < 4) {
      int digit = SUPERSCRIPTS.indexOf(t.source().charAt(t.begin(r)));
      if (digit < 0 || (digit == 10 && exponent.length() > 0)) {
        break;
      }
      exponent.append(digit == 10 ? '-' : (char) ('0' + digit));
      r++;
    }
    if (exponent.length() == 0 || exponent.toString().equals("-")) {
      return null;
    }
    return new int[] {Integer.parseInt(base), Integer.parseInt(exponent.toString()), r};
  }

  /** The superscript digits 0 to 9, then the superscript minus. */
  private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079\u207B";

  /**
   * Whether the word before the digits at {@code p} makes them a label: an identifier cue ("Room",
   * "version", "Flight"), or for a bare integer a capitalized word inside a sentence ("Boeing 737", "the
   * S&P 500") that is no month and no headline's title case.
   */
  private boolean labelBefore(TextPieces t, int p, boolean bareInteger) {
    if (p == 0 || t.glued(p)) {
      return false;
    }
    if (lexicon.identifierCues.matchEndingAt(t, p, Math.max(0, p - 2)) != null) {
      return true;
    }
    int w = p - 1;
    if (!bareInteger || !t.is(w, Kind.WORD) || !Character.isUpperCase(t.source().charAt(t.begin(w)))
        || sentenceStart(t, w) || t.titleCase()) {
      return false;
    }
    return lexicon.yearCues.get(t.text(w)) == null && lexicon.qualifiers.matchEndingAt(t, p, w) == null
        && lexicon.currencies.get(t.text(w)) == null;
  }

  /** Whether piece {@code w} opens its sentence, after nothing or after an opening quote or bracket. */
  private static boolean sentenceStart(TextPieces t, int w) {
    int k = w - 1;
    while (k >= 0 && t.is(k, Kind.SYMBOL) && "\"'“‘([-—–".indexOf(t.source().charAt(t.begin(k))) >= 0) {
      k--;
    }
    return k < 0 || t.isSymbol(k, '.') || t.isSymbol(k, ':') || t.isSymbol(k, '?') || t.isSymbol(k, '!');
  }

  /** A percent, unit or currency right after a number: it measures something, so it is no label. */
  private boolean measureFollows(TextPieces t, int q) {
    return lexicon.units.matchAt(t, q) != null || lexicon.currencies.matchAt(t, q) != null;
  }

  /**
   * The end of a phone number that starts at {@code p}, or {@code p}: three digit groups or more glued by
   * dashes or dots ("555-123-4567", "020.7946.0958"), or groups apart after a glued "+" ("+44 20 7946 0958").
   */
  private static int phoneEnd(TextPieces t, int p) {
    if (!t.asciiDigits(p).matches("\\d{2,4}")) {
      return p;
    }
    int q = p + 1;
    int groups = 1;
    while (t.glued(q) && (isDash(t, q) || t.isSymbol(q, '.')) && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER)
        && t.asciiDigits(q + 1).matches("\\d{2,4}")) {
      groups++;
      q += 2;
    }
    if (groups >= 3) {
      return q;
    }
    if (t.glued(p) && t.isSymbol(p - 1, '+') && !t.glued(p - 1) && t.is(p + 1, Kind.NUMBER) && !t.glued(p + 1)) {
      q = p + 1;
      while (t.is(q, Kind.NUMBER)) {
        q++;
      }
      return q;
    }
    return p;
  }

  /** Digits a clock may show: an hour ("2", "11") or hour and minutes ("2.30", "11.05"). */
  private static boolean clockDigits(String s) {
    if (s.matches("\\d{1,2}")) {
      return true;
    }
    return s.matches("\\d{1,2}[.:][0-5]\\d");
  }

  /** The end of the run of pieces glued to piece {@code p} (a code such as "06F6" or "I7-860BOX"). */
  private static int gluedRunEnd(TextPieces t, int p) {
    int q = p + 1;
    while (t.glued(q) && (t.kind(q) != Kind.SYMBOL || isJoiner(t, q))) {
      q++;
    }
    return q;
  }

  private static boolean isJoiner(TextPieces t, int q) {
    return (isDash(t, q) || t.isSymbol(q, '/') || t.isSymbol(q, '.')) && t.glued(q + 1)
        && t.kind(q + 1) != Kind.SYMBOL;
  }

  /** numerator/denominator as a proper fraction of small integers, or NaN. */
  private static double properFraction(TextPieces t, int numerator, int denominator) {
    String n = t.text(numerator);
    String d = t.text(denominator);
    if (!n.matches("\\d{1,3}") || !d.matches("\\d{1,3}")) {
      return Double.NaN;
    }
    int num = Integer.parseInt(n);
    int den = Integer.parseInt(d);
    return den > 0 && num < den ? (double) num / den : Double.NaN;
  }

  /** Digit groups of three after each comma, at most one decimal point after the last group. */
  private static boolean wellGrouped(String s) {
    int point = s.indexOf('.');
    if (point >= 0 && s.indexOf('.', point + 1) >= 0) {
      return false;
    }
    if (point >= 0 && s.indexOf(',', point) >= 0) {
      return false;
    }
    String whole = point >= 0 ? s.substring(0, point) : s;
    String[] groups = whole.split(",", -1);
    if (groups.length == 1) {
      return true;
    }
    if (groups[0].length() > 3) {
      return false;
    }
    for (int g = 1; g < groups.length; g++) {
      if (groups[g].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOrdinalSuffix(String suffix) {
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  private static boolean isClock(String word) {
    return word.equals("am") || word.equals("pm");
  }

  /** "2 pm", "9 a.m.", "5 o'clock" after the piece before {@code q}. */
  private static boolean clockFollows(TextPieces t, int q) {
    if (t.glued(q) || !t.is(q, Kind.WORD)) {
      return false;
    }
    String word = t.text(q).toLowerCase(Locale.ROOT);
    if (isClock(word)) {
      return true;
    }
    String source = t.source();
    int at = t.begin(q);
    return source.regionMatches(true, at, "a.m", 0, 3) || source.regionMatches(true, at, "p.m", 0, 3)
        || source.regionMatches(true, at, "o'clock", 0, 7) || source.regionMatches(true, at, "o’clock", 0, 7);
  }

  private static boolean isMinus(TextPieces t, int i) {
    return t.isSymbol(i, '-') || t.isSymbol(i, '\u2212');
  }

  private static boolean isDash(TextPieces t, int i) {
    return t.isSymbol(i, '-') || t.isSymbol(i, '\u2013') || t.isSymbol(i, '\u2212');
  }

  private static boolean isApostrophe(TextPieces t, int i) {
    return t.isSymbol(i, '\'') || t.isSymbol(i, '\u2019');
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
