package io.github.regeneligibility.http.transport;

import com.google.common.base.Suppliers;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.rules.AssessmentMeters;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The service's metrics when they are on, in the Prometheus text format at {@code GET /metrics}:
 * requests by route and status with latency histograms, assessments by tier and edition, batch
 * lines by outcome, edition reloads applied and refused, the edition in force (an info metric), and
 * the JVM's own.
 *
 * <p>Every meter is registered once, at its first use, and kept: counting a request or an
 * assessment finds its meter by index and increments it, without asking the registry. No tag takes
 * its value from a request as sent (methods and statuses are counted within fixed sets, routes by
 * their patterns), and the latency histogram has a fixed {@link #BUCKETS 12 buckets}, so the number
 * of series is bounded whatever the clients send.
 */
final class PrometheusMetrics implements ServiceMetrics {
  /** The methods a request is counted under; any other is counted as {@code OTHER}. */
  private static final List<String> METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "OTHER");

  /** The statuses a request is counted under; any other is counted as its class, {@code 4xx}. */
  private static final int[] STATUSES = {
    200, 400, 401, 403, 404, 405, 406, 408, 413, 415, 500, 503
  };

  private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

  /**
   * The bounds of the request latency histogram: 12 buckets from 1 ms to 10 s (and +Inf), the same
   * for every route, instead of Micrometer's percentile histogram (some 70 buckets a series).
   */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
    Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10)
  };

  /** The slots of one route's request timers: one per method and status, or status class. */
  private static final int STATUS_SLOTS = STATUSES.length + STATUS_CLASSES.length;

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AssessmentMeters<Counter> assessments =
      new AssessmentMeters<>(
          (name, description, tags) ->
              Counter.builder(name).description(description).tags(tags).register(registry));

  /**
   * Each route's request timers, by method and status: a route's table is made at its first request
   * and each timer registered at its first use, so that a request finds its timer by two indices,
   * without building a key or asking the registry. Routes are the patterns the service registered
   * (and {@code unmatched}), never a path as sent, so the table stays bounded.
   */
  private final Map<String, AtomicReferenceArray<Timer>> requests = new ConcurrentHashMap<>();

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

  /**
   * Counts a request answered with {@code status} after {@code nanos}. The method is counted as one
   * of {@link #METHODS} and the status as one of {@link #STATUSES} or its class: no tag takes a
   * value from the request as sent.
   */
  @Override
  public void request(String method, String route, int status, long nanos) {
    AtomicReferenceArray<Timer> timers =
        requests.computeIfAbsent(
            route, ignored -> new AtomicReferenceArray<>(METHODS.size() * STATUS_SLOTS));
    int slot = methodIndex(method) * STATUS_SLOTS + statusIndex(status);
    Timer timer = timers.get(slot);
    if (timer == null) {
      timer = requestTimer(route, slot);
      timers.set(slot, timer); // a race registers the same timer twice: the registry keeps one
    }
    timer.record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer requestTimer(String route, int slot) {
    int status = slot % STATUS_SLOTS;
    return Timer.builder("eligibility.http.requests")
        .description("HTTP requests, by method, route and status")
        .tags(
            "method",
            METHODS.get(slot / STATUS_SLOTS),
            "route",
            route,
            "status",
            status < STATUSES.length
                ? Integer.toString(STATUSES[status])
                : STATUS_CLASSES[status - STATUSES.length])
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private static int methodIndex(String method) {
    return switch (method) {
      case "GET" -> 0;
      case "HEAD" -> 1;
      case "POST" -> 2;
      case "PUT" -> 3;
      case "DELETE" -> 4;
      case "PATCH" -> 5;
      case "OPTIONS" -> 6;
      case "TRACE" -> 7;
      default -> 8;
    };
  }

  private static int statusIndex(int status) {
    for (int i = 0; i < STATUSES.length; i++) {
      if (STATUSES[i] == status) {
        return i;
      }
    }
    return STATUSES.length + Math.min(Math.max(status / 100, 1), 5) - 1;
  }

  /** Counts one assessment. */
  @Override
  public void assessed(Assessment assessment) {
    assessments.of(assessment).increment();
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
