package io.claimkit.testing;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.quantity.QuantityLexicon;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: analyses built from Penn Treebank tags written by hand, so that tests say exactly which
 * parts of speech the recognizer sees. A tagged sentence is written "about/RB 2,500/CD U.S./NNP troops/NNS",
 * and a token whose lemma is not its lowercased form carries it after a bar: "said/VBD|say";
 * each token is found in the raw text from where the previous one ended, with only whitespace between, and
 * carries its real offsets. Text not covered by a tagged sentence gets a crude tokenization (digits "CD",
 * number words "CD", punctuation its PTB tag, every other word "NN"), as a tagger-less baseline.
 */
public final class TaggedText {

  private static final Pattern CRUDE_TOKEN = Pattern.compile(
      "\\d+(?:[.,/:]\\d+)*|[\\p{L}\\p{M}]+(?:\\.[\\p{L}\\p{M}]+)+\\.?|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)?|\\S");

  private TaggedText() {}

  /** A one-sentence document; the sentence may be all of {@code raw} or part of it. */
  public static Analysis sentence(String raw, String tagged, Mention... mentions) {
    return document(Document.of("test", raw), List.of(mentions), tagged);
  }

  /**
   * The one sentence of a tagged text whose raw text is its words joined by single spaces:
   * {@code TaggedText.words("The/DT mayor/NN said/VBD|say ./.")} stands for "The mayor said .".
   */
  public static Sentence words(String tagged) {
    StringBuilder raw = new StringBuilder();
    for (String[] pair : pairs(tagged)) {
      raw.append(raw.length() == 0 ? "" : " ").append(pair[0]);
    }
    return sentence(raw.toString(), tagged).sentences().get(0);
  }

  /** A document whose tagged sentences are given in order; the rest of the text is tokenized crudely. */
  public static Analysis document(Document doc, List<Mention> mentions, String... taggedSentences) {
    String raw = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    int cursor = 0;
    for (String tagged : taggedSentences) {
      List<String[]> pairs = pairs(tagged);
      int start = locate(raw, cursor, pairs);
      crude(raw, cursor, start, sentences);
      List<Token> tokens = align(raw, start, pairs);
      sentences.add(new Sentence(sentences.size(), tokens.get(0).span().union(tokens.get(tokens.size() - 1).span()),
          tokens));
      cursor = tokens.get(tokens.size() - 1).end();
    }
    crude(raw, cursor, raw.length(), sentences);
    return new Analysis(doc, sentences, mentions);
  }

  /** The whole document tokenized crudely, with no mentions. */
  public static Analysis crude(Document doc) {
    List<Sentence> sentences = new ArrayList<>();
    crude(doc.text(), 0, doc.text().length(), sentences);
    return new Analysis(doc, sentences, List.of());
  }

  /** The span of the {@code occurrence}-th (from 1) occurrence of {@code text} in {@code raw}. */
  public static Span find(String raw, String text, int occurrence) {
    int at = -1;
    for (int k = 0; k < occurrence; k++) {
      at = raw.indexOf(text, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + occurrence + " of " + text);
      }
    }
    return new Span(at, at + text.length());
  }

  private static List<String[]> pairs(String tagged) {
    List<String[]> pairs = new ArrayList<>();
    for (String item : tagged.trim().split("\\s+")) {
      int slash = item.lastIndexOf('/');
      if (slash <= 0 || slash == item.length() - 1) {
        throw new IllegalArgumentException("not word/TAG: " + item);
      }
      String tag = item.substring(slash + 1);
      int bar = tag.indexOf('|');
      String word = item.substring(0, slash);
      String lemma = bar < 0 ? word.toLowerCase(Locale.ROOT) : tag.substring(bar + 1);
      pairs.add(new String[] {word, bar < 0 ? tag : tag.substring(0, bar), lemma});
    }
    return pairs;
  }

  /** The first offset at or after {@code from} where the tagged tokens follow one another in the text. */
  private static int locate(String raw, int from, List<String[]> pairs) {
    for (int at = raw.indexOf(pairs.get(0)[0], from); at >= 0; at = raw.indexOf(pairs.get(0)[0], at + 1)) {
      if (alignsAt(raw, at, pairs)) {
        return at;
      }
    }
    throw new IllegalArgumentException("tagged sentence not in the text: " + pairs.get(0)[0] + "...");
  }

  private static boolean alignsAt(String raw, int at, List<String[]> pairs) {
    int offset = at;
    for (String[] pair : pairs) {
      while (offset < raw.length() && Character.isWhitespace(raw.charAt(offset)) && offset > at) {
        offset++;
      }
      if (!raw.startsWith(pair[0], offset)) {
        return false;
      }
      offset += pair[0].length();
    }
    return true;
  }

  private static List<Token> align(String raw, int at, List<String[]> pairs) {
    List<Token> tokens = new ArrayList<>();
    int offset = at;
    for (String[] pair : pairs) {
      while (offset < raw.length() && Character.isWhitespace(raw.charAt(offset))) {
        offset++;
      }
      Span span = new Span(offset, offset + pair[0].length());
      tokens.add(new Token(span, pair[0], pair[1], pair[2]));
      offset = span.end();
    }
    return tokens;
  }

  private static void crude(String raw, int from, int to, List<Sentence> sentences) {
    Matcher m = CRUDE_TOKEN.matcher(raw).region(from, to);
    List<Token> tokens = new ArrayList<>();
    int lastEnd = from;
    while (m.find()) {
      if (!tokens.isEmpty() && raw.substring(lastEnd, m.start()).contains("\n")) {
        close(tokens, sentences);
      }
      String text = m.group();
      tokens.add(new Token(new Span(m.start(), m.end()), text, crudeTag(text), text.toLowerCase(Locale.ROOT)));
      lastEnd = m.end();
      if (text.equals(".") || text.equals("!") || text.equals("?")) {
        close(tokens, sentences);
      }
    }
    close(tokens, sentences);
  }

  private static void close(List<Token> tokens, List<Sentence> sentences) {
    if (!tokens.isEmpty()) {
      Span span = tokens.get(0).span().union(tokens.get(tokens.size() - 1).span());
      sentences.add(new Sentence(sentences.size(), span, tokens));
      tokens.clear();
    }
  }

  /** "CD" for digits and number words, the PTB tag of common punctuation, "NN" for any other word. */
  public static String crudeTag(String text) {
    if (text.chars().anyMatch(Character::isDigit) || QuantityLexicon.defaults().isNumeral(text)) {
      return "CD";
    }
    if (Character.isLetter(text.codePointAt(0))) {
      return "NN";
    }
    return switch (text) {
      case ".", "!", "?" -> ".";
      case ",", ";", ":" -> text.equals(",") ? "," : ":";
      case "(" -> "-LRB-";
      case ")" -> "-RRB-";
      case "\"", "“", "”" -> "``";
      default -> "SYM";
    };
  }
}
