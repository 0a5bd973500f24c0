package io.claimkit.compare.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives the compact lexical resource {@code io/claimkit/compare/lexical-relations.tsv.gz} from WordNet 3.1
 * (through extJWNL, test scope only). Run from the repository root after a test compile:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/cp.txt) \
 *     io.claimkit.compare.tools.WordNetRelationsGenerator core/src/main/resources/io/claimkit/compare/lexical-relations.tsv.gz
 * </pre>
 *
 * <p>One line per single-word lemma of a noun, verb or adjective, and per irregular form of the exception
 * lists ("people", "fled"), which also carries its base's senses: {@code word TAB senses TAB hypernyms TAB links TAB antonyms}. Senses are
 * the word's commonest synsets (the first {@value #SENSES} per part of speech, WordNet's frequency order); hypernyms are the
 * synsets a sense reaches up to {@value #HYPERNYM_DEPTH} steps up, leaving out those nearer than
 * {@value #MIN_DEPTH} steps to a root ("entity", "object", "group" say nothing); links are member holonyms
 * (soldier, troops), the verbs a sense causes or entails (kill, die), the verbs a noun derives from (death,
 * die), and for an adjective its nouns, attributes and like adjectives with their verbs (dead, slain, slay); antonyms are the senses a sense is the
 * opposite of (rise, fall; increase, decrease). Synsets are written as base-36 numbers of offset * 4 + part of speech.
 */
public final class WordNetRelationsGenerator {

  static final int SENSES = 3;
  static final int HYPERNYM_DEPTH = 3;
  static final int MIN_DEPTH = 3;
  private static final POS[] PARTS = {POS.NOUN, POS.VERB, POS.ADJECTIVE};

  private final Map<Synset, Integer> depths = new HashMap<>();

  public static void main(String[] args) throws JWNLException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "lexical-relations.tsv.gz");
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Map<String, Set<String>[]> entries = new WordNetRelationsGenerator().derive(dictionary);
    try (OutputStream file = Files.newOutputStream(out);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
      w.write("# Derived from WordNet 3.1 (Princeton University, WordNet licence) by WordNetRelationsGenerator.\n");
      w.write("# word TAB senses TAB hypernyms TAB links TAB antonyms; synsets as base-36 offset*4+pos. See docs/compare.md.\n");
      // The WordNet licence asks that its notice appear on all copies, modifications included.
      for (String line : wordNetLicence(dictionary)) {
        w.write("# " + line + "\n");
      }
      for (Map.Entry<String, Set<String>[]> e : entries.entrySet()) {
        Set<String>[] v = e.getValue();
        w.write(e.getKey() + "\t" + String.join(" ", v[0]) + "\t" + String.join(" ", v[1]) + "\t" + String.join(" ", v[2])
            + "\t" + String.join(" ", v[3]) + "\n");
      }
    }
    System.err.println(entries.size() + " words written to " + out);
  }

  /** The licence WordNet's data files open with (the first synset's offset is where the data begins). */
  private static List<String> wordNetLicence(Dictionary dictionary) throws IOException {
    List<String> lines = new ArrayList<>();
    try (java.io.InputStream in = Dictionary.class.getResourceAsStream("/net/sf/extjwnl/data/wordnet/wn31/data.noun")) {
      java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null && line.startsWith("  ")) {
        lines.add(line.strip().replaceFirst("^\\d+ ?", ""));
      }
    }
    return lines;
  }

  @SuppressWarnings("unchecked")
  Map<String, Set<String>[]> derive(Dictionary dictionary) throws JWNLException {
    Map<String, Set<String>[]> entries = new TreeMap<>();
    for (POS pos : PARTS) {
      for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
        IndexWord word = it.next();
        String lemma = word.getLemma();
        if (!lemma.matches("[a-z][a-z'-]*")) {
          continue;
        }
        List<Synset> senses = commonSenses(word);
        Set<String>[] entry = entries.computeIfAbsent(lemma, k -> newEntry());
        for (Synset sense : senses) {
          entry[0].add(id(sense));
          for (Synset up : hypernyms(sense)) {
            entry[1].add(id(up));
          }
          for (Synset linked : links(sense)) {
            entry[2].add(id(linked));
          }
          for (Pointer p : sense.getPointers()) {
            if (p.getType() == PointerType.ANTONYM) {
              entry[3].add(id(p.getTargetSynset()));
            }
          }
        }
      }
    }
    // Irregular forms ("people", "fled", "rose") carry the senses of their base forms as well as their own.
    for (POS pos : PARTS) {
      for (Iterator<net.sf.extjwnl.data.Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
        net.sf.extjwnl.data.Exc exc = it.next();
        String form = exc.getLemma();
        if (!form.matches("[a-z][a-z'-]*")) {
          continue;
        }
        for (String base : exceptionBases(exc)) {
          Set<String>[] of = entries.get(base);
          if (of != null && !base.equals(form)) {
            Set<String>[] entry = entries.computeIfAbsent(form, k -> newEntry());
            for (int i = 0; i < entry.length; i++) {
              entry[i].addAll(of[i]);
            }
          }
        }
      }
    }
    // WordNet lists "people" as a noun of its own (a group), not as the plural it is in "40 people were killed".
    Set<String>[] people = entries.get("people");
    Set<String>[] person = entries.get("person");
    for (int i = 0; i < people.length; i++) {
      people[i].addAll(person[i]);
    }
    entries.values().forEach(e -> {
      e[1].removeAll(e[0]);
      e[2].removeAll(e[0]);
    });
    return entries;
  }

  /** The base forms of an exception entry ("fled" -> "flee"). */
  private static List<String> exceptionBases(net.sf.extjwnl.data.Exc exc) {
    return exc.getExceptions();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Set<String>[] newEntry() {
    return new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()};
  }

  /** The first senses, which WordNet orders by their frequency in its sense-tagged corpus. */
  private static List<Synset> commonSenses(IndexWord word) {
    List<Synset> senses = word.getSenses();
    return senses.subList(0, Math.min(SENSES, senses.size()));
  }

  /** Hypernyms up to {@value #HYPERNYM_DEPTH} steps, none too near a root to say anything. */
  private Set<Synset> hypernyms(Synset sense) throws JWNLException {
    Set<Synset> related = new LinkedHashSet<>();
    List<Synset> frontier = List.of(sense);
    for (int step = 0; step < HYPERNYM_DEPTH; step++) {
      List<Synset> next = new ArrayList<>();
      for (Synset s : frontier) {
        for (Pointer p : s.getPointers()) {
          if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
            Synset up = p.getTargetSynset();
            if (up.getPOS() != POS.NOUN || depth(up) >= MIN_DEPTH) {
              next.add(up);
            }
          }
        }
      }
      related.addAll(next);
      frontier = next;
    }
    return related;
  }

  /**
   * The group a member belongs to, what a verb causes or entails, the verbs a noun derives from, and for an
   * adjective the nouns it derives from or names an attribute of, the adjectives like it and the verbs those
   * derive from ("dead" -> "slain" -> "slay").
   */
  private static Set<Synset> links(Synset sense) throws JWNLException {
    Set<Synset> related = new LinkedHashSet<>();
    for (Pointer p : sense.getPointers()) {
      PointerType t = p.getType();
      boolean toVerb = p.getTargetPOS() == POS.VERB;
      if (t == PointerType.MEMBER_HOLONYM || t == PointerType.CAUSE || t == PointerType.ENTAILMENT
          || (t == PointerType.DERIVATION && toVerb && sense.getPOS() != POS.VERB)) {
        related.add(p.getTargetSynset());
      } else if (sense.getPOS() == POS.ADJECTIVE && (t == PointerType.DERIVATION || t == PointerType.ATTRIBUTE
          || t == PointerType.PARTICIPLE_OF || t == PointerType.SIMILAR_TO)) {
        Synset near = p.getTargetSynset();
        related.add(near);
        for (Pointer q : near.getPointers()) {
          PointerType u = q.getType();
          if ((u == PointerType.DERIVATION || u == PointerType.PARTICIPLE_OF) && q.getTargetPOS() == POS.VERB) {
            related.add(q.getTargetSynset());
          }
        }
      }
    }
    return related;
  }

  /** The fewest hypernym steps from the synset to a root. */
  private int depth(Synset synset) throws JWNLException {
    Integer known = depths.get(synset);
    if (known != null) {
      return known;
    }
    depths.put(synset, 0);
    int best = Integer.MAX_VALUE;
    for (Pointer p : synset.getPointers()) {
      if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
        best = Math.min(best, depth(p.getTargetSynset()) + 1);
      }
    }
    int depth = best == Integer.MAX_VALUE ? 0 : best;
    depths.put(synset, depth);
    return depth;
  }

  private static String id(Synset s) {
    int pos = s.getPOS() == POS.NOUN ? 0 : s.getPOS() == POS.VERB ? 1 : s.getPOS() == POS.ADJECTIVE ? 2 : 3;
    return Long.toString(s.getOffset() * 4 + pos, 36);
  }
}
