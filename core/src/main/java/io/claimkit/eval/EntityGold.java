package io.claimkit.eval;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.EntityType;
import io.claimkit.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One document of GUM's CoNLL-U ({@code Entity=} mentions) read as gold names: the text rebuilt from the
 * tokens, the tokens of each sentence, and the named persons, organizations and places with ClaimKit's span
 * conventions.
 *
 * <p>The text joins tokens with one space unless {@code SpaceAfter=No} says otherwise, and paragraphs
 * ({@code # newpar}) with a blank line. A GUM mention of type {@code person}, {@code organization} or
 * {@code place} is a name when its head (the token whose syntactic head lies outside the mention) is a proper
 * noun (or, when it is not, the last word of GUM's minimal span is: "Facebook creator Mark Zuckerberg"). Its name span is the run of name words around that head: capitalized words and numbers, with "of",
 * "the", "and", "for", "de", "&amp;", "-" and "." inside it when a name word follows within the mention. A
 * descriptor (a dependent marked {@code nmod:desc}, as "U.S. President" in "U.S. President Donald Trump") and a
 * leading determiner are outside the name, and a person's name holds no "of" ("Leung Yiu-chung of NWSC" is a person and an organization); a place after a comma ("Lyon, France") is a name of its own. Names
 * of one type on the same span count once.
 *
 * @param id        the document's id (the file name without {@code .conllu})
 * @param text      the rebuilt text; every span is a UTF-16 offset into it, end exclusive
 * @param sentences the tokens of each sentence, in text order
 * @param names     the gold names, in text order
 */
public record EntityGold(String id, String text, List<List<Span>> sentences, List<Name> names) {

  /** A gold name: its span, its text and its type (PERSON, ORGANIZATION or LOCATION). */
  public record Name(Span span, String text, EntityType type) {
    public Name {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
    }
  }

  private static final Map<String, EntityType> TYPES = Map.of(
      "person", EntityType.PERSON, "organization", EntityType.ORGANIZATION, "place", EntityType.LOCATION);
  private static final Set<String> INNER_WORDS = Set.of("of", "the", "and", "for", "de", "&", "-", ".");

  public EntityGold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    sentences = sentences.stream().map(List::copyOf).toList();
    names = List.copyOf(names);
  }

  /**
   * Reads every {@code .conllu} file of a folder, in file-name order.
   *
   * @throws ClaimKitException UNREADABLE when the folder or a file cannot be read, INVALID_ARGUMENT when a
   *     file is not CoNLL-U
   */
  public static List<EntityGold> readFolder(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, folder.toString(), "cannot list CoNLL-U folder", e);
    }
    List<EntityGold> documents = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        documents.add(parse(name.substring(0, name.length() - ".conllu".length()), lines));
      } catch (IOException e) {
        throw new ClaimKitException(ErrorKind.UNREADABLE, file.toString(), "cannot read CoNLL-U file", e);
      }
    }
    return documents;
  }

  /**
   * Reads one document from its CoNLL-U lines.
   *
   * @throws ClaimKitException INVALID_ARGUMENT when a token line has fewer than ten columns
   */
  public static EntityGold parse(String id, List<String> lines) {
    StringBuilder text = new StringBuilder();
    List<List<Span>> sentences = new ArrayList<>();
    Set<Name> names = new LinkedHashSet<>();
    List<Row> sentence = new ArrayList<>();
    int rangeEnd = -1;
    boolean rangeSpaceAfter = true;
    for (String line : lines) {
      if (line.isBlank()) {
        finish(id, sentence, text, sentences, names);
        sentence = new ArrayList<>();
        rangeEnd = -1;
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("# newpar") && !line.startsWith("# newpar_") && text.length() > 0) {
          trimEnd(text);
          text.append("\n\n");
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 10) {
        throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, id, "not a CoNLL-U token line: " + line);
      }
      if (cols[0].contains("-")) { // a multiword token ("Trump's"): its parts are written without spaces
        rangeEnd = Integer.parseInt(cols[0].substring(cols[0].indexOf('-') + 1));
        rangeSpaceAfter = !cols[9].contains("SpaceAfter=No");
        continue;
      }
      if (cols[0].contains(".")) {
        continue; // an empty node has no text
      }
      int index = Integer.parseInt(cols[0]);
      int begin = text.length();
      text.append(cols[1]);
      sentence.add(new Row(index, new Span(begin, text.length()), cols[1], cols[3],
          cols[6].equals("_") ? 0 : Integer.parseInt(cols[6]), cols[7], misc(cols[9], "Entity=")));
      boolean space;
      if (index < rangeEnd) {
        space = false;
      } else if (index == rangeEnd) {
        space = rangeSpaceAfter;
      } else {
        space = !cols[9].contains("SpaceAfter=No");
      }
      if (space) {
        text.append(' ');
      }
    }
    finish(id, sentence, text, sentences, names);
    trimEnd(text);
    String raw = text.toString();
    List<Name> sorted = names.stream()
        .sorted((a, b) -> a.span().compareTo(b.span()) != 0 ? a.span().compareTo(b.span())
            : a.type().compareTo(b.type()))
        .toList();
    return new EntityGold(id, raw, sentences, sorted);
  }

  private record Row(int index, Span span, String form, String upos, int head, String deprel, String entity) {}

  private record Open(String id, String type, int first, int minspanLast) {}

  private static void finish(String id, List<Row> rows, StringBuilder text, List<List<Span>> sentences,
      Set<Name> names) {
    if (rows.isEmpty()) {
      return;
    }
    sentences.add(rows.stream().map(Row::span).toList());
    List<Open> open = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      String entity = rows.get(k).entity();
      int i = 0;
      while (i < entity.length()) {
        char c = entity.charAt(i);
        if (c == '(') {
          int j = i + 1;
          while (j < entity.length() && entity.charAt(j) != '(' && entity.charAt(j) != ')') {
            j++;
          }
          String[] fields = entity.substring(i + 1, j).split("-", 7);
          String[] minspan = fields.length > 5 ? fields[5].split(",") : new String[0];
          int minspanLast = minspan.length == 0 || !minspan[minspan.length - 1].matches("\\d+") ? -1
              : k + Integer.parseInt(minspan[minspan.length - 1]) - 1;
          Open mention = new Open(fields[0], fields.length > 1 ? fields[1] : "", k, minspanLast);
          if (j < entity.length() && entity.charAt(j) == ')') {
            name(rows, mention, k, text, names);
            j++;
          } else {
            open.add(mention);
          }
          i = j;
        } else if (Character.isDigit(c)) {
          int j = i;
          while (j < entity.length() && entity.charAt(j) != ')' && entity.charAt(j) != '(') {
            j++;
          }
          String closing = entity.substring(i, j);
          for (int m = open.size() - 1; m >= 0; m--) {
            if (open.get(m).id().equals(closing)) {
              name(rows, open.remove(m), k, text, names);
              break;
            }
          }
          i = j < entity.length() && entity.charAt(j) == ')' ? j + 1 : j;
        } else {
          i++;
        }
      }
    }
    if (!open.isEmpty()) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, id, "unclosed entity " + open.get(0).id());
    }
  }

  /** Adds the name of a mention of rows first..last when it is a named person, organization or place. */
  private static void name(List<Row> rows, Open mention, int last, StringBuilder text, Set<Name> names) {
    EntityType type = TYPES.get(mention.type());
    if (type == null) {
      return;
    }
    int first = mention.first();
    int head = -1;
    for (int k = first; k <= last && head < 0; k++) {
      int h = rows.get(k).head();
      if (h == 0 || h < rows.get(first).index() || h > rows.get(last).index()) {
        head = k;
      }
    }
    if (head < 0 || !rows.get(head).upos().equals("PROPN")) {
      // "Facebook creator Mark Zuckerberg": the name is the last word of GUM's minimal span
      int minimal = Math.min(last, mention.minspanLast());
      if (minimal < first || !rows.get(minimal).upos().equals("PROPN")) {
        return;
      }
      head = minimal;
    }
    boolean[] inside = new boolean[rows.size()];
    for (int k = first; k <= last; k++) {
      inside[k] = !underDescriptor(rows, k, head);
    }
    int begin = head;
    boolean person = type == EntityType.PERSON;
    while (begin - 1 >= first && inside[begin - 1] && (isNameWord(rows.get(begin - 1))
        || isInner(rows.get(begin - 1), person) && begin - 2 >= first && inside[begin - 2])) {
      begin--;
    }
    while (begin < head && !isNameWord(rows.get(begin))) {
      begin++;
    }
    int end = head;
    while (end + 1 <= last && inside[end + 1] && (isNameWord(rows.get(end + 1))
        || isInner(rows.get(end + 1), person) && nameWordFollows(rows, end + 1, last, inside, person))) {
      end++;
    }
    Span span = new Span(rows.get(begin).span().begin(), rows.get(end).span().end());
    names.add(new Name(span, text.substring(span.begin(), span.end()), type));
  }

  /** Whether row k hangs from the head through a descriptor ("U.S. President" before "Donald Trump"). */
  private static boolean underDescriptor(List<Row> rows, int k, int head) {
    int at = k;
    for (int steps = 0; steps < rows.size() && at >= 0 && at != head; steps++) {
      Row row = rows.get(at);
      if (row.deprel().equals("nmod:desc") || row.deprel().equals("appos") || row.deprel().equals("det")) {
        return true;
      }
      at = indexOf(rows, row.head());
    }
    return false;
  }

  private static int indexOf(List<Row> rows, int conlluIndex) {
    for (int k = 0; k < rows.size(); k++) {
      if (rows.get(k).index() == conlluIndex) {
        return k;
      }
    }
    return -1;
  }

  private static boolean nameWordFollows(List<Row> rows, int k, int last, boolean[] inside, boolean person) {
    for (int j = k + 1; j <= last && inside[j]; j++) {
      if (isNameWord(rows.get(j))) {
        return true;
      }
      if (!isInner(rows.get(j), person)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNameWord(Row row) {
    int c = row.form().codePointAt(0);
    return row.upos().equals("PROPN") || Character.isUpperCase(c) && !row.upos().equals("DET")
        || Character.isDigit(c) && row.upos().equals("NUM");
  }

  /** A person's name holds only hyphens and dots: "Leung Yiu-chung of NWSC" is two names. */
  private static boolean isInner(Row row, boolean person) {
    return person ? row.form().equals("-") || row.form().equals(".") : INNER_WORDS.contains(row.form());
  }

  private static String misc(String misc, String key) {
    for (String field : misc.split("\\|")) {
      if (field.startsWith(key)) {
        return field.substring(key.length());
      }
    }
    return "";
  }

  private static void trimEnd(StringBuilder text) {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }
}
