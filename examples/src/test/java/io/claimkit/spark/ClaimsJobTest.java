package io.claimkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.Claim;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.json.DocumentJson;
import io.claimkit.json.ExtractionJson;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ClaimsJob} in Spark local mode ({@code local[2]}: two task threads sharing this JVM's
 * pipeline) on the 24 Wikinews articles and one file that is not UTF-8, and compares every record with the
 * direct extraction of the same document in this JVM. The Parquet and JSON Lines input runs take the first
 * {@value #SUBSET} articles, to keep the test within a few minutes on two cores.
 */
@Tag("spark")
class ClaimsJobTest {

  private static final int SUBSET = 8;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Invalid UTF-8 at byte 6: 0xFF never occurs in UTF-8. */
  private static final byte[] BROKEN = {'H', 'e', 'l', 'l', 'o', ' ', (byte) 0xff, ' ', 'w', 'o', 'r', 'l', 'd'};

  private static final String BROKEN_RECORD =
      "{\"doc\":\"broken.txt\",\"error\":{\"kind\":\"not_text\","
          + "\"message\":\"not_text in document broken.txt: not valid UTF-8 at byte 6\"}}";

  @TempDir static Path dir;

  private static SparkSession spark;
  /** The 24 articles and broken.txt. */
  private static Path articles;
  /** The first {@link #SUBSET} articles and broken.txt. */
  private static Path subset;
  /** The 24 documents in file-name order. */
  private static final List<Document> documents = new ArrayList<>();
  /** Document id to its direct extraction. */
  private static final Map<String, Extraction> extractions = new LinkedHashMap<>();
  /** Document id to {@code ExtractionJson.toLine} of its direct extraction. */
  private static final Map<String, String> expected = new LinkedHashMap<>();

  @BeforeAll
  static void extractDirectlyAndStartSpark() throws IOException, URISyntaxException {
    Path corpus = Path.of(ClaimsJobTest.class.getResource("wikinews").toURI());
    articles = Files.createDirectories(dir.resolve("articles"));
    subset = Files.createDirectories(dir.resolve("subset"));
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        Files.copy(file, articles.resolve(name));
        if (documents.size() < SUBSET) {
          Files.copy(file, subset.resolve(name));
        }
        documents.add(Document.of(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    Files.write(articles.resolve("broken.txt"), BROKEN);
    Files.write(subset.resolve("broken.txt"), BROKEN);
    assertThat(documents).hasSize(24);

    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    for (Document document : documents) {
      Extraction extraction = pipeline.extract(document);
      SpanInvariants.check(extraction);
      extractions.put(document.id(), extraction);
      expected.put(document.id(), ExtractionJson.toLine(extraction));
    }

    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ClaimsJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void textFilesGiveTheDirectExtractionsRecordsByteForByte() throws IOException {
    Path out = dir.resolve("from-text.jsonl");
    ClaimsJob.parse("--input", articles.toString(), "--output", out.toString()).run(spark);

    Map<String, String> wanted = new LinkedHashMap<>(expected);
    wanted.put("broken.txt", BROKEN_RECORD);
    assertThat(recordsByDoc(out)).containsExactlyInAnyOrderEntriesOf(wanted);
    assertThat(out.resolve("_SUCCESS")).exists();
    assertThat(extractions.values().stream().mapToInt(e -> e.claims().size()).sum()).isPositive();
  }

  @Test
  void jsonLinesInputGivesTheSameRecords() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Document document : documents.subList(0, SUBSET)) {
      lines.add(JSON.writeValueAsString(Map.of("id", document.id(), "text", document.text())));
      if (lines.size() == 4) {
        lines.add(""); // line 5: blank, skipped
        lines.add("this is not JSON"); // line 6: named by its line number
      }
    }
    lines.add("{\"id\": \"numeric\", \"text\": 5}"); // line 11: named by its id
    Path input = Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("from-jsonl.jsonl");

    ClaimsJob.parse("--input", input.toString(), "--format", "jsonl", "--output", out.toString(), "--partitions", "3")
        .run(spark);

    Map<String, String> wanted = expectedFor(documents.subList(0, SUBSET));
    wanted.put("line 6", errorRecord("this is not JSON", "line 6"));
    wanted.put("numeric", errorRecord(lines.get(10), "line 11"));
    assertThat(wanted.get("line 6")).contains("\"kind\":\"invalid_argument\"");
    assertThat(wanted.get("numeric")).contains("\"text\\\" must be a string");
    assertThat(recordsByDoc(out)).containsExactlyInAnyOrderEntriesOf(wanted);
  }

  @Test
  void parquetHasOneRowPerClaimAndOnePerFailedDocument() throws IOException {
    Path out = dir.resolve("claims.parquet");
    ClaimsJob.parse(
            "--input", subset.toString(), "--output", out.toString(), "--output-format", "PARQUET")
        .run(spark);

    Dataset<Row> table = spark.read().parquet(out.toString());
    assertThat(table.columns())
        .containsExactly("doc", "type", "begin", "end", "text", "rule", "confidence", "claim", "error");

    List<ClaimRow> wanted = new ArrayList<>();
    for (Document document : documents.subList(0, SUBSET)) {
      Extraction extraction = extractions.get(document.id());
      JsonNode claims = JSON.readTree(expected.get(document.id())).get("claims");
      for (int i = 0; i < extraction.claims().size(); i++) {
        Claim claim = extraction.claims().get(i);
        wanted.add(
            new ClaimRow(
                document.id(),
                claims.get(i).get("type").asText(),
                claim.span().begin(),
                claim.span().end(),
                claim.text(),
                claim.rule(),
                claim.confidence(),
                claims.get(i)));
      }
    }

    List<ClaimRow> actual = new ArrayList<>();
    List<Row> errors = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      if (row.isNullAt(row.fieldIndex("claim"))) {
        errors.add(row);
        continue;
      }
      String doc = row.getAs("doc");
      String claim = row.getAs("claim");
      // The claim's JSON is cut verbatim from the document's JSON Lines record.
      assertThat(expected.get(doc)).contains(claim);
      assertThat(row.isNullAt(row.fieldIndex("error"))).isTrue();
      actual.add(
          new ClaimRow(
              doc,
              row.getAs("type"),
              row.<Integer>getAs("begin"),
              row.<Integer>getAs("end"),
              row.getAs("text"),
              row.getAs("rule"),
              row.<Double>getAs("confidence"),
              JSON.readTree(claim)));
    }
    assertThat(wanted).isNotEmpty();
    assertThat(table.count()).isEqualTo(wanted.size() + 1L);
    assertThat(actual).containsExactlyInAnyOrderElementsOf(wanted);
    assertThat(errors).hasSize(1);
    Row error = errors.get(0);
    assertThat(error.<String>getAs("doc")).isEqualTo("broken.txt");
    assertThat(error.<String>getAs("error")).isEqualTo(BROKEN_RECORD);
    for (String column : List.of("type", "begin", "end", "text", "rule", "confidence")) {
      assertThat(error.isNullAt(error.fieldIndex(column))).as(column).isTrue();
    }
  }

  @Test
  void claimObjectsAreCutVerbatimFromTheRecord() {
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      List<String> objects = ClaimRows.claimObjects(entry.getValue());
      assertThat(objects).hasSize(extractions.get(entry.getKey()).claims().size());
      String joined = String.join(",", objects);
      assertThat(entry.getValue()).endsWith("\"claims\":[" + joined + "]}");
    }
  }

  /** One row of the claims table, with the claim's JSON as a tree. */
  private record ClaimRow(
      String doc, String type, int begin, int end, String text, String rule, double confidence, JsonNode claim) {}

  private static Map<String, String> expectedFor(List<Document> some) {
    Map<String, String> records = new LinkedHashMap<>();
    some.forEach(document -> records.put(document.id(), expected.get(document.id())));
    return records;
  }

  private static String errorRecord(String line, String fallbackId) {
    ClaimKitException error =
        catchThrowableOfType(ClaimKitException.class, () -> DocumentJson.parse(line, fallbackId));
    return ExtractionJson.errorLine(fallbackId, error);
  }

  /** The records of a JSON Lines output folder, by document id; fails on a document written twice. */
  private static Map<String, String> recordsByDoc(Path out) throws IOException {
    Map<String, String> records = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          String doc = JSON.readTree(line).get("doc").asText();
          assertThat(records.put(doc, line)).as("records of " + doc).isNull();
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return records;
  }
}
