package io.github.regeneligibility.http.contract;

import io.github.regeneligibility.screening.Screening;
import java.time.Duration;
import java.util.Locale;

/**
 * What the service gives each client at most, so that slow or greedy clients cannot starve the
 * others nor {@code /health}. Work requests (every route but {@code /health} and {@code /metrics})
 * hold one of {@link #maxConcurrentRequests} permits while they run; the threads beyond them, and
 * the connections beyond {@link #maxConnections}, are kept for {@code /health} and {@code
 * /metrics}. A work request that finds no permit, or arrives on a connection past the limit, is
 * answered at once with 503 and {@code Retry-After}.
 *
 * @param maxThreads the most threads that serve requests
 * @param maxQueuedJobs the most tasks that wait for a thread; past them, new work is refused
 * @param maxConcurrentRequests the most work requests served at once, below {@code maxThreads}
 * @param maxConnections the most open connections that work requests are served on; {@link
 *     #HEALTH_CONNECTIONS} more are accepted, for {@code /health} and {@code /metrics} alone
 * @param idleTimeout how long a connection may send and take nothing before it is closed
 * @param minRequestRate the slowest a request body may arrive, in bytes per second, after the first
 *     {@link #RATE_GRACE}; zero for no minimum
 * @param minResponseRate the slowest a client may take an answer, in bytes per second of each
 *     write, after {@link #RATE_GRACE}; zero for no minimum
 * @param assessmentDeadline how long a single assessment may take, from its first byte to its
 *     answer; past it, 503 with {@code Retry-After}
 */
public record Limits(
    int maxThreads,
    int maxQueuedJobs,
    int maxConcurrentRequests,
    int maxConnections,
    Duration idleTimeout,
    long minRequestRate,
    long minResponseRate,
    Duration assessmentDeadline) {

  /** The largest body of {@code POST /v1/assessments}, in bytes (1 MiB); larger ones get 413. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /**
   * The longest line of a batch, in bytes (1 MiB): the library's screening's limit of a record; a
   * longer line is answered with an error.
   */
  public static final int MAX_LINE_BYTES = Screening.MAX_RECORD_BYTES;

  /**
   * The largest workbook the batch route takes, in bytes (16 MiB; a workbook of 100,000 rows is
   * about 5 MiB): the upload is held in a buffer of at most this size while it is checked against
   * every bound of the library's reader, before the answer begins. A larger one gets 413.
   */
  public static final int MAX_WORKBOOK_BYTES = 16 << 20;

  /**
   * The most workbooks screened at once: each is held whole in memory while it is screened, so a
   * further one gets 503 with {@code Retry-After}.
   */
  public static final int MAX_CONCURRENT_WORKBOOKS = 2;

  /** The largest body of an impact request, in bytes (8 MiB: a cohort of 10,000 fits). */
  public static final int MAX_IMPACT_BODY_BYTES = 8 << 20;

  /** The most applications an impact request's cohort may hold. */
  public static final int MAX_COHORT = 10_000;

  /** The most of a body that a route which reads none takes in and drops: 64 KiB. */
  public static final int MAX_IGNORED_BODY = 64 * 1024;

  /** The threads kept beyond the work permits: Jetty's acceptors and selectors, and health. */
  public static final int RESERVED_THREADS = 16;

  /** The connections accepted beyond {@link #maxConnections()}, for health and metrics alone. */
  public static final int HEALTH_CONNECTIONS = 32;

  /** How long a request or a response may be slower than its minimum rate, at its start. */
  public static final Duration RATE_GRACE = Duration.ofSeconds(5);

  /** The limits used when none are given. */
  public static final Limits DEFAULT =
      new Limits(200, 1024, 160, 2048, Duration.ofSeconds(30), 256, 256, Duration.ofSeconds(10));

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a count is below 1, a rate below zero, a duration not
   *     positive, or {@code maxConcurrentRequests} leaves fewer than {@link #RESERVED_THREADS} of
   *     {@code maxThreads} for health
   */
  public Limits {
    positive("maxQueuedJobs", maxQueuedJobs);
    positive("maxConcurrentRequests", maxConcurrentRequests);
    positive("maxConnections", maxConnections);
    if (maxThreads < maxConcurrentRequests + RESERVED_THREADS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "maxThreads must be at least maxConcurrentRequests + %d (%d), not %d",
              RESERVED_THREADS,
              maxConcurrentRequests + RESERVED_THREADS,
              maxThreads));
    }
    if (minRequestRate < 0 || minResponseRate < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the minimum rates must not be negative, not %d and %d",
              minRequestRate,
              minResponseRate));
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive, not " + idleTimeout);
    }
    if (assessmentDeadline.isNegative() || assessmentDeadline.isZero()) {
      throw new IllegalArgumentException(
          "assessmentDeadline must be positive, not " + assessmentDeadline);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be at least 1, not %d", name, value));
    }
  }

  /** Returns these limits with {@code count} work permits and as many threads as they need. */
  public Limits withMaxConcurrentRequests(int count) {
    return new Limits(
        Math.max(maxThreads, count + RESERVED_THREADS),
        maxQueuedJobs,
        count,
        maxConnections,
        idleTimeout,
        minRequestRate,
        minResponseRate,
        assessmentDeadline);
  }

  /** Returns these limits with {@code count} connections for work requests. */
  public Limits withMaxConnections(int count) {
    return new Limits(
        maxThreads,
        maxQueuedJobs,
        maxConcurrentRequests,
        count,
        idleTimeout,
        minRequestRate,
        minResponseRate,
        assessmentDeadline);
  }

  /** Returns these limits with {@code deadline} for a single assessment. */
  public Limits withAssessmentDeadline(Duration deadline) {
    return new Limits(
        maxThreads,
        maxQueuedJobs,
        maxConcurrentRequests,
        maxConnections,
        idleTimeout,
        minRequestRate,
        minResponseRate,
        deadline);
  }
}
