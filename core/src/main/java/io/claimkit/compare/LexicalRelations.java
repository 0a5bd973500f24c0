package io.claimkit.compare;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How two words relate in meaning, from {@code lexical-relations.tsv.gz}: a compact resource derived from
 * WordNet 3.1 by {@code WordNetRelationsGenerator} (a program in core's test sources, see docs/compare.md).
 * Each word has its commonest senses and the senses they reach: hypernyms a few steps up, the group a member
 * belongs to, what a verb causes or entails, the verb a noun or adjective derives from.
 *
 * <p>Two words are {@link Kinship#SYNONYM synonyms} when they share a sense ("troops", "soldiery"), and
 * {@link Kinship#RELATED related} when a sense of one is reached from a sense of the other ("residents" reach
 * "person", "killed" reaches "die"), and {@link Kinship#ASSOCIATED associated} when both reach one sense through
 * a cause, derivation or group ("deaths" and "killed" both reach "die"). Words sharing only an ancestor are
 * unrelated. Words with a sense each that WordNet calls antonyms are {@link Kinship#OPPOSITE opposites}
 * ("rose", "fell"), which outranks any other kinship. The resource is read once, on first use; the class is thread-safe.
 */
final class LexicalRelations {

  static final String RESOURCE = "lexical-relations.tsv.gz";

  /** How two words relate. */
  enum Kinship {
    /** The same word. */
    SAME,
    /** A shared sense. */
    SYNONYM,
    /** One reaches the other through a hypernym, a member's group, a cause, an entailment or a derivation. */
    RELATED,
    /** Both reach one sense through a link: "deaths" and "killed" both reach "die". */
    ASSOCIATED,
    /** Opposites: a sense of one is an antonym of a sense of the other ("rose", "fell"). */
    OPPOSITE,
    /** None of those, or a word the resource does not know. */
    NONE;

    boolean atLeast(Kinship other) {
      return ordinal() <= other.ordinal();
    }
  }

  private record Entry(int[] senses, int[] hypernyms, int[] links, int[] antonyms) {}

  private static final class Holder {
    static final Map<String, Entry> ENTRIES = load();
  }

  private LexicalRelations() {}

  /**
   * How the two words relate; each word is looked up as written, lower-cased, and by the given lemma (either
   * lemma may be null), so that "people" also reads as "person" where the backend lemmatizes it so.
   */
  static Kinship between(String x, String lemmaX, String y, String lemmaY) {
    String wx = x.toLowerCase(Locale.ROOT);
    String wy = y.toLowerCase(Locale.ROOT);
    String lx = lemmaX == null ? wx : lemmaX.toLowerCase(Locale.ROOT);
    String ly = lemmaY == null ? wy : lemmaY.toLowerCase(Locale.ROOT);
    if (wx.equals(wy) || lx.equals(ly) || lx.equals(wy) || wx.equals(ly)) {
      return Kinship.SAME;
    }
    java.util.List<Entry> ex = entries(wx, lx);
    java.util.List<Entry> ey = entries(wy, ly);
    Kinship best = Kinship.NONE;
    for (Entry a : ex) {
      for (Entry b : ey) {
        if (intersects(a.senses, b.antonyms) || intersects(b.senses, a.antonyms)) {
          return Kinship.OPPOSITE;
        }
        if (intersects(a.senses, b.senses)) {
          return Kinship.SYNONYM;
        }
        if (reaches(a, b) || reaches(b, a)) {
          best = Kinship.RELATED;
        } else if (best.ordinal() > Kinship.ASSOCIATED.ordinal() && intersects(a.links, b.links)) {
          best = Kinship.ASSOCIATED;
        }
      }
    }
    return best;
  }

  /** Whether the resource knows the word, as written or by a plain inflection. */
  static boolean knows(String word) {
    return !entries(word.toLowerCase(Locale.ROOT), null).isEmpty();
  }

  /** The entries of the word as written, of its lemma and of what plain English endings leave of it. */
  private static java.util.List<Entry> entries(String word, String lemma) {
    java.util.List<Entry> found = new java.util.ArrayList<>(3);
    add(found, word);
    if (lemma != null && !lemma.equals(word)) {
      add(found, lemma);
    }
    // A form that is a word of its own ("wounded", "displaced") is also read as the inflection it may be.
    for (String base : Inflections.bases(word)) {
      if (add(found, base)) {
        break;
      }
    }
    return found;
  }

  private static boolean add(java.util.List<Entry> found, String word) {
    Entry e = Holder.ENTRIES.get(word);
    if (e != null && !found.contains(e)) {
      found.add(e);
      return true;
    }
    return false;
  }

  private static boolean reaches(Entry a, Entry b) {
    return intersects(a.senses, b.hypernyms) || intersects(a.senses, b.links);
  }

  private static boolean intersects(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private static Map<String, Entry> load() {
    try (InputStream raw = LexicalRelations.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "missing lexical resource " + RESOURCE);
      }
      BufferedReader in = new BufferedReader(
          new InputStreamReader(new java.util.zip.GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      Map<String, Entry> entries = new HashMap<>(1 << 17);
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        entries.put(f[0], new Entry(ids(f[1]), ids(f[2]), ids(f[3]), ids(f[4])));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] ids(String field) {
    if (field.isEmpty()) {
      return new int[0];
    }
    String[] parts = field.split(" ");
    int[] ids = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ids[i] = Integer.parseInt(parts[i], 36);
    }
    Arrays.sort(ids);
    return ids;
  }
}
