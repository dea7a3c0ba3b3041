package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.rules.PolicyEdition;
import java.util.function.Supplier;

/**
 * What the service counts: requests by route and status, assessments by tier and edition, batch
 * lines by outcome, changes to the editions served. {@link #none()} counts nothing, so that the
 * service holds a metrics object whether its metrics are on or off.
 */
public interface ServiceMetrics {

  /** Returns metrics that count nothing and serve no {@code /metrics}. */
  static ServiceMetrics none() {
    return NoMetrics.INSTANCE;
  }

  /**
   * Returns metrics in a new Prometheus registry, with the JVM's own; {@code inForce} tells the
   * edition in force at each scrape.
   */
  static ServiceMetrics prometheus(Supplier<PolicyEdition> inForce) {
    return new PrometheusMetrics(inForce);
  }

  /** Returns whether these metrics count, so that {@code GET /metrics} is served. */
  boolean isOn();

  /** Prepares what the first scrape would; the server calls it once it is ready. */
  void prepare();

  /**
   * Counts a request for {@code method} {@code route} answered with {@code status} after {@code
   * nanos}.
   */
  void request(String method, String route, int status, long nanos);

  /** Counts one assessment. */
  void assessed(Assessment assessment);

  /** Counts one answered batch line, assessed or refused. */
  void batchLine(boolean assessed);

  /** Counts a change to the served editions, applied or refused. */
  void reload(boolean applied);

  /** Returns every metric in the Prometheus text format (version 0.0.4); empty when off. */
  String scrape();

  /** The metrics of a service whose metrics are off. */
  enum NoMetrics implements ServiceMetrics {
    INSTANCE;

    @Override
    public boolean isOn() {
      return false;
    }

    @Override
    public void prepare() {}

    @Override
    public void request(String method, String route, int status, long nanos) {}

    @Override
    public void assessed(Assessment assessment) {}

    @Override
    public void batchLine(boolean assessed) {}

    @Override
    public void reload(boolean applied) {}

    @Override
    public String scrape() {
      return "";
    }
  }
}
