package io.claimkit.opennlp;

import io.claimkit.text.Span;
import java.util.List;
import java.util.Locale;

/**
 * Splits the multiword tokens of OpenNLP's UD-EWT models. Its tokenizer keeps "Iraq's", "they've" and
 * "don't" whole and its tagger gives them a compound tag ("PROPN+PART", "PRON+AUX", "AUX+PART"); Penn
 * tokens split them ("Iraq" "'s"), so the possessive and the auxiliary get tags of their own. The split is
 * made in the word itself, so both parts keep exact offsets.
 */
final class MultiwordTokens {

  private MultiwordTokens() {}

  /**
   * Appends the parts of one token to the output lists.
   *
   * @param begin the token's begin in the raw text
   */
  static void split(
      String word, String tag, int begin, List<Span> spans, List<String> words, List<String> tags) {
    // "Iranian-" "backed", "Israel" "-Gaza": the tokenizer leaves a hyphen on a word's edge; detach it.
    if (word.length() > 1 && isHyphen(word.charAt(word.length() - 1)) && !tag.contains("+")) {
      split(word.substring(0, word.length() - 1), tag, begin, spans, words, tags);
      add(spans, words, tags, begin + word.length() - 1, word.substring(word.length() - 1), "PUNCT");
      return;
    }
    if (word.length() > 1 && isHyphen(word.charAt(0)) && !tag.contains("+")) {
      add(spans, words, tags, begin, word.substring(0, 1), "PUNCT");
      split(word.substring(1), tag, begin + 1, spans, words, tags);
      return;
    }
    String[] parts = tag.split("\\+");
    if (parts.length == 1 && (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ"))
        && endsWithPossessive(word)) {
      // "military’s", "Scientology's": the tokenizer and tagger missed a possessive
      parts = new String[] {tag.equals("ADJ") ? "PROPN" : tag, "PART"};
    }
    int cut = parts.length < 2 ? -1 : cutPoint(word);
    if (cut <= 0 || cut >= word.length()) {
      spans.add(new Span(begin, begin + word.length()));
      words.add(word);
      tags.add(parts.length == 0 ? tag : parts[0]);
      return;
    }
    String head = String.join("+", java.util.Arrays.copyOf(parts, parts.length - 1));
    split(word.substring(0, cut), head, begin, spans, words, tags);
    spans.add(new Span(begin + cut, begin + word.length()));
    words.add(word.substring(cut));
    tags.add(parts[parts.length - 1]);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '–';
  }

  private static void add(
      List<Span> spans, List<String> words, List<String> tags, int begin, String word, String tag) {
    spans.add(new Span(begin, begin + word.length()));
    words.add(word);
    tags.add(tag);
  }

  private static boolean endsWithPossessive(String word) {
    int n = word.length();
    return n > 2 && (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S") || word.endsWith("’S"));
  }

  /** Where the last part of a contracted word begins: "do|n't", "they|'ve", "Iraq|'s", "can|not", or -1. */
  static int cutPoint(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("n't") || lower.endsWith("n’t")) {
      return word.length() - 3;
    }
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
    if (apostrophe > 0) {
      return apostrophe;
    }
    if (lower.equals("cannot")) {
      return 3;
    }
    if (lower.equals("gonna") || lower.equals("wanna") || lower.equals("gotta")) {
      return 3;
    }
    return -1;
  }
}
