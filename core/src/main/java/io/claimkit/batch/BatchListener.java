package io.claimkit.batch;

/**
 * Told of each result as the batch delivers it, in input order, on the thread that called
 * {@link BatchRunner#run}. A listener that throws stops the batch.
 */
@FunctionalInterface
public interface BatchListener {

  /** Ignores everything. */
  BatchListener NONE = (result, progress) -> {};

  void delivered(BatchResult result, BatchProgress progress);
}
