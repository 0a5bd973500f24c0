package io.claimkit.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon of phrases matched over {@link TextPieces}: "at least", "per cent", "US$", "°C". A phrase is
 * keyed by its pieces joined as written (glued pieces without a space, others with one), so "US$" matches
 * only when glued and "at least" with any whitespace between. Phrases no longer than the case-sensitivity
 * limit ("USD", "mg", "MW") match case-sensitively, longer ones ignoring case. Immutable once built.
 */
final class PhraseTable<V> {

  /** A match: the value and the index just after the last piece matched. */
  record Match<V>(V value, int from, int to) {}

  private final int caseSensitiveUpTo;
  private final Map<String, V> exact = new HashMap<>();
  private final Map<String, V> folded = new HashMap<>();
  /** Every phrase and every run of its first pieces, lowercased: a match grows only while it is one. */
  private final Set<String> prefixes = new HashSet<>();
  private int maxPieces;

  PhraseTable(int caseSensitiveUpTo) {
    this.caseSensitiveUpTo = caseSensitiveUpTo;
  }

  PhraseTable<V> copy() {
    PhraseTable<V> copy = new PhraseTable<>(caseSensitiveUpTo);
    copy.exact.putAll(exact);
    copy.folded.putAll(folded);
    copy.prefixes.addAll(prefixes);
    copy.maxPieces = maxPieces;
    return copy;
  }

  void put(String phrase, V value) {
    String trimmed = phrase.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    TextPieces pieces = TextPieces.of(trimmed, 0, trimmed.length());
    String key = key(pieces, 0, pieces.size());
    if (key.length() <= caseSensitiveUpTo) {
      exact.put(key, value);
    } else {
      folded.put(key.toLowerCase(Locale.ROOT), value);
    }
    for (int end = 1; end <= pieces.size(); end++) {
      prefixes.add(key(pieces, 0, end).toLowerCase(Locale.ROOT));
    }
    maxPieces = Math.max(maxPieces, pieces.size());
  }

  /** Every value in the table, once each. */
  Set<V> values() {
    Set<V> all = new HashSet<>(exact.values());
    all.addAll(folded.values());
    return all;
  }

  /** The value of a phrase exactly as written, or null. */
  V get(String phrase) {
    V value = exact.get(phrase);
    return value != null ? value : folded.get(phrase.toLowerCase(Locale.ROOT));
  }

  /** The longest phrase that starts at piece {@code from}, or null. */
  Match<V> matchAt(TextPieces pieces, int from) {
    Match<V> best = null;
    StringBuilder key = new StringBuilder();
    for (int to = from + 1; to <= Math.min(pieces.size(), from + maxPieces); to++) {
      append(key, pieces, to - 1, to - 1 > from);
      String written = key.toString();
      String lower = written.toLowerCase(Locale.ROOT);
      if (!prefixes.contains(lower)) {
        break; // no phrase starts this way, nor does a longer one
      }
      V value = lookup(written, lower);
      if (value != null) {
        best = new Match<>(value, from, to);
      }
    }
    return best;
  }

  /**
   * The longest phrase that ends with piece {@code to - 1} and starts at or after {@code lowest}, or null.
   * The phrase must start a word: its first piece may not be glued to a letter or digit before it.
   */
  Match<V> matchEndingAt(TextPieces pieces, int to, int lowest) {
    Match<V> best = null;
    for (int from = to - 1; from >= Math.max(lowest, to - maxPieces); from--) {
      if (pieces.glued(from) && pieces.kind(from - 1) != TextPieces.Kind.SYMBOL) {
        continue;
      }
      String written = key(pieces, from, to);
      V value = lookup(written, written.toLowerCase(Locale.ROOT));
      if (value != null) {
        best = new Match<>(value, from, to);
      }
    }
    return best;
  }

  private V lookup(String written, String lower) {
    V value = written.length() <= caseSensitiveUpTo ? exact.get(written) : null;
    return value != null ? value : folded.get(lower);
  }

  private static String key(TextPieces pieces, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      append(key, pieces, i, i > from);
    }
    return key.toString();
  }

  private static void append(StringBuilder key, TextPieces pieces, int i, boolean notFirst) {
    if (notFirst && !pieces.glued(i)) {
      key.append(' ');
    }
    key.append(pieces.source(), pieces.begin(i), pieces.end(i));
  }
}
