package io.claimkit.examples;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.batch.BatchInput;
import io.claimkit.batch.BatchListener;
import io.claimkit.batch.BatchOptions;
import io.claimkit.batch.BatchProgress;
import io.claimkit.batch.BatchResult;
import io.claimkit.batch.BatchRunner;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.internal.Utf8Text;
import io.claimkit.json.ExtractionJson;
import io.claimkit.text.Document;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Batches a folder of UTF-8 articles to JSON Lines: one {@link BatchRunner} over one shared pipeline, two
 * documents at a time, a time limit per document, and exactly one record per file in file-name order, an
 * extraction or a typed error (a file that is not UTF-8 text gets a {@code not_text} record and the batch goes
 * on). It writes the records to the output file and prints one line per document. Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.BatchToJsonLines FOLDER OUT.jsonl
 * </pre>
 */
public final class BatchToJsonLines {

  private BatchToJsonLines() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: BatchToJsonLines FOLDER OUT.jsonl");
      System.exit(2);
    }
    run(System.out, Path.of(args[0]), Path.of(args[1]));
  }

  static BatchProgress run(PrintStream out, Path folder, Path jsonl) throws IOException, InterruptedException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    BatchRunner runner = new BatchRunner(pipeline, BatchOptions.threads(2).withTimeout(Duration.ofMinutes(2)));
    // Inputs are read by the workers, as they free up: a large folder is never held in memory at once.
    var inputs = files.stream().map(f -> new BatchInput(f.getFileName().toString(), () -> read(f))).iterator();
    BatchProgress progress;
    try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      progress =
          runner.run(
              inputs,
              OptionalLong.of(files.size()),
              result -> {
                writer.write(line(result));
                writer.newLine();
                out.println(summary(result));
              },
              BatchListener.NONE);
    }
    out.println(files.size() + " records written to " + jsonl.getFileName());
    return progress;
  }

  /** The JSON Lines record of one result: its extraction, or its error. */
  private static String line(BatchResult result) {
    if (result instanceof BatchResult.Extracted extracted) {
      return ExtractionJson.toLine(extracted.extraction());
    }
    BatchResult.Failed failed = (BatchResult.Failed) result;
    return ExtractionJson.errorLine(failed.id(), failed.error());
  }

  private static String summary(BatchResult result) {
    if (result instanceof BatchResult.Extracted extracted) {
      return result.id() + ": " + extracted.extraction().claims().size() + " claims";
    }
    return result.id() + ": error " + ((BatchResult.Failed) result).error().kind().jsonName();
  }

  /** A file as a document whose id is its name; bytes that are not UTF-8 text are a typed error, not a crash. */
  private static Document read(Path file) {
    String id = file.getFileName().toString();
    try {
      return Document.of(id, Utf8Text.decode(Files.readAllBytes(file), id));
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, id, String.valueOf(e), e);
    }
  }
}
