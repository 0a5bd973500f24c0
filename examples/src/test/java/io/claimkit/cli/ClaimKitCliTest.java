package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Backend;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.testing.SpanInvariants;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code claimkit} in-process on real files and reads its JSON Lines back. */
class ClaimKitCliTest {

  /** The JVM-wide CoreNLP backend, shared with every other test of this JVM. */
  static final Supplier<Backend> BACKEND = CoreNlpBackend::shared;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD =
      "Officials said \u201cabout 2,500\u201d troops remain \ud83d\ude00 after 151 attacks.\n\n"
          + "A second paragraph: 900 soldiers were deployed, costing 1.5 billion dollars.\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {
    List<JsonNode> records() {
      List<JsonNode> records = new ArrayList<>();
      for (String line : out.split("\n", -1)) {
        if (!line.isEmpty()) {
          try {
            records.add(JSON.readTree(line));
          } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
          }
        }
      }
      return records;
    }
  }

  private static Run run(Supplier<Backend> backend, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ClaimKitCli.commandLine(backend);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(BACKEND, args);
  }

  @BeforeEach
  void writeInputs() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), GOOD, StandardCharsets.UTF_8);
    // Valid UTF-8 but binary: NUL bytes, as in most binary formats.
    Files.write(dir.resolve("b-binary.bin"), new byte[] {'B', 'I', 'N', 0, 0, 1, 2, 'x'});
    // Latin-1 "Café au lait": 0xE9 followed by a space is not UTF-8.
    Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.txt"), "Only 3 lines.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.txt"), "skipped 1\n", StandardCharsets.UTF_8);
  }

  @Test
  void givesEveryFileOfAFolderOneRecordInSortedOrderAndFailsOnTheBadOnes() throws IOException {
    Run run = run("extract", dir.toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records)
        .extracting(r -> r.path("doc").asText())
        .containsExactly(
            dir.resolve("a-good.txt").toString(),
            dir.resolve("b-binary.bin").toString(),
            dir.resolve("c-latin1.txt").toString(),
            dir.resolve("sub").resolve("d.txt").toString());
    assertThat(records.get(0).has("error")).isFalse();
    assertThat(records.get(3).has("error")).isFalse();
    assertThat(records.get(1).path("error").path("kind").asText()).isEqualTo("not_text");
    assertThat(records.get(1).path("error").path("message").asText())
        .endsWith("binary data: a NUL byte at byte 3");
    assertThat(records.get(2).path("error").path("kind").asText()).isEqualTo("not_text");
    assertThat(records.get(2).path("error").path("message").asText())
        .endsWith("not valid UTF-8 at byte 3");
    assertThat(records.get(1).fieldNames()).toIterable().containsExactly("doc", "error");

    assertThat(records.get(0).path("mentions")).isNotEmpty();
    assertThat(records.get(0).path("mentions"))
        .anySatisfy(m -> assertThat(m.path("value").asDouble()).isEqualTo(151.0));
    checkSpans(records.get(0), Files.readString(dir.resolve("a-good.txt")));
    checkSpans(records.get(3), Files.readString(dir.resolve("sub/d.txt")));
  }

  @Test
  void readsFilesInTheOrderGivenAndNamesAMissingOneUnreadable() {
    Path missing = dir.resolve("missing.txt");
    Run run =
        run("extract", dir.resolve("sub/d.txt").toString(), missing.toString(), dir.resolve("a-good.txt").toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records)
        .extracting(r -> r.path("doc").asText())
        .containsExactly(dir.resolve("sub/d.txt").toString(), missing.toString(), dir.resolve("a-good.txt").toString());
    assertThat(records.get(1).path("error").path("kind").asText()).isEqualTo("unreadable");
    assertThat(records.get(1).path("error").path("message").asText()).endsWith("no such file");
  }

  @Test
  void exitsWithZeroWhenEveryDocumentSucceeds() throws IOException {
    Run run = run("extract", dir.resolve("a-good.txt").toString(), dir.resolve("sub").toString());

    assertThat(run.status()).isZero();
    assertThat(run.records()).hasSize(2).noneSatisfy(r -> assertThat(r.has("error")).isTrue());
    checkSpans(run.records().get(0), GOOD);
  }

  @Test
  void writesTheSameRecordsToAFileWithOutputAndNothingToStdout() throws IOException {
    Path file = dir.resolve("out/records.jsonl");
    Files.createDirectories(file.getParent());
    Run toStdout = run("extract", dir.resolve("a-good.txt").toString(), dir.resolve("c-latin1.txt").toString());
    Run toFile =
        run("extract", "-o", file.toString(), dir.resolve("a-good.txt").toString(), dir.resolve("c-latin1.txt").toString());

    assertThat(toFile.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
  }

  @Test
  void givesTheSameOutputOnSeveralThreads() {
    Run one = run("extract", dir.toString());
    Run two = run("extract", "--threads", "2", dir.toString());

    assertThat(two.out()).isEqualTo(one.out());
    assertThat(two.status()).isEqualTo(one.status());
  }

  @Test
  void readsTheBundledSamplesWhenGivenNoPath() {
    Run run = run("extract");

    assertThat(run.status()).isZero();
    List<JsonNode> records = run.records();
    assertThat(records)
        .extracting(r -> r.path("doc").asText())
        .containsExactly("000_54ced43fa04a17ff.txt", "001_0e7a9769a9bef542.txt");
    for (JsonNode record : records) {
      assertThat(record.path("mentions")).isNotEmpty();
      checkSpans(record, sample(record.path("doc").asText()));
    }
  }

  @Test
  void refusesADocumentLongerThanMaxChars() {
    Run run = run("extract", "--max-chars", "10", dir.resolve("sub/d.txt").toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(run.records().get(0).path("error").path("kind").asText()).isEqualTo("too_large");
  }

  @Test
  void givesEveryDocumentAnErrorRecordWhenTheBackendCannotLoad() {
    Supplier<Backend> unavailable =
        () -> {
          throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "models jar missing");
        };
    Run run = run(unavailable, "extract", dir.resolve("a-good.txt").toString(), dir.resolve("sub").toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(run.out())
        .isEqualTo(
            "{\"doc\":\"" + dir.resolve("a-good.txt") + "\",\"error\":{\"kind\":\"model_unavailable\","
                + "\"message\":\"model_unavailable: models jar missing\"}}\n"
                + "{\"doc\":\"" + dir.resolve("sub/d.txt") + "\",\"error\":{\"kind\":\"model_unavailable\","
                + "\"message\":\"model_unavailable: models jar missing\"}}\n");
  }

  @Test
  void explainsEveryOptionInItsHelp() {
    Run run = run("extract", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: claimkit extract")
        .contains("[PATH...]")
        .contains("-o, --output=FILE")
        .contains("-j, --threads=N")
        .contains("--max-chars=N")
        .contains("-h, --help")
        .contains("-V, --version")
        .contains("Exit status:");
  }

  @Test
  void printsItsVersion() {
    Run run = run("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).matches("claimkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void rejectsACallWithoutCommandOrWithABadOption() {
    assertThat(run().status()).isEqualTo(2);
    Run bad = run("extract", "--threads", "0");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("--threads must be at least 1: 0");
    Run unwritable = run("extract", "-o", dir.resolve("no/such/folder/out.jsonl").toString(), dir.toString());
    assertThat(unwritable.status()).isEqualTo(2);
    assertThat(unwritable.err()).contains("cannot write --output");
  }

  /** Every span of a record lies in the raw text, and its text is exactly the raw text under it. */
  private static void checkSpans(JsonNode record, String raw) {
    for (JsonNode region : record.path("regions")) {
      SpanInvariants.checkSpan(raw, span(region), null);
    }
    for (JsonNode mention : record.path("mentions")) {
      checkPart(mention, raw);
    }
    for (JsonNode claim : record.path("claims")) {
      checkPart(claim, raw);
      claim.fields().forEachRemaining(
          field -> {
            if (field.getValue().isObject()) {
              checkPart(field.getValue(), raw);
            }
          });
    }
  }

  private static void checkPart(JsonNode part, String raw) {
    SpanInvariants.checkSpan(raw, span(part), part.path("text").asText(null));
    assertThat(part.path("text").asText())
        .isEqualTo(raw.substring(part.path("begin").asInt(), part.path("end").asInt()));
  }

  private static io.claimkit.text.Span span(JsonNode node) {
    assertThat(node.path("begin").isInt()).as("begin of %s", node).isTrue();
    assertThat(node.path("end").isInt()).as("end of %s", node).isTrue();
    return new io.claimkit.text.Span(node.path("begin").asInt(), node.path("end").asInt());
  }

  private static String sample(String name) {
    try (InputStream in = ClaimKitCliTest.class.getResourceAsStream("/io/claimkit/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void evaluateScoresTheBundledSamplesAgainstTheirBundledGold() {
    Run run = run("evaluate");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Evaluation of 2 document(s)");
    String claims =
        run.out().lines().filter(l -> l.startsWith("claims (all types)")).findFirst().orElseThrow();
    String[] columns = claims.substring("claims (all types)".length()).trim().split("\\s+");
    assertThat(Double.parseDouble(columns[5])).as(claims).isGreaterThanOrEqualTo(0.9);
    assertThat(run.out()).contains("numbers").contains("attribution claims").contains("boilerplate");
  }

  @Test
  void evaluateWithAPathNeedsAGoldFile() {
    Run run = run("evaluate", dir.resolve("a-good.txt").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--gold is required when a PATH is given");
  }

  @Test
  void evaluateNamesAnArticleThatHasNoGold() throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, "{\"documents\": {}}", StandardCharsets.UTF_8);

    Run run = run("evaluate", "--gold", gold.toString(), dir.resolve("a-good.txt").toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(run.err()).contains("a-good.txt").contains("no gold");
  }

  @Test
  void evaluateEntitiesScoresNamesOfConlluFilesPerType() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("conllu"));
    Files.writeString(gold.resolve("visit.conllu"), String.join("\n",
        "# newdoc id = visit",
        "# newpar",
        "# text = Maria Lopez visited Kenya.",
        "1\tMaria\tMaria\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref",
        "2\tLopez\tLopez\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)",
        "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
        "4\tKenya\tKenya\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-sssss-cf2-1-coref)|SpaceAfter=No",
        "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
        ""), StandardCharsets.UTF_8);

    Run run = run("evaluate", "--backend", "opennlp", "--entities", gold.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("PERSON            1     0     0      1.000   1.000  1.000")
        .contains("LOCATION          1     0     0      1.000   1.000  1.000")
        .contains("all               2     0     0      1.000   1.000  1.000");
  }

  @Test
  void evaluateEntitiesTakesNoPath() {
    Run run = run("evaluate", "--entities", dir.toString(), dir.resolve("a-good.txt").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--entities reads its articles from DIR");
  }

  @Test
  void theOpenNlpBackendIsChosenOnTheCommandLineAndScoresTheSamples() {
    Run run = run("evaluate", "--backend", "opennlp");

    assertThat(run.status()).as(run.err()).isZero();
    String claims =
        run.out().lines().filter(l -> l.startsWith("claims (all types)")).findFirst().orElseThrow();
    String[] columns = claims.substring("claims (all types)".length()).trim().split("\\s+");
    assertThat(Double.parseDouble(columns[5])).as(claims).isGreaterThanOrEqualTo(0.75);
    String numbers = run.out().lines().filter(l -> l.startsWith("numbers")).findFirst().orElseThrow();
    assertThat(numbers).contains("1.000   1.000   1.000");
  }

  @Test
  void extractWithTheOpenNlpBackendRefusesTextThatIsNotEnglish() throws IOException {
    Files.writeString(
        dir.resolve("z-french.txt"),
        "Le gouvernement a annoncé jeudi que environ 2 500 soldats resteront dans le pays pendant que les"
            + " négociations avec le gouvernement irakien se poursuivent au cours des prochaines semaines. Le"
            + " ministre de la Défense a déclaré que les discussions porteraient sur la sécurité de la région et"
            + " sur le calendrier du retrait progressif des forces de la coalition internationale.",
        StandardCharsets.UTF_8);

    Run run =
        run(
            "extract",
            "--backend",
            "opennlp",
            "--no-progress",
            dir.resolve("a-good.txt").toString(),
            dir.resolve("z-french.txt").toString());

    assertThat(run.status()).isEqualTo(ExtractCommand.SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).has("error")).isFalse();
    assertThat(records.get(0).path("mentions").size()).isPositive();
    assertThat(records.get(1).path("error").path("kind").asText()).isEqualTo("unsupported_language");
  }

  @Test
  void benchRunsAPhaseInAChildJvmAndPrintsItsFigures() {
    Run run = run("bench", "--phases", "OPENNLP_1", "--tokens", "3000", "--warmup", "0", "--min-time", "0",
        "--xmx", "1g", "--jvm-option=-XX:+UseSerialGC");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("-Xmx1g -XX:+UseSerialGC");
    String line = run.out().lines().filter(l -> l.startsWith("ClaimKit opennlp, 1 thread")).findFirst().orElseThrow();
    // tokens/s, docs/s, load s, peak heap MB, then the seeds' F1 for numbers/entities/persons/claims
    String[] figures = line.substring("ClaimKit opennlp, 1 thread".length()).trim().split("\\s+");
    assertThat(Double.parseDouble(figures[0])).isPositive();
    assertThat(figures[4]).startsWith("1.00/").endsWith("/1.00");
  }
}
