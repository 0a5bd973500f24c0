package io.claimkit.claim.toolkit;

import static io.claimkit.claim.toolkit.Tokens.isDeterminer;
import static io.claimkit.claim.toolkit.Tokens.isModifier;
import static io.claimkit.claim.toolkit.Tokens.isNoun;
import static io.claimkit.claim.toolkit.Tokens.isPronoun;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.lexicon.GrammarWords;

/**
 * Noun phrases found from part-of-speech tags alone. Indices are token indices within one sentence; ends are
 * exclusive. Every search is bounded by {@link #MAX_TOKENS}, so that a run of nouns in text without
 * punctuation cannot make a rule quadratic.
 */
public final class NounPhrases {

  /** The most tokens a noun phrase may have: real ones are far shorter. */
  public static final int MAX_TOKENS = 16;

  private NounPhrases() {}

  /**
   * The first token of the noun phrase that ends just before {@code end}, looking no further back than
   * {@code floor}; -1 when the token before {@code end} cannot end a noun phrase (a noun, a number or a
   * pronoun). The phrase may carry prepositional phrases and coordinated nouns: "flood defences in
   * Hull and York".
   */
  public static int startBefore(Sentence sentence, int end, int floor) {
    int last = end - 1;
    if (last < floor) {
      return -1;
    }
    Token head = sentence.token(last);
    if (isPronoun(head)) {
      return last;
    }
    if (!isNoun(head) && !head.pos().equals("CD")) {
      return -1;
    }
    int start = last;
    boolean closed = false;
    while (start - 1 >= floor && last - start < MAX_TOKENS) {
      Token before = sentence.token(start - 1);
      if (!closed && (isModifier(before) || isParticipleModifier(sentence, start - 1))) {
        start--;
        closed = isDeterminer(before);
        continue;
      }
      boolean link =
          before.pos().equals("IN") && GrammarWords.nounLinks().contains(before.text())
              || before.pos().equals("CC") && lower(before).equals("and");
      if (link && start - 2 >= floor && isNoun(sentence.token(start - 2))) {
        start -= 2;
        closed = false;
        continue;
      }
      break;
    }
    return start;
  }

  /**
   * The end of the simple noun phrase that starts at {@code start}: modifiers up to the last noun, without
   * prepositional phrases; {@code start} when no noun follows before {@code ceiling}.
   */
  public static int simpleEnd(Sentence sentence, int start, int ceiling) {
    int end = start;
    int lastNoun = -1;
    for (int i = start; i < ceiling && i - start < MAX_TOKENS; i++) {
      Token token = sentence.token(i);
      if (lastNoun >= 0 && token.pos().equals("CD")) {
        break; // a number after the head opens a phrase of its own: "people 2500 ..."
      }
      if (isNoun(token)) {
        lastNoun = i;
        end = i + 1;
      } else if (isModifier(token) || isParticipleModifier(sentence, i)) {
        if (lastNoun >= 0 && isDeterminer(token)) {
          break;
        }
      } else {
        break;
      }
    }
    return lastNoun < 0 ? start : end;
  }

  /**
   * The end of the noun phrase that starts at {@code start}, with at most two prepositional phrases and
   * coordinated proper nouns: "the expulsion of US forces"; {@code start} when no noun phrase starts there.
   */
  public static int end(Sentence sentence, int start, int ceiling) {
    int end = simpleEnd(sentence, start, ceiling);
    if (end == start) {
      return start;
    }
    for (int links = 0; links < 2 && end + 1 < ceiling; links++) {
      Token link = sentence.token(end);
      boolean joins =
          link.pos().equals("IN") && GrammarWords.nounLinks().contains(link.text())
              || link.pos().equals("CC") && lower(link).equals("and") && sentence.token(end + 1).isProperNoun();
      if (!joins) {
        break;
      }
      int next = simpleEnd(sentence, end + 1, ceiling);
      if (next == end + 1) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** The index of the head of the phrase {@code [from, to)}: its last noun, else its last token. */
  public static int head(Sentence sentence, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isNoun(sentence.token(i))) {
        return i;
      }
    }
    return to - 1;
  }

  /** A participle used as an adjective before a noun: "the growing capabilities". */
  private static boolean isParticipleModifier(Sentence sentence, int index) {
    Token token = sentence.token(index);
    boolean participle = token.pos().equals("VBG") || token.pos().equals("VBN");
    return participle
        && index > 0
        && isDeterminer(sentence.token(index - 1))
        && index + 1 < sentence.size()
        && isModifier(sentence.token(index + 1));
  }
}
