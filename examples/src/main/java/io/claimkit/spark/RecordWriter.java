package io.claimkit.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Turns the outcome of one document into output records. Implementations are shipped to the executors, so
 * they hold nothing but plain values.
 *
 * @param <R> the record type of the output RDD
 */
interface RecordWriter<R> extends Serializable {

  List<R> records(Outcome outcome);
}
