package io.claimkit.spark;

import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * A Spark job that extracts the claims of many articles: it reads a folder of UTF-8 text files or JSON Lines
 * documents, runs the claim pipeline once per executor JVM over each partition, and writes one JSON Lines
 * record per document (result or error), or a flat Parquet table of claims.
 *
 * <pre>
 * spark-submit --class io.claimkit.spark.ClaimsJob ... claimkit.jar \
 *     --input hdfs:///news/2024/ --output hdfs:///claims/2024/ --output-format parquet
 * </pre>
 */
@Command(name = "claims-job", description = "Extracts claims from articles on a Spark cluster.")
public final class ClaimsJob implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ClaimsJob.class);

  /** How the input is laid out. */
  public enum InputFormat {
    /** A folder (or glob) of UTF-8 text files, one article each; the id is the file's name. */
    TEXT,
    /** JSON Lines of {@code {"id","text","published"?,"source"?}}; blank lines are skipped. */
    JSONL
  }

  /** What the output is. */
  public enum OutputFormat {
    /** One JSON Lines record per document, as {@code claimkit extract} writes them. */
    JSONL,
    /** One row per claim (and per failed document); see {@link ClaimRows}. */
    PARQUET
  }

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Input folder, file or glob.")
  private String input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private InputFormat format;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "Output folder; it must not exist yet.")
  private String output;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat outputFormat;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, such as local[2]; by default the one spark-submit gives.")
  private String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description = "Spread the documents over N partitions first (0: as read, the default).")
  private int partitions;

  public static void main(String[] args) {
    int status = commandLine().execute(args);
    // Returning normally lets spark-submit report success; exit only to report a failure.
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The job's command line; {@code parseArgs} fills a job to {@link #run} on a session of one's own. */
  public static CommandLine commandLine() {
    return new CommandLine(new ClaimsJob()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Parses the job's arguments into a job. */
  public static ClaimsJob parse(String... args) {
    CommandLine cli = commandLine();
    cli.parseArgs(args);
    return cli.getCommand();
  }

  @Override
  public Integer call() {
    SparkSession.Builder builder = SparkSession.builder().appName("claimkit-claims");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /**
   * Runs the job on a session the caller owns and stops. The inputs are listed when the job starts, so files
   * written meanwhile are not read.
   *
   * @throws io.claimkit.ClaimKitException {@code invalid_argument} when the output and an input overlap
   */
  public void run(SparkSession spark) {
    LOG.info("extracting claims from {} ({}) into {} ({})", input, format, output, outputFormat);
    OutputOutsideInput.check(input, output, spark.sparkContext().hadoopConfiguration());
    if (outputFormat == OutputFormat.JSONL) {
      JavaRDD<String> lines = extract(spark, new JsonLinesWriter());
      spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(output);
    } else {
      JavaRDD<Row> rows = extract(spark, new ClaimRows());
      spark.createDataFrame(rows, ClaimRows.SCHEMA).write().parquet(output);
    }
  }

  private <R> JavaRDD<R> extract(SparkSession spark, RecordWriter<R> writer) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (format == InputFormat.TEXT) {
      JavaPairRDD<String, PortableDataStream> files =
          context.binaryFiles(input, context.defaultParallelism());
      if (partitions > 0) {
        files = files.repartition(partitions);
      }
      return files.mapPartitions(new ExtractPartition<>(new TextFileReader(), writer));
    }
    JavaPairRDD<String, Long> lines =
        spark.read().textFile(input).javaRDD().zipWithIndex().filter(ClaimsJob::hasText);
    if (partitions > 0) {
      lines = lines.repartition(partitions);
    }
    return lines.mapPartitions(new ExtractPartition<>(new JsonLineReader(), writer));
  }

  private static boolean hasText(Tuple2<String, Long> line) {
    return !line._1().isBlank();
  }
}
