package io.claimkit.claim.toolkit;

import static io.claimkit.claim.toolkit.Tokens.isAuxiliary;
import static io.claimkit.claim.toolkit.Tokens.isNegation;
import static io.claimkit.claim.toolkit.Tokens.lemma;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;

/**
 * Verb groups: a main verb with the auxiliaries, modals, adverbs and negations in front of it ("has not yet
 * confirmed"). Indices are token indices within one sentence; ends are exclusive.
 */
public final class VerbGroups {

  private VerbGroups() {}

  /**
   * The first token of the verb group whose main verb is at {@code verb}, looking no further back than
   * {@code floor}. Adverbs in front of the first auxiliary belong to the clause, not to the group.
   */
  public static int start(Sentence sentence, int verb, int floor) {
    int start = verb;
    while (start - 1 >= floor) {
      Token before = sentence.token(start - 1);
      if (isAuxiliary(before) || before.pos().startsWith("RB") || isNegation(before)) {
        start--;
      } else {
        break;
      }
    }
    while (start < verb && sentence.token(start).pos().startsWith("RB") && !isNegation(sentence.token(start))) {
      start++;
    }
    return start;
  }

  /** True when a negation stands in {@code [from, to)}. */
  public static boolean negated(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isNegation(sentence.token(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when a form of "have" stands in {@code [from, to)}: the present or past perfect. */
  public static boolean perfect(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lemma(sentence.token(i)).equals("have")) {
        return true;
      }
    }
    return false;
  }

  /** True when a modal or a form of "do" stands in {@code [from, to)}: "will say", "did say". */
  public static boolean hasModalOrDo(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = sentence.token(i);
      if (t.pos().equals("MD") || lemma(t).equals("do")) {
        return true;
      }
    }
    return false;
  }
}
