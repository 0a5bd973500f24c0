package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.lemma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Token;
import io.claimkit.lexicon.WordList;
import java.util.Optional;

/**
 * Whether the noun after a number is its unit ("150 millimetres", "35 cents", "112.4 points") rather than
 * the thing it counts ("300 protesters"): a unit is never what a number measures.
 */
final class UnitNouns {

  private static final WordList UNITS = WordList.resource(UnitNouns.class, "unit-nouns.txt");

  private UnitNouns() {}

  /**
   * True when {@code noun}, the token right after {@code number} in a noun phrase with head {@code head},
   * names a unit: it is listed (a word flagged {@code change} only when the number is part of a change: "up
   * 112.4 points", but "won three points"), or the number reports a unit that is neither the noun nor the head
   * as written (the quantity lexicon turns "millimetres" into "mm", "dollars" into "USD", but keeps a counted
   * noun as written) while the number's own text shows no currency.
   */
  static boolean isUnit(Token noun, Token head, NumberMention number, boolean inChange) {
    for (String word : new String[] {lemma(noun), lower(noun)}) {
      if (UNITS.contains(word) && (inChange || !UNITS.hasFlag(word, "change"))) {
        return true;
      }
    }
    Optional<String> unit = number.quantity().unit();
    return unit.isPresent() && !unit.get().equalsIgnoreCase(noun.text()) && !unit.get().equalsIgnoreCase(
        noun.lemma()) && !unit.get().equalsIgnoreCase(head.text()) && !showsCurrency(number.text())
        && !unit.get().equals("%");
  }

  /**
   * True when the number's unit makes it a multiplier ("18-fold", "a thousand fold": flagged {@code factor}),
   * so that a change by it is a change by that factor.
   */
  static boolean isFactor(NumberMention number) {
    return number.quantity().unit()
        .map(u -> u.replaceFirst("^\\p{Pd}", ""))
        .filter(u -> UNITS.hasFlag(u, "factor"))
        .isPresent();
  }

  private static boolean showsCurrency(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.CURRENCY_SYMBOL || Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
