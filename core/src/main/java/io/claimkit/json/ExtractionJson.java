package io.claimkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimPart;
import io.claimkit.claim.QuantityChange;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the JSON Lines record of one document: its regions, mentions and claims, or the error that stopped
 * it. The field order is fixed and numbers are written the same way every run, so equal extractions give
 * byte-equal lines. A field that does not apply is left out rather than written as null.
 *
 * <p>Each method returns one line of JSON without its line terminator. Thread-safe.
 */
public final class ExtractionJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Fifteen significant digits are all a double holds reliably; rounding to them turns the noise of
   * interval arithmetic (70 - 7.000000000000001) back into the number the text meant (63).
   */
  private static final MathContext PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

  private ExtractionJson() {}

  /**
   * The record of a document that was processed; a document without text (empty or only white space) gets a
   * {@code warning} field after its id, so that it is not passed over in silence.
   */
  public static String toLine(Extraction extraction) {
    return toJson(extraction, JsonOptions.DEFAULT);
  }

  /**
   * The record of a document that was processed, written as the options say: the fields of {@link
   * #toLine}, in the same order, then, with {@link JsonOptions#annotations()}, {@code "sentences"}: each
   * sentence's {@code begin}, {@code end} and {@code tokens}, each token's {@code begin}, {@code end},
   * {@code text}, {@code pos} (Penn Treebank tag) and {@code lemma}.
   */
  public static String toJson(Extraction extraction, JsonOptions options) {
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(options, "options");
    return write(
        options,
        g -> {
          g.writeStartObject();
          g.writeStringField("doc", extraction.document().id());
          Optional<String> warning = warning(extraction.document());
          if (warning.isPresent()) {
            g.writeStringField("warning", warning.get());
          }
          g.writeArrayFieldStart("regions");
          for (Region region : extraction.regions()) {
            g.writeStartObject();
            g.writeStringField("kind", region.kind().jsonName());
            writeOffsets(g, region.span());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("mentions");
          for (Mention mention : extraction.mentions()) {
            writeMention(g, mention);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("claims");
          for (Claim claim : extraction.claims()) {
            writeClaim(g, claim);
          }
          g.writeEndArray();
          if (options.annotations()) {
            writeSentences(g, extraction.sentences());
          }
          g.writeEndObject();
        });
  }

  private static void writeSentences(JsonGenerator g, List<Sentence> sentences) throws IOException {
    g.writeArrayFieldStart("sentences");
    for (Sentence sentence : sentences) {
      g.writeStartObject();
      writeOffsets(g, sentence.span());
      g.writeArrayFieldStart("tokens");
      for (Token token : sentence.tokens()) {
        g.writeStartObject();
        writePart(g, token.span(), token.text());
        g.writeStringField("pos", token.pos());
        g.writeStringField("lemma", token.lemma());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The warning a document's record carries: why it has nothing to show, when it has no text. */
  public static Optional<String> warning(Document document) {
    String text = document.text();
    if (!text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(text.isEmpty()
        ? "empty document: no text to analyze"
        : "blank document: only white space, no text to analyze");
  }

  /** The record of a document that could not be processed. */
  public static String errorLine(String documentId, ErrorKind kind, String message) {
    return errorJson(documentId, kind, message, JsonOptions.DEFAULT);
  }

  /** The record of a document that could not be processed, indented when the options say so. */
  public static String errorJson(String documentId, ErrorKind kind, String message, JsonOptions options) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(options, "options");
    return write(
        options,
        g -> {
          g.writeStartObject();
          g.writeStringField("doc", documentId);
          g.writeObjectFieldStart("error");
          g.writeStringField("kind", kind.jsonName());
          g.writeStringField("message", message);
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /** The record of a failed document, named by the exception when it names one, else by {@code documentId}. */
  public static String errorLine(String documentId, ClaimKitException error) {
    return errorLine(error.documentId().orElse(documentId), error.kind(), error.getMessage());
  }

  private static void writeMention(JsonGenerator g, Mention mention) throws IOException {
    g.writeStartObject();
    if (mention instanceof NumberMention number) {
      g.writeStringField("kind", "number");
      writePart(g, number.span(), number.text());
      writeQuantity(g, number.quantity());
    } else if (mention instanceof EntityMention entity) {
      g.writeStringField("kind", "entity");
      g.writeStringField("type", entity.type().name());
      writePart(g, entity.span(), entity.text());
    } else if (mention instanceof TemporalMention temporal) {
      g.writeStringField("kind", "temporal");
      g.writeStringField("type", temporal.kind().name());
      writePart(g, temporal.span(), temporal.text());
      if (!temporal.normalized().isEmpty()) {
        g.writeStringField("normalized", temporal.normalized());
      }
    }
    g.writeEndObject();
  }

  /** The same for every kind of claim: its head, then each of its parts under its role's name. */
  private static void writeClaim(JsonGenerator g, Claim claim) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", claim.type().jsonName());
    writePart(g, claim.span(), claim.text());
    g.writeStringField("rule", claim.rule());
    writeNumberField(g, "confidence", claim.confidence());
    for (ClaimPart part : claim.parts()) {
      g.writeObjectFieldStart(part.role().jsonName());
      writePart(g, part.part().span(), part.part().text());
      if (part.quantity().isPresent()) {
        writeQuantity(g, part.quantity().get());
      }
      if (part.resolvesTo().isPresent()) {
        g.writeStringField("resolves_to", part.resolvesTo().get());
      }
      g.writeEndObject();
    }
    if (claim instanceof AttributionClaim attribution) { // the one field of one kind alone
      g.writeStringField("direct", attribution.directness().jsonName());
      g.writeStringField("cue_kind", attribution.cueKind().jsonName());
    }
    if (claim instanceof QuantityClaim quantity && quantity.change().isPresent()) {
      writeChange(g, quantity.change().get());
    }
    g.writeEndObject();
  }

  /**
   * "change": {"direction": "increase", "cue": {...}, "factor"?: 2, "by"?: {...}, "from"?: {...}, "to"?: {...}},
   * each number with its span, text and interval as a number mention is written.
   */
  private static void writeChange(JsonGenerator g, QuantityChange change) throws IOException {
    g.writeObjectFieldStart("change");
    g.writeStringField("direction", change.direction().jsonName());
    g.writeObjectFieldStart("cue");
    writePart(g, change.cue().span(), change.cue().text());
    g.writeEndObject();
    if (change.factor().isPresent()) {
      writeNumberField(g, "factor", change.factor().getAsDouble());
    }
    writeChangeNumber(g, "by", change.by());
    writeChangeNumber(g, "from", change.from());
    writeChangeNumber(g, "to", change.to());
    g.writeEndObject();
  }

  private static void writeChangeNumber(JsonGenerator g, String name, Optional<NumberMention> number)
      throws IOException {
    if (number.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    writePart(g, number.get().span(), number.get().text());
    writeQuantity(g, number.get().quantity());
    g.writeEndObject();
  }

  private static void writePart(JsonGenerator g, Span span, String text) throws IOException {
    writeOffsets(g, span);
    g.writeStringField("text", text);
  }

  private static void writeOffsets(JsonGenerator g, Span span) throws IOException {
    g.writeNumberField("begin", span.begin());
    g.writeNumberField("end", span.end());
  }

  /** Infinite ends are left out; an inclusive flag is written only when it is false for a finite end. */
  private static void writeQuantity(JsonGenerator g, Quantity q) throws IOException {
    writeNumberField(g, "value", q.value());
    if (!Double.isInfinite(q.low())) {
      writeNumberField(g, "low", q.low());
      if (!q.lowInclusive()) {
        g.writeBooleanField("low_inclusive", false);
      }
    }
    if (!Double.isInfinite(q.high())) {
      writeNumberField(g, "high", q.high());
      if (!q.highInclusive()) {
        g.writeBooleanField("high_inclusive", false);
      }
    }
    g.writeStringField("qualifier", q.qualifier().jsonName());
    if (q.unit().isPresent()) {
      g.writeStringField("unit", q.unit().get());
    }
  }

  private static void writeNumberField(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(number(value));
  }

  /** A finite double as plain decimal text: 2500, 0.85, 62.5, 1000000 (never "2500.0" or "1.0E6"). */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return "0"; // also for -0.0
    }
    return new BigDecimal(value).round(PRECISION).stripTrailingZeros().toPlainString();
  }

  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String write(JsonOptions options, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      if (options.pretty()) {
        generator.useDefaultPrettyPrinter();
      }
      body.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string failed", e);
    }
    return out.toString();
  }
}
