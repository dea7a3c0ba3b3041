package io.github.regeneligibility.http;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.routes.Routes;
import io.github.regeneligibility.http.transport.AccessLog;
import io.github.regeneligibility.http.transport.JettySetup;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.ProblemMapper;
import io.github.regeneligibility.http.transport.ServiceMetrics;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.NoEditionInForceException;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference HTTP service: assesses applications under a set of dated policy editions, as the
 * project's wire contract describes, on an embedded Jetty server.
 *
 * <pre>{@code
 * EligibilityServer server = EligibilityServer.builder().port(0).build().start();
 * int port = server.port();
 * // ...
 * server.stop();
 * }</pre>
 *
 * <p>{@link #main} is the executable jar's entry point: {@code java -jar eligibility-http.jar
 * [--port N] [--policy FILE]}.
 */
public final class EligibilityServer implements AutoCloseable {

  /** The port served when none is given. */
  public static final int DEFAULT_PORT = 7070;

  /**
   * How long stopping waits for requests in flight when not told otherwise: 25 s, below the 30 s
   * that Kubernetes grants a pod between SIGTERM and SIGKILL.
   */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(25);

  private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

  private final Javalin app;
  private final Routes handlers;
  private final LiveEditions editions;
  private final int requestedPort;
  private final Duration drainDelay;
  private final boolean accessLog;
  private final ServiceMetrics metrics;
  private final AtomicBoolean draining = new AtomicBoolean();

