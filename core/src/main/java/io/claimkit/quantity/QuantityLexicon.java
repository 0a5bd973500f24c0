package io.claimkit.quantity;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.internal.LexiconResource;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The word lists the {@link QuantityRecognizer} reads numbers with: qualifier phrases (before and after a
 * number), number words, scale words, fraction words, vague magnitudes and vague counting words, currencies,
 * units, year cues, and the words that make a number a label ("Room 101"), a tally ("voted 7 to 2"), a
 * change ("rose from 10 to 20") or no count ("all but one"). The defaults are
 * loaded once from {@code src/main/resources/io/claimkit/quantity/*.txt}; {@link #toBuilder()} extends them.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * QuantityLexicon lexicon = QuantityLexicon.defaults().toBuilder()
 *     .qualifier("a shade under", Qualifier.LESS_THAN)
 *     .unit("megatonnes", "Mt")
 *     .build();
 * QuantityRecognizer recognizer = new QuantityRecognizer(lexicon);
 * }</pre>
 */
public final class QuantityLexicon {

  private static final String FOLDER = "/io/claimkit/quantity/";

  /** A scale word's factor, and whether it scales only after a currency sign ("$10m"). */
  record Scale(double factor, boolean currencyOnly) {}

  /** A vague magnitude: the named magnitude and the next one, [magnitude, next). */
  record Magnitude(double magnitude, double next) {}

  final PhraseTable<Qualifier> qualifiers;
  final PhraseTable<Double> numberWords;
  final PhraseTable<Scale> scales;
  final PhraseTable<Integer> fractions;
  final PhraseTable<Magnitude> vagueMagnitudes;
  final PhraseTable<Boolean> vagueCounters;
  final PhraseTable<String> currencies;
  final PhraseTable<String> units;
  final PhraseTable<Boolean> yearCues;
  final PhraseTable<Qualifier> qualifiersAfter;
  final PhraseTable<Boolean> identifierCues;
  final PhraseTable<Boolean> tallyWords;
  final PhraseTable<Boolean> changeVerbs;
  final PhraseTable<Boolean> notAmountCues;
  final PhraseTable<Boolean> pluralNouns;
  final PhraseTable<Boolean> partOfWhole;
  final PhraseTable<Boolean> wholeAfterHalf;
  final PhraseTable<Boolean> notLabels;
  final PhraseTable<Boolean> notRatioAfter;
  private final Set<String> currencyCodes;

  private QuantityLexicon(Builder b) {
    this.qualifiers = b.qualifiers.copy();
    this.numberWords = b.numberWords.copy();
    this.scales = b.scales.copy();
    this.fractions = b.fractions.copy();
    this.vagueMagnitudes = b.vagueMagnitudes.copy();
    this.vagueCounters = b.vagueCounters.copy();
    this.currencies = b.currencies.copy();
    this.units = b.units.copy();
    this.yearCues = b.yearCues.copy();
    this.qualifiersAfter = b.qualifiersAfter.copy();
    this.identifierCues = b.identifierCues.copy();
    this.tallyWords = b.tallyWords.copy();
    this.changeVerbs = b.changeVerbs.copy();
    this.notAmountCues = b.notAmountCues.copy();
    this.pluralNouns = b.pluralNouns.copy();
    this.partOfWhole = b.partOfWhole.copy();
    this.wholeAfterHalf = b.wholeAfterHalf.copy();
    this.notLabels = b.notLabels.copy();
    this.notRatioAfter = b.notRatioAfter.copy();
    this.currencyCodes = Set.copyOf(currencies.values());
  }

  /** The lexicon from ClaimKit's resource files, loaded once per JVM. */
  public static QuantityLexicon defaults() {
    return Defaults.LEXICON;
  }

  /** True when the word is a number word or a scale word ("twelve", "million"). */
  public boolean isNumeral(String word) {
    return numberWords.get(word) != null || scales.get(word) != null;
  }

  /**
   * The ISO 4217 codes this lexicon reports as a number's unit ("USD", "EUR"): a claim rule tells a sum of
   * money from other quantities by {@code currencyCodes().contains(unit)}.
   */
  public Set<String> currencyCodes() {
    return currencyCodes;
  }

  /** An empty builder: no words at all. Start from {@code defaults().toBuilder()} to extend the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this lexicon's entries, to add to. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.qualifiers = qualifiers.copy();
    b.numberWords = numberWords.copy();
    b.scales = scales.copy();
    b.fractions = fractions.copy();
    b.vagueMagnitudes = vagueMagnitudes.copy();
    b.vagueCounters = vagueCounters.copy();
    b.currencies = currencies.copy();
    b.units = units.copy();
    b.yearCues = yearCues.copy();
    b.qualifiersAfter = qualifiersAfter.copy();
    b.identifierCues = identifierCues.copy();
    b.tallyWords = tallyWords.copy();
    b.changeVerbs = changeVerbs.copy();
    b.notAmountCues = notAmountCues.copy();
    b.pluralNouns = pluralNouns.copy();
    b.partOfWhole = partOfWhole.copy();
    b.wholeAfterHalf = wholeAfterHalf.copy();
    b.notLabels = notLabels.copy();
    b.notRatioAfter = notRatioAfter.copy();
    return b;
  }

  /** Builds a {@link QuantityLexicon}. A later entry for the same phrase replaces the earlier one. */
  public static final class Builder {
    private PhraseTable<Qualifier> qualifiers = new PhraseTable<>(0);
    private PhraseTable<Double> numberWords = new PhraseTable<>(0);
    private PhraseTable<Scale> scales = new PhraseTable<>(0);
    private PhraseTable<Integer> fractions = new PhraseTable<>(0);
    private PhraseTable<Magnitude> vagueMagnitudes = new PhraseTable<>(0);
    private PhraseTable<Boolean> vagueCounters = new PhraseTable<>(0);
    private PhraseTable<String> currencies = new PhraseTable<>(3);
    private PhraseTable<String> units = new PhraseTable<>(3);
    private PhraseTable<Boolean> yearCues = new PhraseTable<>(0);
    private PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>(0);
    private PhraseTable<Boolean> identifierCues = new PhraseTable<>(0);
    private PhraseTable<Boolean> tallyWords = new PhraseTable<>(0);
    private PhraseTable<Boolean> changeVerbs = new PhraseTable<>(0);
    private PhraseTable<Boolean> notAmountCues = new PhraseTable<>(0);
    private PhraseTable<Boolean> pluralNouns = new PhraseTable<>(0);
    private PhraseTable<Boolean> partOfWhole = new PhraseTable<>(0);
    private PhraseTable<Boolean> wholeAfterHalf = new PhraseTable<>(0);
    private PhraseTable<Boolean> notLabels = new PhraseTable<>(0);
    private PhraseTable<Boolean> notRatioAfter = new PhraseTable<>(0);

    private Builder() {}

    /** A phrase right after a number that qualifies it: "or more" AT_LEAST, "or fewer" AT_MOST. */
    public Builder qualifierAfter(String phrase, Qualifier qualifier) {
      Objects.requireNonNull(qualifier, "qualifier");
      if (qualifier == Qualifier.RANGE || qualifier == Qualifier.VAGUE) {
        throw invalid("a qualifier phrase cannot make a " + qualifier.jsonName() + ": " + phrase);
      }
      qualifiersAfter.put(word(phrase), qualifier);
      return this;
    }

    /** A word right before a number that makes it a label, not an amount: "Room" in "Room 101". */
    public Builder identifierCue(String word) {
      identifierCues.put(word(word), Boolean.TRUE);
      return this;
    }

    /** A word next to a pair of numbers that makes it a tally or score: "voted" in "voted 7 to 2". */
    public Builder tallyWord(String word) {
      tallyWords.put(word(word), Boolean.TRUE);
      return this;
    }

    /** A verb before "from X to Y" that makes it a change, not a range: "rose" in "rose from 10 to 20". */
    public Builder changeVerb(String word) {
      changeVerbs.put(word(word), Boolean.TRUE);
      return this;
    }

    /**
     * A plural noun that does not end in "s" ("people", "children"): after "10m" it makes the "m" a
     * million ("10m people"), as any plural does ("10m viewers"), where alone it is ten metres.
     */
    public Builder pluralNoun(String word) {
      pluralNouns.put(word(word), Boolean.TRUE);
      return this;
    }

    /**
     * A word before "half" that makes it a part of something ("the first half of the year", "the other
     * half"), not the share 0.5 ("more than half of the residents").
     */
    public Builder partOfWhole(String word) {
      partOfWhole.put(word(word), Boolean.TRUE);
      return this;
    }

    /** A word after "half" that names the whole it is half of: "of", "the", "their" ("half their staff"). */
    public Builder wholeAfterHalf(String word) {
      wholeAfterHalf.put(word(word), Boolean.TRUE);
      return this;
    }

    /**
     * A capitalized word that, right before a number, does not make it a label ("said Tuesday 12 people
     * died"), where another capitalized word would ("Boeing 737"). Months are never labels either.
     */
    public Builder notLabel(String word) {
      notLabels.put(word(word), Boolean.TRUE);
      return this;
    }

    /**
     * A noun after "X in Y" that makes it a count over a stretch, not a ratio: "scored 3 in 4 games", "5 in
     * 10 minutes", where "3 in 4 voters" is the share 0.75.
     */
    public Builder notRatioAfter(String word) {
      notRatioAfter.put(word(word), Boolean.TRUE);
      return this;
    }

    /** A phrase right before a number that makes it no count: "all but" in "all but one of the villages". */
    public Builder notAmountCue(String phrase) {
      notAmountCues.put(word(phrase), Boolean.TRUE);
      return this;
    }

    /** A phrase in front of a number that qualifies it: "at least" AT_LEAST. */
    public Builder qualifier(String phrase, Qualifier qualifier) {
      Objects.requireNonNull(qualifier, "qualifier");
      if (qualifier == Qualifier.RANGE || qualifier == Qualifier.VAGUE) {
        throw invalid("a qualifier phrase cannot make a " + qualifier.jsonName() + ": " + phrase);
      }
      qualifiers.put(word(phrase), qualifier);
      return this;
    }

    /** A cardinal number word below one hundred: "twelve" 12. */
    public Builder numberWord(String word, double value) {
      numberWords.put(word(word), value);
      return this;
    }

    /** A scale word: "million" 1e6; {@code currencyOnly} for short forms such as "m" in "$10m". */
    public Builder scale(String word, double factor, boolean currencyOnly) {
      scales.put(word(word), new Scale(positive(factor, word), currencyOnly));
      return this;
    }

    /** A fraction word and its denominator: "thirds" 3. */
    public Builder fraction(String word, int denominator) {
      fractions.put(word(word), (int) positive(denominator, word));
      return this;
    }

    /** A vague magnitude: "thousands" [1,000, 10,000). */
    public Builder vagueMagnitude(String word, double magnitude, double next) {
      if (!(next > positive(magnitude, word))) {
        throw invalid("next magnitude " + next + " not above " + magnitude + " for " + word);
      }
      vagueMagnitudes.put(word(word), new Magnitude(magnitude, next));
      return this;
    }

    /** A vague counting word in front of a scale word: "several" in "several hundred". */
    public Builder vagueCounter(String phrase) {
      vagueCounters.put(word(phrase), Boolean.TRUE);
      return this;
    }

    /** A currency sign, code or word and its ISO 4217 code: "€" EUR. */
    public Builder currency(String surface, String isoCode) {
      Objects.requireNonNull(isoCode, "isoCode");
      if (!isoCode.matches("[A-Z]{3}")) {
        throw invalid("not an ISO 4217 code: " + isoCode);
      }
      currencies.put(word(surface), isoCode);
      return this;
    }

    /** A unit as written after a number and the unit reported: "kilometres" km; "percent" %. */
    public Builder unit(String surface, String canonical) {
      units.put(word(surface), word(canonical));
      return this;
    }

    /**
     * A word that, right before a bare four-digit number, makes it a year ("in 2003", "October 2023");
     * consulted only when the backend reported no temporal expressions.
     */
    public Builder yearCue(String word) {
      yearCues.put(word(word), Boolean.TRUE);
      return this;
    }

    public QuantityLexicon build() {
      return new QuantityLexicon(this);
    }

    private static String word(String phrase) {
      Objects.requireNonNull(phrase, "phrase");
      if (phrase.isBlank()) {
        throw invalid("empty lexicon entry");
      }
      return phrase.strip();
    }

    private static double positive(double value, String word) {
      if (!(value > 0) || Double.isInfinite(value)) {
        throw invalid("not a positive number for " + word + ": " + value);
      }
      return value;
    }

    private static ClaimKitException invalid(String message) {
      return new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, message);
    }
  }

  /** The default lexicon, read from the resource files on first use. */
  private static final class Defaults {
    static final QuantityLexicon LEXICON = load();

    private static QuantityLexicon load() {
      Builder b = builder();
      for (String[] f : lines("qualifiers.txt", 2)) {
        b.qualifier(f[0], Qualifier.fromJsonName(f[1]));
      }
      for (String[] f : lines("number-words.txt", 2)) {
        b.numberWord(f[0], Double.parseDouble(f[1]));
      }
      for (String[] f : lines("scales.txt", 2)) {
        boolean currencyOnly = f[1].equals("currency");
        String[] w = currencyOnly ? splitLast(f[0]) : f;
        b.scale(w[0], Double.parseDouble(w[1]), currencyOnly);
      }
      for (String[] f : lines("fractions.txt", 2)) {
        b.fraction(f[0], Integer.parseInt(f[1]));
      }
      for (String[] f : lines("vague-magnitudes.txt", 3)) {
        b.vagueMagnitude(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]));
      }
      for (String[] f : lines("vague-counters.txt", 1)) {
        b.vagueCounter(f[0]);
      }
      for (String[] f : lines("currencies.txt", 2)) {
        b.currency(f[0], f[1]);
      }
      for (String[] f : lines("units.txt", 2)) {
        b.unit(f[0], f[1]);
      }
      for (String[] f : lines("year-cues.txt", 1)) {
        b.yearCue(f[0]);
      }
      for (String[] f : lines("qualifiers-after.txt", 2)) {
        b.qualifierAfter(f[0], Qualifier.fromJsonName(f[1]));
      }
      for (String[] f : lines("identifier-cues.txt", 1)) {
        b.identifierCue(f[0]);
      }
      for (String[] f : lines("tally-words.txt", 1)) {
        b.tallyWord(f[0]);
      }
      for (String[] f : lines("change-verbs.txt", 1)) {
        b.changeVerb(f[0]);
      }
      for (String[] f : lines("not-amount-cues.txt", 1)) {
        b.notAmountCue(f[0]);
      }
      for (String[] f : lines("plural-nouns.txt", 1)) {
        b.pluralNoun(f[0]);
      }
      for (String[] f : lines("part-of-whole.txt", 1)) {
        b.partOfWhole(f[0]);
      }
      for (String[] f : lines("whole-after-half.txt", 1)) {
        b.wholeAfterHalf(f[0]);
      }
      for (String[] f : lines("not-labels.txt", 1)) {
        b.notLabel(f[0]);
      }
      for (String[] f : lines("not-ratio-after.txt", 1)) {
        b.notRatioAfter(f[0]);
      }
      return b.build();
    }

    /**
     * The entries of one resource file: blank lines and {@code #} comments skipped; the last
     * {@code fields - 1} whitespace-separated fields are values, everything before them the phrase.
     */
    private static List<String[]> lines(String file, int fields) {
      List<String[]> entries = new ArrayList<>();
      for (String entry : LexiconResource.entries(QuantityLexicon.class, FOLDER + file)) {
        String[] f = new String[fields];
        String rest = entry;
        for (int k = fields - 1; k >= 1; k--) {
          String[] split = splitLast(rest);
          if (split == null) {
            throw new ClaimKitException(
                ErrorKind.MODEL_UNAVAILABLE, null, FOLDER + file + ": too few fields in \"" + entry + "\"");
          }
          f[k] = split[1];
          rest = split[0];
        }
        f[0] = rest;
        entries.add(f);
      }
      return entries;
    }

    private static String[] splitLast(String s) {
      int space = lastSpace(s);
      return space < 0 ? null : new String[] {s.substring(0, space).strip(), s.substring(space + 1)};
    }

    private static int lastSpace(String s) {
      for (int i = s.length() - 1; i >= 0; i--) {
        if (Character.isWhitespace(s.charAt(i))) {
          return i;
        }
      }
      return -1;
    }
  }
}
