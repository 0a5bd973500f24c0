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
 * {"documents": ["a.txt", "b.txt"], "threshold": 0.5,
 *  "pairs": [{"relation": "agree", "score": 0.82, "reason": "...", "reasons": ["...", ...],
 *             "wording": "paraphrased", "a": CLAIM, "b": CLAIM}],
 *  "only_in": [CLAIM, ...],
 *  "clusters": [{"articles": 3, "members": [CLAIM, ...], "agreements": [0, 2], "conflicts": [1]}],
 *  "summary": [{"doc": "b.txt", "claims": 9, "agreed": 5, "conflicting": 1, "exclusive": 3,
 *               "depends_on": "a.txt", "shared_with_source": 6}]}
 * }</pre>
 *
 * where CLAIM is {@code {"doc", "type", "begin", "end", "text"}}: the claim's document id, type and span
 * (UTF-16 offsets into the raw text, end exclusive) and the text under it. A cluster's agreements and
 * conflicts are positions in {@code pairs}; {@code depends_on} is null for an article that draws on no earlier
 * one.
 */
public final class ComparisonJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ComparisonJson() {}

  /** The comparison as one JSON object, on one line. */
  public static String toJson(Comparison comparison) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("documents");
      for (String id : comparison.documents()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeNumberField("threshold", comparison.threshold());
      g.writeArrayFieldStart("pairs");
      for (AlignedPair pair : comparison.pairs()) {
        g.writeStartObject();
        g.writeStringField("relation", pair.relation().jsonName());
        g.writeNumberField("score", Math.round(pair.score() * 1000) / 1000.0);
        g.writeStringField("reason", pair.reason());
        g.writeArrayFieldStart("reasons");
        for (String reason : pair.reasons()) {
          g.writeString(reason);
        }
        g.writeEndArray();
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
      writeClusters(g, comparison);
      writeSummary(g, comparison);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeClusters(JsonGenerator g, Comparison comparison) throws IOException {
    g.writeArrayFieldStart("clusters");
    for (ClaimCluster cluster : comparison.clusters()) {
      g.writeStartObject();
      g.writeNumberField("articles", cluster.articles());
      g.writeArrayFieldStart("members");
      for (ArticleClaim member : cluster.members()) {
        writeClaim(g, member);
      }
      g.writeEndArray();
      writePositions(g, "agreements", cluster.agreements(), comparison);
      writePositions(g, "conflicts", cluster.conflicts(), comparison);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writePositions(JsonGenerator g, String name, java.util.List<AlignedPair> pairs, Comparison comparison)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (AlignedPair pair : pairs) {
      g.writeNumber(comparison.pairs().indexOf(pair));
    }
    g.writeEndArray();
  }

  private static void writeSummary(JsonGenerator g, Comparison comparison) throws IOException {
    g.writeArrayFieldStart("summary");
    for (ArticleSummary article : comparison.summary()) {
      g.writeStartObject();
      g.writeStringField("doc", article.documentId());
      g.writeNumberField("claims", article.claims());
      g.writeNumberField("agreed", article.agreed());
      g.writeNumberField("conflicting", article.conflicting());
      g.writeNumberField("exclusive", article.exclusive());
      if (article.dependsOn().isPresent()) {
        g.writeStringField("depends_on", article.dependsOn().get());
      } else {
        g.writeNullField("depends_on");
      }
      g.writeNumberField("shared_with_source", article.sharedWithSource());
      g.writeEndObject();
    }
    g.writeEndArray();
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
