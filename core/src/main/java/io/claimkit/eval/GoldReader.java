package io.claimkit.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.eval.GoldDocument.Anchor;
import io.claimkit.eval.GoldDocument.GoldAttribution;
import io.claimkit.eval.GoldDocument.GoldClaim;
import io.claimkit.eval.GoldDocument.GoldEntity;
import io.claimkit.eval.GoldDocument.GoldEvent;
import io.claimkit.eval.GoldDocument.GoldNumber;
import io.claimkit.eval.GoldDocument.GoldQuantityClaim;
import io.claimkit.eval.GoldDocument.GoldTemporal;
import io.claimkit.quantity.Qualifier;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns the JSON of a gold file into {@link GoldDocument}s; a malformed entry is a typed error. */
final class GoldReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String documentId;

  private GoldReader(String documentId) {
    this.documentId = documentId;
  }

  static GoldFile read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ClaimKitException(
          ErrorKind.INVALID_ARGUMENT, null, "gold file is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("documents").isObject()) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "gold file has no \"documents\" object");
    }
    Map<String, GoldDocument> documents = new LinkedHashMap<>();
    root.path("documents")
        .fields()
        .forEachRemaining(e -> documents.put(e.getKey(), new GoldReader(e.getKey()).document(e.getValue())));
    return new GoldFile(root.path("about").asText(""), documents);
  }

  private GoldDocument document(JsonNode node) {
    return new GoldDocument(
        documentId,
        list(node.path("numbers"), this::number),
        list(node.path("temporals"), this::temporal),
        list(node.path("entities"), this::entity),
        list(node.path("claims"), this::claim),
        list(node.path("boilerplate"), this::anchor),
        node.hasNonNull("byline") ? Optional.of(anchor(node.get("byline"))) : Optional.empty());
  }

  private GoldNumber number(JsonNode n) {
    return new GoldNumber(
        anchor(n),
        required(n, "value").asDouble(),
        parse(n, "qualifier", Qualifier::fromJsonName),
        optionalText(n, "unit"));
  }

  private GoldTemporal temporal(JsonNode n) {
    return new GoldTemporal(
        anchor(n),
        parse(n, "kind", k -> TemporalKind.valueOf(k.toUpperCase(Locale.ROOT))),
        n.path("normalized").asText(""));
  }

  private GoldEntity entity(JsonNode n) {
    return new GoldEntity(anchor(n), parse(n, "type", t -> EntityType.valueOf(t.toUpperCase(Locale.ROOT))));
  }

  private GoldClaim claim(JsonNode n) {
    String id = required(n, "id").asText();
    String type = required(n, "type").asText();
    switch (type) {
      case "quantity":
        return new GoldQuantityClaim(
            id,
            anchor(required(n, "quantity")),
            required(n, "measured").asText(),
            optionalText(n, "location"),
            optionalText(n, "time"),
            optionalText(n, "speaker"));
      case "attribution":
        JsonNode speaker = required(n, "speaker");
        return new GoldAttribution(
            id,
            anchor(speaker),
            optionalText(speaker, "resolves_to"),
            anchor(required(n, "cue")),
            anchor(required(n, "content")),
            n.path("direct_quote").asBoolean(false));
      case "event":
        return new GoldEvent(
            id,
            anchor(required(n, "actor")),
            anchor(required(n, "predicate")),
            n.hasNonNull("object") ? Optional.of(anchor(n.get("object"))) : Optional.empty());
      default:
        throw invalid("claim " + id + " has unknown type \"" + type + "\"");
    }
  }

  private Anchor anchor(JsonNode n) {
    int begin = required(n, "begin").asInt();
    int end = required(n, "end").asInt();
    if (begin < 0 || end < begin) {
      throw invalid("bad span [" + begin + ", " + end + ") in " + n);
    }
    return new Anchor(new Span(begin, end), required(n, "text").asText());
  }

  private <T> List<T> list(JsonNode array, Function<JsonNode, T> entry) {
    List<T> out = new ArrayList<>();
    array.elements().forEachRemaining(n -> out.add(entry.apply(n)));
    return out;
  }

  private JsonNode required(JsonNode n, String field) {
    JsonNode value = n.get(field);
    if (value == null || value.isNull()) {
      throw invalid("missing \"" + field + "\" in " + n);
    }
    return value;
  }

  private static Optional<String> optionalText(JsonNode n, String field) {
    JsonNode value = n.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private <T> T parse(JsonNode n, String field, Function<String, T> parser) {
    String value = required(n, field).asText();
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw invalid("unknown " + field + " \"" + value + "\"");
    }
  }

  private ClaimKitException invalid(String message) {
    return new ClaimKitException(ErrorKind.INVALID_ARGUMENT, documentId, "gold: " + message);
  }
}
