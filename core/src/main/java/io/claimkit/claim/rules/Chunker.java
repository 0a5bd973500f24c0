package io.claimkit.claim.rules;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Finds noun phrases and verb groups from part-of-speech tags alone, so that every backend that tags
 * Penn Treebank parts of speech feeds the same rules. Indices are token indices within one sentence;
 * ranges are half-open.
 */
final class Chunker {

  /** Prepositions that join a noun phrase to the one before it: "attacks on positions in Iraq". */
  private static final Set<String> NOUN_LINKS = Set.of("of", "on", "in", "for", "at", "from", "with", "to");

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /**
   * The most tokens a noun phrase may have. Real ones are far shorter; the bound keeps a run of nouns in
   * text without punctuation from making every phrase search walk to the end of it.
   */
  static final int MAX_PHRASE_TOKENS = 16;

  private Chunker() {}

  static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }

  /** A token that can stand inside a noun phrase before its head. */
  static boolean isModifier(Token token) {
    String pos = token.pos();
    return pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.equals("CD")
        || pos.equals("POS")
        || pos.equals("HYPH")
        || pos.equals("PDT")
        || isNoun(token);
  }

  static boolean isNoun(Token token) {
    return token.pos().startsWith("NN");
  }

  static boolean isPronoun(Token token) {
    return token.pos().equals("PRP");
  }

  static boolean isDeterminer(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$") || token.pos().equals("PDT");
  }

  static boolean isNegation(Token token) {
    return NEGATIONS.contains(lower(token));
  }

  static boolean isAuxiliary(Token token) {
    if (token.pos().equals("MD")) {
      return true;
    }
    String lemma = lemma(token);
    return token.isVerb() && (lemma.equals("have") || lemma.equals("be") || lemma.equals("do"));
  }

  static boolean isFiniteVerb(Token token) {
    String pos = token.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  /**
   * The first token of the noun phrase that ends just before {@code end}, looking no further back than
   * {@code floor}; -1 when the token before {@code end} cannot end a noun phrase. The phrase may carry
   * prepositional phrases and coordinated nouns: "U.S. military positions in Iraq and Syria".
   */
  static int nounPhraseStartBefore(Sentence sentence, int end, int floor) {
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
    while (start - 1 >= floor && last - start < MAX_PHRASE_TOKENS) {
      Token before = sentence.token(start - 1);
      if (!closed && isModifier(before) || (!closed && isParticipleModifier(sentence, start - 1))) {
        start--;
        closed = isDeterminer(before);
        continue;
      }
      boolean link =
          NOUN_LINKS.contains(lower(before)) && before.pos().equals("IN")
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

  /**
   * The end (exclusive) of the simple noun phrase that starts at {@code start}: modifiers up to the last
   * noun, without prepositional phrases. Returns {@code start} when no noun follows.
   */
  static int simpleNounPhraseEnd(Sentence sentence, int start, int ceiling) {
    int end = start;
    int lastNoun = -1;
    for (int i = start; i < ceiling && i - start < MAX_PHRASE_TOKENS; i++) {
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
   * The end (exclusive) of the noun phrase that starts at {@code start}, with at most two prepositional
   * phrases and coordinated proper nouns: "the expulsion of US forces".
   */
  static int nounPhraseEnd(Sentence sentence, int start, int ceiling) {
    int end = simpleNounPhraseEnd(sentence, start, ceiling);
    if (end == start) {
      return start;
    }
    for (int links = 0; links < 2 && end + 1 < ceiling; links++) {
      Token link = sentence.token(end);
      boolean joins =
          link.pos().equals("IN") && NOUN_LINKS.contains(lower(link))
              || link.pos().equals("CC") && lower(link).equals("and") && sentence.token(end + 1).isProperNoun();
      if (!joins) {
        break;
      }
      int next = simpleNounPhraseEnd(sentence, end + 1, ceiling);
      if (next == end + 1) {
        break;
      }
      end = next;
    }
    return end;
  }

  /**
   * The first token of the verb group whose main verb is at {@code verb}: auxiliaries, modals, adverbs
   * and negations before it.
   */
  static int verbGroupStart(Sentence sentence, int verb, int floor) {
    int start = verb;
    while (start - 1 >= floor) {
      Token before = sentence.token(start - 1);
      if (isAuxiliary(before) || before.pos().startsWith("RB") || isNegation(before)) {
        start--;
      } else {
        break;
      }
    }
    // Adverbs in front of the first auxiliary belong to the clause, not the verb group.
    while (start < verb && sentence.token(start).pos().startsWith("RB") && !isNegation(sentence.token(start))) {
      start++;
    }
    return start;
  }

  /** True when a negation stands between {@code from} (inclusive) and {@code to} (exclusive). */
  static boolean negated(Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isNegation(sentence.token(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isPunctuation(Token token) {
    String pos = token.pos();
    return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
        || pos.equals("-LRB-") || pos.equals("-RRB-") || isQuote(token);
  }

  static boolean isQuote(Token token) {
    String text = token.text();
    return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("``")
        || text.equals("''") || text.equals("‘") || text.equals("’") || text.equals("'")
        || token.pos().equals("``") || token.pos().equals("''");
  }

  static boolean isComma(Token token) {
    return token.text().equals(",");
  }
}
