package io.claimkit.batch;

import java.io.IOException;

/** Receives each result of a batch exactly once, in input order, on the thread that called {@link BatchRunner#run}. */
@FunctionalInterface
public interface BatchSink {
  void accept(BatchResult result) throws IOException;
}
