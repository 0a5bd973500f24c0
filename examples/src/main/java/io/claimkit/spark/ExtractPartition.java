package io.claimkit.spark;

import io.claimkit.ClaimPipeline;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The work of one partition: read each input, extract its claims with this JVM's {@link ExecutorPipeline},
 * and write the records. Only the reader and the writer are serialized with the task; the pipeline is looked
 * up on the executor, and not at all for an empty partition. Records are produced as Spark consumes them, so
 * a partition is never held in memory whole.
 *
 * @param <T> the input element type
 * @param <R> the output record type
 */
final class ExtractPartition<T, R> implements FlatMapFunction<Iterator<T>, R> {

  private static final long serialVersionUID = 1L;

  private final DocumentReader<T> reader;
  private final RecordWriter<R> writer;

  ExtractPartition(DocumentReader<T> reader, RecordWriter<R> writer) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  public Iterator<R> call(Iterator<T> inputs) {
    if (!inputs.hasNext()) {
      return Collections.emptyIterator();
    }
    ClaimPipeline pipeline = ExecutorPipeline.get();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs, Spliterator.ORDERED), false)
        .flatMap(input -> writer.records(Outcome.of(input, reader, pipeline)).stream())
        .iterator();
  }
}
