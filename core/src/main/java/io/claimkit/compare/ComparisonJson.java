package io.claimkit.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimkit.claim.Claim;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A {@link Comparison} as one JSON object:
 *
 * <pre>{@code
 * {"documents": ["a.txt", "b.txt"],
 *  "pairs": [{"relation": "agree", "reason": "...", "wording": "paraphrased", "a": CLAIM, "b": CLAIM}],
 *  "only_in": [CLAIM, ...]}
 * }</pre>
 *
 * where CLAIM is {@code {"doc", "type", "begin", "end", "text"}}: the claim's document id, type and span
 * (UTF-16 offsets into the raw text, end exclusive) and the text under it.
 */
public final class ComparisonJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ComparisonJson() {}

  public static String toJson(Comparison comparison) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("documents");
      for (String id : comparison.documents()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("pairs");
      for (AlignedPair pair : comparison.pairs()) {
        g.writeStartObject();
        g.writeStringField("relation", pair.relation().jsonName());
        g.writeStringField("reason", pair.reason());
        g.writeStringField("wording", pair.wording().jsonName());
        g.writeFieldName("a");
        writeClaim(g, pair.a());
        g.writeFieldName("b");
        writeClaim(g, pair.b());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("only_in");
      for (ArticleClaim claim : comparison.onlyIn()) {
        writeClaim(g, claim);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeClaim(JsonGenerator g, ArticleClaim located) throws IOException {
    Claim claim = located.claim();
    g.writeStartObject();
    g.writeStringField("doc", located.documentId());
    g.writeStringField("type", located.type());
    g.writeNumberField("begin", claim.span().begin());
    g.writeNumberField("end", claim.span().end());
    g.writeStringField("text", claim.text());
    g.writeEndObject();
  }
}
