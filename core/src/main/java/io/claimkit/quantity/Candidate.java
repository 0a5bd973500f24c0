package io.claimkit.quantity;

import io.claimkit.text.Span;
import java.util.List;

/**
 * A number the {@link MentionScanner} read in the raw text, before the checks that need the analysis
 * (dates, entities, pronoun "one") and before its counted noun is looked up.
 *
 * @param span       the whole mention: qualifier, range words, currency sign, numeral, scale, percent
 * @param numerals   the numerals alone (two for a range), for the checks against dates and entities
 * @param quantity   the value, qualified; no unit or surface yet
 * @param unit       the unit read from the text itself ("%", "USD", "km"), or null
 * @param form       how the number is written
 * @param qualified  whether qualifier words stand in front of it
 * @param yearLike   a bare integer from 1000 to 2100, written without comma, sign, scale or unit
 * @param cue        the word right before the numeral, lowercased, or "" (for the year check)
 * @param ofFollows  whether the word "of" follows the mention ("thousands of", "one of")
 */
record Candidate(
    Span span,
    List<Span> numerals,
    Quantity quantity,
    String unit,
    Form form,
    boolean qualified,
    boolean yearLike,
    String cue,
    boolean ofFollows) {

  enum Form {
    DIGITS,
    WORDS,
    /** The single word "one", which may be a pronoun. */
    ONE,
    VAGUE
  }
}
