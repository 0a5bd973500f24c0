package io.claimkit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gold attributions in the format of GUM's Wikinews attribution set ({@code attributions.json}): per document
 * file name, a list of attributions, each with its speaker pieces, cue pieces and one content span (UTF-16
 * offsets into the raw text, end exclusive). Immutable.
 */
public record AttributionGold(String about, Map<String, List<AttributionGold.Item>> documents) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold attribution; a speaker or cue may come in pieces ("the ministry ... its spokesman"). */
  public record Item(List<Span> speaker, List<Span> cue, Span content, String speakerText, String contentText) {

    public Item {
      speaker = List.copyOf(speaker);
      cue = List.copyOf(cue);
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(speakerText, "speakerText");
      Objects.requireNonNull(contentText, "contentText");
    }
  }

  public AttributionGold {
    Objects.requireNonNull(about, "about");
    Map<String, List<Item>> copy = new LinkedHashMap<>();
    documents.forEach((name, items) -> copy.put(name, List.copyOf(items)));
    documents = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a gold file.
   *
   * @throws ClaimKitException {@code unreadable} when the file cannot be read, {@code invalid_argument} when
   *     it is not in the format
   */
  public static AttributionGold read(Path path) {
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, path.toString(), "cannot read attribution gold", e);
    }
  }

  /** Parses the JSON text of a gold file. */
  public static AttributionGold parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw invalid("not JSON: " + e.getMessage());
    }
    JsonNode documents = root.path("documents");
    if (!documents.isObject()) {
      throw invalid("no \"documents\" object");
    }
    Map<String, List<Item>> gold = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = documents.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> doc = it.next();
      List<Item> items = new ArrayList<>();
      for (JsonNode item : doc.getValue()) {
        JsonNode content = item.path("content");
        List<Span> speaker = spans(item.path("speaker"));
        items.add(new Item(speaker, spans(item.path("cue")), span(content),
            item.path("speaker").path(0).path("text").asText(""), content.path("text").asText("")));
      }
      gold.put(doc.getKey(), items);
    }
    return new AttributionGold(root.path("about").asText(""), gold);
  }

  /** The gold of a document id: the key itself, or the key equal to the id's file name. */
  public Optional<List<Item>> document(String id) {
    List<Item> exact = documents.get(id);
    if (exact != null) {
      return Optional.of(exact);
    }
    String name = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
    return Optional.ofNullable(documents.get(name));
  }

  private static List<Span> spans(JsonNode array) {
    List<Span> spans = new ArrayList<>();
    for (JsonNode piece : array) {
      spans.add(span(piece));
    }
    return spans;
  }

  private static Span span(JsonNode node) {
    if (!node.path("begin").isInt() || !node.path("end").isInt()) {
      throw invalid("a span needs integer begin and end: " + node);
    }
    return new Span(node.path("begin").asInt(), node.path("end").asInt());
  }

  private static ClaimKitException invalid(String message) {
    return new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "attribution gold: " + message);
  }
}
