package io.claimkit.quantity;

import io.claimkit.analysis.Token;

/**
 * Finds what a number counts from the tokens after it: the head noun of the noun phrase that follows,
 * skipping adjectives and proper-noun modifiers ("2,500 U.S. troops": troops; "approximately 70 American
 * personnel": personnel) and a partitive "of" ("thousands of US troops": troops; "hundreds of thousands of
 * Iraqis": Iraqis). A noun that names a currency or a unit is reported as its code or unit ("millions of
 * dollars": USD).
 */
final class CountedNoun {

  /** Noun phrases longer than this after a number are rare; the bound keeps a wrong guess short. */
  private static final int MAX_PHRASE = 6;

  private final QuantityLexicon lexicon;

  CountedNoun(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The counted noun of the phrase that starts at or after {@code offset}, or null. */
  String after(SentenceTokens tokens, int offset) {
    int i = tokens.firstAtOrAfter(offset);
    if (isOf(tokens.get(i))) {
      i++;
      if (isDeterminer(tokens.get(i))) {
        i++;
      }
    }
    Token common = null;
    Token proper = null;
    for (int k = 0; k < MAX_PHRASE && i < tokens.size(); k++, i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("NN") || t.pos().equals("NNS")) {
        common = t;
      } else if (t.isProperNoun()) {
        proper = t;
      } else if (common != null || proper != null || !isModifier(t)) {
        break;
      }
    }
    Token head = common != null ? common : proper;
    return head == null ? null : reported(head.text());
  }

  /** A currency word as its ISO code, a unit word as its unit, any other noun as written. */
  private String reported(String noun) {
    String currency = lexicon.currencies.get(noun);
    if (currency != null) {
      return currency;
    }
    String unit = lexicon.units.get(noun);
    return unit != null ? unit : noun;
  }

  static boolean isOf(Token t) {
    return t != null && t.text().equalsIgnoreCase("of");
  }

  static boolean isDeterminer(Token t) {
    return t != null && (t.pos().equals("DT") || t.pos().equals("PRP$"));
  }

  private static boolean isModifier(Token t) {
    return t.isAdjective() || t.pos().equals("VBN") || t.pos().equals("VBG") || t.pos().equals("HYPH");
  }
}
