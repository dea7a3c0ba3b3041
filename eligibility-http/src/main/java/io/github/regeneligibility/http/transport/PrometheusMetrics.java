package io.github.regeneligibility.http.transport;

import com.google.common.base.Suppliers;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.PolicyEdition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The service's metrics when they are on, in the Prometheus text format at {@code GET /metrics}:
 * requests by route and status with latency histograms, assessments by tier and edition, batch
 * lines by outcome, edition reloads applied and refused, the edition in force (an info metric), and
 * the JVM's own.
 *
 * <p>Meters are looked up once per key and kept, so counting an assessment is one increment.
 */
final class PrometheusMetrics implements ServiceMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<PolicyReference, Counter[]> assessments = new ConcurrentHashMap<>();
  private final Map<String, Timer> requests = new ConcurrentHashMap<>();
  private final Counter linesAssessed = batchLines("assessment");
  private final Counter linesRefused = batchLines("error");
  private final Counter reloadsApplied = reloads("applied");
  private final Counter reloadsRefused = reloads("refused");
  private final MultiGauge editionInForce =
      MultiGauge.builder("eligibility.edition.info")
          .description("The policy edition in force today: always 1, named by its labels")
          .register(registry);
  private final Supplier<PolicyEdition> inForce;

  /**
   * The JVM's own metrics, bound at the first scrape or by {@link #prepare()}: binding them reads
   * the JVM's management beans, which takes longer than the rest of a start.
   */
  private final Supplier<Boolean> jvmBound = Suppliers.memoize(this::bindJvmMetrics);

  /** Counts into a new registry; {@code inForce} tells the edition in force at each scrape. */
  PrometheusMetrics(Supplier<PolicyEdition> inForce) {
    this.inForce = inForce;
    FunctionCounter.builder("eligibility.access.log.dropped", this, ignored -> dropped())
        .description("Access log lines dropped because the log's queue was full")
        .register(registry);
  }

  private static double dropped() {
    return AccessLogAppender.dropped();
  }

  private Boolean bindJvmMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    @SuppressWarnings("resource") // lives as long as the registry, which lives as long as the JVM
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    return true;
  }

  /** Binds the JVM's metrics now, if no scrape has yet; the server calls it once it is ready. */
  @Override
  public void prepare() {
    var unused = jvmBound.get();
  }

  private Counter batchLines(String outcome) {
    return Counter.builder("eligibility.batch.lines")
        .description("Non-blank batch lines answered, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private Counter reloads(String result) {
    return Counter.builder("eligibility.edition.reloads")
        .description("Changes to the served set of editions, applied or refused")
        .tag("result", result)
        .register(registry);
  }

  /** Counts a request answered with {@code status} after {@code nanos}. */
  @Override
  public void request(String method, String route, int status, long nanos) {
    requests
        .computeIfAbsent(
            method + ' ' + route + ' ' + status,
            key ->
                Timer.builder("eligibility.http.requests")
                    .description("HTTP requests, by method, route and status")
                    .tags("method", method, "route", route, "status", Integer.toString(status))
                    .publishPercentileHistogram()
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Counts one assessment. */
  @Override
  public void assessed(Assessment assessment) {
    assessments
        .computeIfAbsent(assessment.getPolicy(), this::tierCounters)[assessment.getTier().ordinal()]
        .increment();
  }

  private Counter[] tierCounters(PolicyReference policy) {
    Tier[] tiers = Tier.values();
    Counter[] counters = new Counter[tiers.length];
    for (Tier tier : tiers) {
      counters[tier.ordinal()] =
          Counter.builder("eligibility.assessments")
              .description("Applications assessed, by tier and edition")
              .tags("tier", tier.name(), "edition", policy.getId() + "@" + policy.getVersion())
              .register(registry);
    }
    return counters;
  }

  /** Counts one answered batch line. */
  @Override
  public void batchLine(boolean assessed) {
    (assessed ? linesAssessed : linesRefused).increment();
  }

  /** Counts a change to the served editions, applied or refused. */
  @Override
  public void reload(boolean applied) {
    (applied ? reloadsApplied : reloadsRefused).increment();
  }

  @Override
  public boolean isOn() {
    return true;
  }

  /** Returns every metric in the Prometheus text format (version 0.0.4). */
  @Override
  public String scrape() {
    prepare();
    PolicyEdition edition = inForce.get();
    editionInForce.register(
        List.of(
            MultiGauge.Row.of(
                Tags.of(
                    "id", edition.getId(),
                    "version", edition.getVersion(),
                    "effective_from", edition.getEffectiveFrom().toString()),
                1)),
        true);
    return registry.scrape();
  }
}
