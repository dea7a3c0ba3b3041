package io.github.regeneligibility.http.routes;

import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.transport.ServiceMetrics;
import io.github.regeneligibility.screening.Screened;
import io.github.regeneligibility.screening.ScreeningListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the batch route's screenings: counts each record answered in the metrics, by outcome (and
 * each assessment by tier and edition), and logs a record that failed unexpectedly, which the
 * answer tells only as an internal error.
 */
final class BatchListener implements ScreeningListener {
  private static final Logger LOG = LoggerFactory.getLogger(BatchListener.class);

  private final ServiceMetrics metrics;

  BatchListener(ServiceMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void screened(Screened record) {
    record.assessment().ifPresent(metrics::assessed);
    metrics.batchLine(record.isAssessed());
  }

  @Override
  public void failed(long number, Throwable failure) {
    LOG.error("POST {} line {} failed unexpectedly", Paths.BATCH, number, failure);
  }
}
