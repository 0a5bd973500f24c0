package io.claimkit.cli;

import io.claimkit.batch.BatchListener;
import io.claimkit.batch.BatchProgress;
import io.claimkit.batch.BatchResult;
import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar of {@code claimkit extract} on stderr: documents done of the total, documents per second,
 * and the time left, with the number of error records so far.
 */
final class ProgressDisplay implements BatchListener, AutoCloseable {

  private final ProgressBar bar;

  ProgressDisplay(OptionalLong total, PrintStream err) {
    this.bar = new ProgressBarBuilder()
        .setTaskName("extract")
        .setInitialMax(total.orElse(-1))
        .setUnit(" docs", 1)
        .showSpeed(new DecimalFormat("#0.0"))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .build();
  }

  @Override
  public void delivered(BatchResult result, BatchProgress progress) {
    bar.stepTo(progress.done());
    if (progress.failed() > 0) {
      bar.setExtraMessage(progress.failed() + " failed");
    }
  }

  @Override
  public void close() {
    bar.close();
  }
}
