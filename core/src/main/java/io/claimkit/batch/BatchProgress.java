package io.claimkit.batch;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a batch has got, counted in results delivered.
 *
 * @param done    results delivered so far, failures included
 * @param failed  of which error records
 * @param total   the number of inputs, when the caller said
 * @param elapsed time since the batch started
 */
public record BatchProgress(long done, long failed, OptionalLong total, Duration elapsed) {

  /** Documents per second so far; 0 before the first result. */
  public double documentsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** The time left at the rate so far, when the total is known and a document is done. */
  public Optional<Duration> remaining() {
    double rate = documentsPerSecond();
    if (total.isEmpty() || rate <= 0) {
      return Optional.empty();
    }
    long left = Math.max(0, total.getAsLong() - done);
    return Optional.of(Duration.ofMillis(Math.round(left / rate * 1000)));
  }
}
