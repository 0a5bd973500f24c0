package io.claimkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.eval.GoldFile;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The two seed articles and their hand-made gold, from the test resources. */
public final class Seeds {

  private static final String FOLDER = "/io/claimkit/seeds/";
  public static final String NEWSPAPER = "000_54ced43fa04a17ff.txt";
  public static final String REWRITE = "001_0e7a9769a9bef542.txt";

  private Seeds() {}

  /** Both seed documents, each with its file name as id. */
  public static List<Document> documents() {
    return List.of(document(NEWSPAPER), document(REWRITE));
  }

  public static Document document(String name) {
    return Document.of(name, read(name));
  }

  /** The whole gold file. */
  public static JsonNode gold() {
    try {
      return new ObjectMapper().readTree(read("seeds.gold.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole gold file, for the evaluator. */
  public static GoldFile goldFile() {
    return GoldFile.parse(read("seeds.gold.json"));
  }

  /** The gold of one document. */
  public static JsonNode gold(String name) {
    return gold().path("documents").path(name);
  }

  /** The gold entries of one section ("numbers", "entities", "claims") of one document. */
  public static List<JsonNode> gold(String name, String section) {
    List<JsonNode> entries = new ArrayList<>();
    Iterator<JsonNode> it = gold(name).path(section).elements();
    it.forEachRemaining(entries::add);
    return entries;
  }

  private static String read(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
