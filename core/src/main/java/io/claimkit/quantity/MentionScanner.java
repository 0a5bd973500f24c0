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

  private final QuantityLexicon lexicon;
  private final NumberWords words;
  private final NumberForms forms;
  private final LookAlikes lookAlikes;

  MentionScanner(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = new NumberWords(lexicon);
    this.forms = new NumberForms(lexicon, words);
    this.lookAlikes = new LookAlikes(lexicon);
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
      } else if (lookAlikes.notAnAmount(t, a.from())) {
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
        Candidate joined = previous == null ? null : JoinedBounds.join(t, previous, lastTo, candidate);
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

  private int tallyEnd(TextPieces t, Single a) {
    return lookAlikes.tallyEnd(t, a.from(), a.to(), a.unit() != null || a.currency() != null);
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
    if (t.isMinus(p) && t.glued(p + 1) && t.is(p + 1, Kind.NUMBER)
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
    if (currency == null && !negative && !secondOfRange && DigitShapes.lookalikeBefore(t, p)) {
      return reject(t, p, DigitShapes.gluedRunEnd(t, p));
    }
    int phone = DigitShapes.phoneEnd(t, p);
    if (phone > p) {
      return reject(t, p, phone);
    }
    String s = t.asciiDigits(p);
    int last = DigitShapes.spacedGroupsEnd(t, p);
    boolean grouped = last > p;
    for (int g = p + 1; g <= last; g++) {
      s += t.asciiDigits(g);
    }
    if (s.length() > MAX_DIGITS || !DigitShapes.wellGrouped(s)) {
      return reject(t, p, DigitShapes.gluedRunEnd(t, p));
    }
    double value = Double.parseDouble(s.replace(",", ""));
    boolean plainInteger = !grouped && s.indexOf(',') < 0 && s.indexOf('.') < 0;
    boolean bareInteger = plainInteger;
    int q = last + 1;
    // 4e14, 9.83e-3
    if (t.glued(q) && (t.isWord(q, "e"))) {
      int r = q + 1;
      int sign = 1;
      if (t.glued(r) && (t.isMinus(r) || t.isSymbol(r, '+'))) {
        sign = t.isMinus(r) ? -1 : 1;
        r++;
      }
      if (t.glued(r) && t.is(r, Kind.NUMBER) && t.text(r).matches("\\d{1,3}")) {
        value *= Math.pow(10, sign * Integer.parseInt(t.text(r)));
        plainInteger = false;
        q = r + 1;
      }
    }
    // 1.3x10^6, 2.48×10−5, 8x2^10, 6.2 × 10⁻⁴
    int[] power = DigitShapes.powerAfter(t, q);
    if (power != null) {
      value = power[0] == 10 && q == last + 1
          ? Double.parseDouble(s.replace(",", "") + "e" + power[1]) // exact decimal: 2.48e-5, not 2.48 * 1e-5
          : value * Math.pow(power[0], power[1]);
      plainInteger = false;
      q = power[2];
    }
    // 1/40, 1/4; a date such as 12/25/2020 or 24/7 is not a number
    if (t.glued(q) && t.isSymbol(q, '/') && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER)) {
      double fraction = DigitShapes.properFraction(t, p, q + 1);
      if (Double.isNaN(fraction) || (t.glued(q + 2) && t.isSymbol(q + 2, '/'))) {
        return reject(t, p, DigitShapes.gluedRunEnd(t, p));
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
      if (DigitShapes.isOrdinalSuffix(suffix) || suffix.equals("s") || (DigitShapes.isClock(suffix) && DigitShapes.clockDigits(s))) {
        return reject(t, p, q + 1);
      } else if (scale != null && (!scale.currencyOnly() || currency != null
          || suffix.equals("m") && pluralFollows(t, q + 1))) {
        factor = scale.factor();
        q++;
      } else {
        Match<String> glued = lexicon.units.matchAt(t, q);
        if (glued == null) {
          return reject(t, p, DigitShapes.gluedRunEnd(t, p));
        }
        unit = glued.value();
      }
    }
    // the 1960's
    if (t.glued(q) && t.isApostrophe(q) && t.glued(q + 1) && t.isWord(q + 1, "s")) {
      return reject(t, p, q + 2);
    }
    // 2 1/2
    if (plainInteger && factor == 1 && unit == null && !t.glued(q) && t.is(q, Kind.NUMBER)
        && t.glued(q + 1) && t.isSymbol(q + 1, '/') && t.glued(q + 2) && t.is(q + 2, Kind.NUMBER)
        && !t.glued(q + 3)) {
      double fraction = DigitShapes.properFraction(t, q, q + 2);
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
    if (factor == 1 && unit == null && value <= 24 && DigitShapes.clockDigits(s) && DigitShapes.clockFollows(t, q)) {
      return reject(t, p, q + 1);
    }
    if (currency == null && !negative && !secondOfRange && factor == 1 && unit == null
        && lookAlikes.labelBefore(t, p, bareInteger) && !lookAlikes.measureFollows(t, q)) {
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

  /** "10m people", "2m viewers": a plural noun apart after the number (not a unit: "10m tonnes" stays). */
  private boolean pluralFollows(TextPieces t, int i) {
    if (t.glued(i) || !t.is(i, Kind.WORD) || !Character.isLowerCase(t.source().charAt(t.begin(i)))
        || lexicon.units.matchAt(t, i) != null) {
      return false;
    }
    String w = t.lower(i);
    return (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")) || lexicon.pluralNouns.get(w) != null;
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
    boolean change = from ? lookAlikes.changeVerbBefore(t, a.from() - 1) : lookAlikes.changeVerbBefore(t, a.from());
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
    boolean dash = t.isDash(c);
    boolean and = between && t.isWord(c, "and");
    Single b = null;
    if (a.vague() == null && !change && (to || dash || and)) {
      b = single(t, c + 1, true);
      boolean unitsDiffer = b != null && middleUnit != null && b.unit() != null && !middleUnit.equals(b.unit());
      boolean ordered = b != null && (b.value() > a.value() || (between || from) && !dash
          || (from && a.value() < 0 && b.value() < 0));
      if (b != null && (unitsDiffer || b.rejected() || b.vague() != null || !ordered
          || (!between && lookAlikes.tallyAround(t, a.from(), b.to())))) {
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
    return t.is(q, Kind.NUMBER) || (t.isMinus(q) && t.glued(q + 1) && t.is(q + 1, Kind.NUMBER));
  }

  private static boolean gluedToAlphanumeric(TextPieces t, int p) {
    return t.glued(p) && t.kind(p - 1) != Kind.SYMBOL;
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
