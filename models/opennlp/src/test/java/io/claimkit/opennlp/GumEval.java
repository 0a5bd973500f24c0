package io.claimkit.opennlp;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Token;
import io.claimkit.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the backend on GUM's Wikinews documents (CoNLL-U): Penn tags against GUM's XPOS (the UD to Penn
 * translation alone, from gold UPOS and lemmas, and the whole backend on the rebuilt text), and entity
 * precision and recall per type. A gold entity is a GUM person, organization or place mention whose head
 * token (the last of GUM's minspan) is a proper noun; a found entity of the same type matches it when it covers that
 * head token. Not a test: a program.
 *
 * <p>Run as {@link OpenNlpBench} is, with {@code ../../../shared/data/gum-wikinews-conllu}; the system
 * property {@code gum.misses=true} lists misses and false alarms, {@code gum.tag=VBN} translation errors on
 * one gold tag.
 */
public final class GumEval {

  private static final Map<String, EntityType> TYPES =
      Map.of("person", EntityType.PERSON, "organization", EntityType.ORGANIZATION, "place", EntityType.LOCATION);

  private record GoldToken(int begin, int end, String form, String upos, String xpos, String lemma) {}

  private record GoldEntity(EntityType type, int headBegin, int headEnd, String text) {}

  private GumEval() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/gum-wikinews-conllu");
    OpenNlpBackend backend = OpenNlpBackend.create(OpenNlpOptions.defaults());
    int mapped = 0;
    int mappedRight = 0;
    int aligned = 0;
    int alignedRight = 0;
    int goldTokens = 0;
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp of found, found, tp of gold, gold
    Map<String, Integer> confusions = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    for (Path file : files) {
      StringBuilder text = new StringBuilder();
      List<GoldToken> tokens = new ArrayList<>();
      List<GoldEntity> entities = new ArrayList<>();
      List<List<Integer>> sentences = new ArrayList<>();
      read(Files.readAllLines(file), text, tokens, entities, sentences);
      // The translation alone, sentence by sentence, from gold UD tags and lemmas.
      for (List<Integer> sentence : sentences) {
        List<String> words = sentence.stream().map(i -> tokens.get(i).form()).toList();
        List<String> upos = sentence.stream().map(i -> tokens.get(i).upos()).toList();
        List<String> lemmas = sentence.stream().map(i -> tokens.get(i).lemma()).toList();
        String[] penn = UposToPenn.tags(words, upos, lemmas);
        for (int k = 0; k < penn.length; k++) {
          String gold = tokens.get(sentence.get(k)).xpos();
          mapped++;
          if (same(penn[k], gold)) {
            mappedRight++;
          } else {
            confusions.merge(upos.get(k) + " " + gold + "->" + penn[k], 1, Integer::sum);
            if (gold.equals(System.getProperty("gum.tag"))) {
              int from = Math.max(0, k - 4);
              System.out.println("TAG " + String.join(" ", words.subList(from, k)) + " [" + words.get(k) + "/"
                  + penn[k] + "] " + String.join(" ", words.subList(k + 1, Math.min(words.size(), k + 3))));
            }
          }
        }
      }
      Analysis analysis = backend.analyze(Document.of(file.getFileName().toString(), text.toString()));
      Map<Long, Token> byOffsets = new HashMap<>();
      for (Token t : analysis.tokens()) {
        byOffsets.put(((long) t.begin() << 32) | t.end(), t);
      }
      goldTokens += tokens.size();
      for (GoldToken g : tokens) {
        Token t = byOffsets.get(((long) g.begin() << 32) | g.end());
        if (t != null) {
          aligned++;
          alignedRight += same(t.pos(), g.xpos()) ? 1 : 0;
        }
      }
      List<EntityMention> found = analysis.mentions(EntityMention.class);
      for (EntityType type : TYPES.values()) {
        int[] c = counts.computeIfAbsent(type, k -> new int[4]);
        for (EntityMention e : found) {
          if (e.type() == type) {
            c[1]++;
            if (entities.stream().anyMatch(g -> g.type() == type && covers(e, g))) {
              c[0]++;
            } else if (Boolean.getBoolean("gum.misses")) {
              String as = entities.stream().filter(g -> covers(e, g)).map(g -> g.text() + "/" + g.type())
                  .findFirst().orElse("-");
              System.out.println("FALSE " + type + " " + e.text() + " gold " + as);
            }
          }
        }
        for (GoldEntity g : entities) {
          if (g.type() == type) {
            c[3]++;
            if (found.stream().anyMatch(e -> e.type() == type && covers(e, g))) {
              c[2]++;
            } else if (Boolean.getBoolean("gum.misses")) {
              String as = found.stream().filter(e -> covers(e, g)).map(e -> e.text() + "/" + e.type())
                  .findFirst().orElse("-");
              System.out.println("MISS " + type + " " + g.text() + " as " + as);
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d documents, %d gold tokens%n", files.size(), goldTokens);
    System.out.printf(Locale.ROOT, "UD->Penn from gold UPOS and lemmas: %.1f%% of %d tokens%n",
        100.0 * mappedRight / mapped, mapped);
    System.out.printf(Locale.ROOT, "backend Penn tags: %.1f%% of %d tokens aligned with gold (%.1f%% aligned)%n",
        100.0 * alignedRight / aligned, aligned, 100.0 * aligned / goldTokens);
    System.out.println("most frequent translation errors (UPOS gold->ours):");
    confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
        .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    System.out.println("entities (a found entity matches a gold one of its type when it covers its head):");
    for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
      double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
      System.out.printf(Locale.ROOT, "  %-12s P %.2f (%d/%d)  R %.2f (%d/%d)  F1 %.2f%n",
          e.getKey(), p, c[0], c[1], r, c[2], c[3], p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** GUM's -LRB- and HYPH are Penn too; PTB's "NNP" for a word GUM calls "NNPS" counts as a miss. */
  private static boolean same(String ours, String gold) {
    return ours.equals(gold);
  }

  private static boolean covers(EntityMention e, GoldEntity g) {
    return e.begin() <= g.headBegin() && g.headEnd() <= e.end();
  }

  /** Rebuilds the text (SpaceAfter, paragraphs at newpar) and reads tokens and named entities. */
  private static void read(List<String> lines, StringBuilder text, List<GoldToken> tokens,
      List<GoldEntity> entities, List<List<Integer>> sentences) {
    Deque<Object[]> open = new ArrayDeque<>(); // {id, type, headIndex (1-based in mention), first token}
    List<Integer> sentence = new ArrayList<>();
    boolean rangeNoSpace = false;
    int rangeEnd = -1;
    boolean rangeSpaceAfter = true;
    for (String line : lines) {
      if (line.startsWith("# newpar") && !line.startsWith("# newpar_") && text.length() > 0) {
        trimEnd(text);
        text.append("\n\n");
      }
      if (line.isBlank()) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols[0].contains("-")) {
        String[] range = cols[0].split("-");
        rangeEnd = Integer.parseInt(range[1]);
        rangeNoSpace = true;
        rangeSpaceAfter = !cols[9].contains("SpaceAfter=No");
        continue;
      }
      if (cols[0].contains(".")) {
        continue;
      }
      int id = Integer.parseInt(cols[0]);
      int begin = text.length();
      text.append(cols[1]);
      int index = tokens.size();
      tokens.add(new GoldToken(begin, text.length(), cols[1], cols[3], cols[4], cols[2]));
      sentence.add(index);
      boolean space;
      if (rangeNoSpace && id < rangeEnd) {
        space = false;
      } else if (rangeNoSpace && id == rangeEnd) {
        space = rangeSpaceAfter;
        rangeNoSpace = false;
      } else {
        space = !cols[9].contains("SpaceAfter=No");
      }
      if (space) {
        text.append(' ');
      }
      entityMarks(cols[9], index, tokens, text, open, entities);
    }
    trimEnd(text);
  }

  private static void entityMarks(String misc, int index, List<GoldToken> tokens, StringBuilder text,
      Deque<Object[]> open, List<GoldEntity> entities) {
    String entity = Arrays.stream(misc.split("\\|")).filter(f -> f.startsWith("Entity=")).findFirst()
        .map(f -> f.substring(7)).orElse("");
    int i = 0;
    while (i < entity.length()) {
      char c = entity.charAt(i);
      if (c == '(') {
        int j = i + 1;
        while (j < entity.length() && entity.charAt(j) != '(' && entity.charAt(j) != ')') {
          j++;
        }
        String[] fields = entity.substring(i + 1, j).split("-", 8);
        String[] minspan = fields.length > 5 ? fields[5].split(",") : new String[] {"1"};
        int head = Integer.parseInt(minspan[minspan.length - 1]); // English heads are final: "Barack Obama
        Object[] mention = {fields[0], fields[1], head, index};
        if (j < entity.length() && entity.charAt(j) == ')') {
          close(mention, index, tokens, entities);
          j++;
        } else {
          open.push(mention);
        }
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < entity.length() && entity.charAt(j) != ')') {
          j++;
        }
        String id = entity.substring(i, j);
        for (Object[] m : open) {
          if (m[0].equals(id)) {
            open.remove(m);
            close(m, index, tokens, entities);
            break;
          }
        }
        i = j + 1;
      } else {
        i++;
      }
    }
  }

  private static void close(Object[] m, int last, List<GoldToken> tokens, List<GoldEntity> entities) {
    EntityType type = TYPES.get((String) m[1]);
    int first = (int) m[3];
    int headIndex = Math.min(last, first + (int) m[2] - 1);
    GoldToken head = tokens.get(headIndex);
    if (type != null && head.upos().equals("PROPN")) {
      entities.add(new GoldEntity(type, head.begin(), head.end(), head.form()));
    }
  }

  private static void trimEnd(StringBuilder text) {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }
}
