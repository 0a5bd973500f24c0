package io.claimkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one line of JSON Lines input, {@code {"id": ..., "text": ..., "published"?: ..., "source"?: ...}},
 * into a {@link Document}. Other fields are ignored; a null field counts as absent. {@code published} is an
 * ISO date ("2024-01-25") or date-time ("2024-01-25T14:03:00Z", of which the date is kept). Thread-safe.
 */
public final class DocumentJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DocumentJson() {}

  /**
   * Parses one input line.
   *
   * @param line       the JSON object
   * @param fallbackId the name an error gives the document when the line has no usable id ("line 12")
   * @throws ClaimKitException of kind {@code invalid_argument} when the line is not such an object
   */
  public static Document parse(String line, String fallbackId) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(fallbackId, "fallbackId");
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw invalid(fallbackId, "not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw invalid(fallbackId, "not a JSON object", null);
    }
    JsonNode id = node.path("id");
    if (!(id.isTextual() || id.isIntegralNumber()) || id.asText().isEmpty()) {
      throw invalid(fallbackId, "\"id\" must be a non-empty string", null);
    }
    String docId = id.asText();
    JsonNode text = node.path("text");
    if (!text.isTextual()) {
      throw invalid(docId, "\"text\" must be a string", null);
    }
    Optional<LocalDate> published = optionalString(node, "published", docId).map(s -> date(s, docId));
    Optional<String> source = optionalString(node, "source", docId);
    return new Document(docId, text.asText(), published, source);
  }

  private static Optional<String> optionalString(JsonNode node, String field, String docId) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw invalid(docId, "\"" + field + "\" must be a string", null);
    }
    return Optional.of(value.asText());
  }

  private static LocalDate date(String value, String docId) {
    try {
      return value.indexOf('T') < 0
          ? LocalDate.parse(value)
          : LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(value));
    } catch (DateTimeException e) {
      throw invalid(docId, "\"published\" is not an ISO date: " + value, e);
    }
  }

  private static ClaimKitException invalid(String docId, String message, Throwable cause) {
    return new ClaimKitException(ErrorKind.INVALID_ARGUMENT, docId, message, cause);
  }
}