  private EligibilityServer(Builder builder) {
    this.editions = builder.editions;
    this.requestedPort = builder.port;
    this.drainDelay = builder.drainDelay;
    this.accessLog = builder.accessLog;
    this.metrics =
        builder.metrics
            ? ServiceMetrics.prometheus(() -> editions.current().inForceToday())
            : ServiceMetrics.none();
    editions.addListener(new EditionChanges(metrics));
    ProblemMapper problems = new ProblemMapper();
    this.handlers =
        new Routes(
            EligibilityJson.create(),
            editions,
            problems,
            metrics,
            builder.records,
            builder.requireLogin,
            builder.sessionClock);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.startup.startupWatcherEnabled = false;
              JettySetup.apply(config, builder.limits, builder.stopTimeout, problems);
              config.routes.before(Paths.HEALTH, this::refuseWhileDraining);
              if (metrics.isOn() || accessLog) {
                config.requestLogger.http(this::logRequest);
              }
              handlers.addTo(config.routes);
            });
  }

  /** Counts a request answered after {@code millis} and, if the access log is on, logs it. */
  private void logRequest(Context ctx, Float millis) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? "unmatched" : endpoint.path;
    int status = ctx.res().getStatus();
    metrics.request(ctx.req().getMethod(), route, status, (long) (millis * 1e6));
    if (accessLog) {
      AccessLog.log(ctx, route, status, millis);
    }
  }

  private void refuseWhileDraining(Context ctx) {
    if (draining.get()) {
      throw new ProblemException(ProblemDetails.forStatus(503));
    }
  }

  /** Returns a builder for a server on port {@value #DEFAULT_PORT} with the default edition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityServer}. */
  public static final class Builder {
    private int port = DEFAULT_PORT;
    private LiveEditions editions = LiveEditions.of(Eligibility.defaultEditions());
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
    private Duration drainDelay = Duration.ZERO;
    private boolean accessLog = true;
    private boolean metrics = true;
    private Limits limits = Limits.DEFAULT;
    private Optional<RecordStore> records = Optional.empty();
    private boolean requireLogin;
    private Clock sessionClock = Clock.systemUTC();

    private Builder() {}

    /** The clock that ends the page's sessions after their lifetime; the system's by default. */
    public Builder sessionClock(Clock clock) {
      this.sessionClock = clock;
      return this;
    }

    /**
     * Keeps decision records in {@code store} and serves the record routes over it; without one the
     * service has no record routes. The caller closes the store after the server.
     */
    public Builder records(RecordStore store) {
      this.records = Optional.of(store);
      return this;
    }

    /**
     * Whether the assessment routes ({@code /v1/assessments}, its {@code /batch}, {@code
     * /v1/policy/impact}) need a bearer token of any role, as the record routes always do; needs
     * {@link #records}. Off by default.
     */
    public Builder requireLogin(boolean require) {
      this.requireLogin = require;
      return this;
    }

    /** Sets what the service gives each client at most; the default is {@link Limits#DEFAULT}. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets how long {@link EligibilityServer#drainAndStop()} keeps serving, with {@code /health}
     * answering 503, before it stops taking new connections; the default is zero.
     *
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public Builder drainDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("the drain delay must not be negative: " + delay);
      }
      this.drainDelay = delay;
      return this;
    }

    /** Sets whether each request is logged to {@code eligibility.access}; the default is yes. */
    public Builder accessLog(boolean on) {
      this.accessLog = on;
      return this;
    }

    /** Sets whether {@code GET /metrics} is served and requests are counted; default yes. */
    public Builder metrics(boolean on) {
      this.metrics = on;
      return this;
    }

    /**
     * Sets the port to listen on; 0 picks a free one.
     *
     * @throws IllegalArgumentException if {@code port} is outside 0–65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "port must be from 0 to 65535, not %d", port));
      }
      this.port = port;
      return this;
    }

    /** Sets the editions served; the default is {@link Eligibility#defaultEditions()}. */
    public Builder editions(PolicyEditions editions) {
      this.editions = LiveEditions.of(editions);
      return this;
    }

    /**
     * Sets the editions served as a live set: each request is answered under the set current when
     * it began, and changes applied to it are served from the next request on.
     */
    public Builder editions(LiveEditions editions) {
      this.editions = Objects.requireNonNull(editions, "editions");
      return this;
    }

    /**
     * Sets how long {@link EligibilityServer#stop()} waits for requests in flight.
     *
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Builder stopTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("the stop timeout must not be negative: " + timeout);
      }
      this.stopTimeout = timeout;
      return this;
    }

    /** Returns a server, not yet started. */
    public EligibilityServer build() {
      return new EligibilityServer(this);
    }
  }

  /**
   * Starts serving and logs the port, the edition in force and the time it took.
   *
   * @return this server, started
   * @throws IllegalStateException if no edition is in force today, so that no request could be
   *     assessed without {@code on=}
   * @throws io.javalin.util.JavalinBindException if the port is in use
   */
  public EligibilityServer start() {
    long started = System.nanoTime();
    PolicyEdition edition;
    try {
      edition = editions.current().inForceToday();
    } catch (NoEditionInForceException e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "no policy edition is in force today (%s): the earliest takes effect on %s",
              e.getDate(),
              e.getEarliest()),
          e);
    }
    app.start(requestedPort);
    daemonThread("eligibility-http-prepare").execute(this::prepare);
    Log.SERVER.info(
        "eligibility-http ready on port {} with policy {} {} (effective {}) in {} ms",
        port(),
        edition.getId(),
        edition.getVersion(),
        edition.getEffectiveFrom(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    return this;
  }

  /**
   * Prepares what no request needs before its first use: the validator, the page and the JVM's
   * metrics. Each is also prepared by its first use, which waits for a preparation under way.
   */
  private void prepare() {
    ApplicationValidator.shared();
    handlers.prepare();
    metrics.prepare();
  }

  /** Runs each task given to it on a new daemon thread named {@code name}. */
  private static Executor daemonThread(String name) {
    ThreadFactory threads = new ThreadFactoryBuilder().setNameFormat(name).setDaemon(true).build();
    return task -> threads.newThread(task).start();
  }

  /**
   * The server's logger, made at its first use rather than with this class: making the first logger
   * sets up the logging, which {@link #main} does on another core.
   */
  private static final class Log {
    static final Logger SERVER = LoggerFactory.getLogger(EligibilityServer.class);
  }

  /** Logs each change to the editions served, and counts it. */
  private static final class EditionChanges implements LiveEditions.Listener {
    private final ServiceMetrics metrics;

    EditionChanges(ServiceMetrics metrics) {
      this.metrics = metrics;
    }

    @Override
    public void applied(PolicyEditions applied) {
      Log.SERVER.info(
          "policy editions applied: {}; in force today {}",
          applied.getEditions().stream()
              .map(edition -> edition.getId() + " " + edition.getVersion())
              .toList(),
          applied.inForceToday().getReference());
      metrics.reload(true);
    }

    @Override
    public void refused(ImmutableList<Problem> problems) {
      for (Problem problem : problems) {
        Log.SERVER.warn("policy editions change refused: {}", problem.describe(Language.ENGLISH));
      }
      metrics.reload(false);
    }
  }

  /** Returns the port the server listens on; the one picked, when started on port 0. */
  public int port() {
    return app.port();
  }

  /**
   * Stops the server: no new connection is accepted, requests in flight may finish within the stop
   * timeout, then every connection is closed.
   *
   * @return whether every request in flight finished before the timeout
   */
  public boolean stop() {
    try {
      app.stop();
      Log.SERVER.info("eligibility-http stopped");
      return true;
    } catch (JavalinException e) {
      Log.SERVER.warn("eligibility-http stopped, cutting requests still in flight", e);
      return false;
    }
  }

  /**
   * Drains, then stops: {@code /health} answers 503 at once, so that a load balancer takes the
   * service out of rotation, while the other routes keep serving for the drain delay; then the
   * server stops as {@link #stop()} does.
   *
   * @return whether every request in flight finished before the stop timeout
   */
  public boolean drainAndStop() {
    draining.set(true);
    Log.SERVER.info("eligibility-http draining for {} ms before it stops", drainDelay.toMillis());
    boolean interrupted = false;
    try {
      Thread.sleep(drainDelay.toMillis());
    } catch (InterruptedException e) {
      interrupted = true; // ends the delay early; the stop itself still runs in full
    }
    boolean finished = stop();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return finished;
  }

  /** Returns whether the server drains: {@link #drainAndStop()} has begun. */
  public boolean isDraining() {
    return draining.get();
  }

  /** Stops the server, as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Returns each registered route as {@code METHOD /path}, for checking the API document; the
   * {@code HEAD} route beside each {@code GET} route is left out.
   */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(parsed -> parsed.endpoint.method.isHttpMethod())
        .filter(parsed -> !parsed.endpoint.method.equals(HandlerType.HEAD))
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
        .toList();
  }

  /**
   * Starts the service from the command line; see {@code --help}. Exits with status 2 for bad
   * arguments and 1 for a policy file that cannot be used or a server that cannot start; otherwise
   * serves until stopped by a signal.
   */
  public static void main(String[] args) {
    if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
      System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j"); // Hibernate Validator logs through it
    }
    // What a start needs whatever the command line says runs on the other core while the command
    // line is read: setting up the logging and compiling the default edition. The validator
    // (Hibernate Validator's factory, the longest step of all) is built once the server is ready;
    // building it here would slow the command line down on a machine with two cores.
    CompletableFuture<PolicyEditions> defaultEditions =
        CompletableFuture.supplyAsync(
            () -> {
              LoggerFactory.getILoggerFactory();
              return Eligibility.defaultEditions();
            },
            daemonThread("eligibility-http-start"));
    int status = ServeCommand.execute(args, defaultEditions::join);
    if (status != 0) {
      System.exit(status);
    }
  }
}
