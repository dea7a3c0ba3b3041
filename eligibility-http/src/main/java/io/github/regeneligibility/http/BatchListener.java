package io.github.regeneligibility.http;

import io.github.regeneligibility.screening.Screened;
import io.github.regeneligibility.screening.ScreeningListener;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the batch route's screenings: counts each record answered in the metrics, by outcome (and
 * each assessment by tier and edition), and logs a record that failed unexpectedly, which the
 * answer tells only as an internal error.
 */
final class BatchListener implements ScreeningListener {
  private static final Logger LOG = LoggerFactory.getLogger(BatchListener.class);

  private final Consumer<Screened> count;

  BatchListener(@Nullable ServiceMetrics metrics) {
    this.count = metrics == null ? record -> {} : record -> count(metrics, record);
  }

  private static void count(ServiceMetrics metrics, Screened record) {
    record.assessment().ifPresent(metrics::assessed);
    metrics.batchLine(record.isAssessed());
  }

  @Override
  public void screened(Screened record) {
    count.accept(record);
  }

  @Override
  public void failed(long number, Throwable failure) {
    LOG.error("POST {} line {} failed unexpectedly", Routes.BATCH, number, failure);
  }
}
