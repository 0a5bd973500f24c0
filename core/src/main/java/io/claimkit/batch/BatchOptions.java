package io.claimkit.batch;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link BatchRunner} runs.
 *
 * @param threads documents analyzed at once, all on the one shared pipeline
 * @param timeout the time one document may take, reading included; empty for no limit
 */
public record BatchOptions(int threads, Optional<Duration> timeout) {

  public BatchOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (threads < 1) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "threads must be at least 1: " + threads);
    }
    if (timeout.isPresent() && (timeout.get().isNegative() || timeout.get().isZero())) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "timeout must be positive: " + timeout.get());
    }
  }

  /** {@code threads} workers and no time limit. */
  public static BatchOptions threads(int threads) {
    return new BatchOptions(threads, Optional.empty());
  }

  public BatchOptions withTimeout(Duration limit) {
    return new BatchOptions(threads, Optional.of(limit));
  }
}
