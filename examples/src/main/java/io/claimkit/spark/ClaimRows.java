package io.claimkit.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.claimkit.Extraction;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.json.ExtractionJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The flat claims table written as Parquet: one row per claim, and one row per document that failed, so that
 * nothing is lost. A claim row carries the columns a query filters on and, in {@code claim}, the claim's
 * object exactly as it appears in the document's JSON Lines record. A failed document's row has only
 * {@code doc} and {@code error} (its JSON Lines error record); a document without claims has no row.
 */
final class ClaimRows implements RecordWriter<Row> {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  static final StructType SCHEMA =
      new StructType()
          .add("doc", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, true)
          .add("begin", DataTypes.IntegerType, true)
          .add("end", DataTypes.IntegerType, true)
          .add("text", DataTypes.StringType, true)
          .add("rule", DataTypes.StringType, true)
          .add("confidence", DataTypes.DoubleType, true)
          .add("claim", DataTypes.StringType, true)
          .add("error", DataTypes.StringType, true);

  @Override
  public List<Row> records(Outcome outcome) {
    if (outcome.extraction().isEmpty()) {
      return List.of(RowFactory.create(outcome.docId(), null, null, null, null, null, null, null, outcome.line()));
    }
    Extraction extraction = outcome.extraction().get();
    List<Claim> claims = extraction.claims();
    List<String> objects = claimObjects(ExtractionJson.toLine(extraction));
    if (objects.size() != claims.size()) {
      throw new IllegalStateException(
          objects.size() + " claim objects in the record of " + outcome.docId() + " for " + claims.size() + " claims");
    }
    List<Row> rows = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      rows.add(
          RowFactory.create(
              outcome.docId(),
              type(claim),
              claim.span().begin(),
              claim.span().end(),
              claim.text(),
              claim.rule(),
              claim.confidence(),
              objects.get(i),
              null));
    }
    return rows;
  }

  /** The {@code type} a claim has in JSON Lines. */
  static String type(Claim claim) {
    if (claim instanceof QuantityClaim) {
      return "quantity";
    }
    return claim instanceof AttributionClaim ? "attribution" : "event";
  }

  /**
   * The objects of a record's {@code claims} array, cut verbatim out of the record so that a claim's JSON is
   * the same bytes in both outputs.
   */
  static List<String> claimObjects(String record) {
    try (JsonParser parser = JSON.createParser(record)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object: " + record);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("claims".equals(field) && value == JsonToken.START_ARRAY) {
          List<String> objects = new ArrayList<>();
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            int begin = Math.toIntExact(parser.currentTokenLocation().getCharOffset());
            parser.skipChildren();
            int end = Math.toIntExact(parser.currentLocation().getCharOffset());
            objects.add(record.substring(begin, end));
          }
          return objects;
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a record written by ExtractionJson failed", e);
    }
    throw new IllegalArgumentException("no claims array in the record: " + record);
  }
}
