package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.http.contract.Headers;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The service's first handler, before Javalin: what every request and every answer gets from the
 * transport, whatever the route.
 *
 * <ul>
 *   <li>Every request gets its id ({@link RequestIds}), echoed as {@code X-Request-Id} on its
 *       answer and set in the logging context while the handler runs on its thread.
 *   <li>Every answer says {@code X-Content-Type-Options: nosniff}; assessments, decision records
 *       and the page's login say {@code Cache-Control: no-store}.
 *   <li>Method-override headers ({@code X-HTTP-Method-Override}, {@code X-HTTP-Method}, {@code
 *       X-Method-Override}) are removed, so that no layer below can honour them.
 *   <li>A work request (any route but {@code /health} and {@code /metrics}) holds one of the {@link
 *       Limits#maxConcurrentRequests()} permits while it runs. One that finds none, or that arrives
 *       while more than {@link Limits#maxConnections()} connections are open, is answered at once
 *       with 503, {@code Retry-After} and {@code Connection: close}, without taking a permit;
 *       health and metrics never wait for a permit, and have threads and connections of their own
 *       beyond those of the work.
 *   <li>A request whose route reads no body (anything but a {@code POST} to an assessment, batch,
 *       impact, decision or login route) has its body, if it has one, read and dropped before it is
 *       handled, up to {@link Limits#MAX_IGNORED_BODY} bytes: a connection closed with request
 *       bytes unread is reset, and a reset can destroy the part of an answer that the client has
 *       not read yet.
 *   <li>A request body that arrives slower than {@link Limits#minRequestRate()}, and a single
 *       assessment not read within {@link Limits#assessmentDeadline()}, fail the handler's next
 *       read with the problem that says so; an answer that a client takes slower than {@link
 *       Limits#minResponseRate()} closes the connection.
 * </ul>
 */
public final class Transport extends Handler.Wrapper {
  private static final Set<String> OVERRIDES =
      Set.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
  private static final Set<String> UNLIMITED = Set.of(Paths.HEALTH, Paths.METRICS);
  private static final Set<String> NO_STORE =
      Set.of(Paths.ASSESSMENTS, Paths.BATCH, Paths.IMPACT, Paths.DECISIONS, Paths.SESSION);
  private static final long GRACE_NANOS = Limits.RATE_GRACE.toNanos();

  /** The state of a {@link SlowReaders} write whose callback has run. */
  private static final Object DONE = new Object();

  private final Limits limits;
  private final Semaphore permits;
  private volatile IntSupplier openConnections = () -> 0;

  /** Returns the transport of a service that gives each client at most {@code limits}. */
  public Transport(Limits limits) {
    this.limits = limits;
    this.permits = new Semaphore(limits.maxConcurrentRequests());
  }

  /** Tells the handler how to count the connections open now, once the server has connectors. */
  public void countConnectionsWith(IntSupplier openConnections) {
    this.openConnections = openConnections;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(Headers.NOSNIFF_HEADER, Headers.NOSNIFF);
    String id = RequestIds.assign(request);
    headers.put(Headers.REQUEST_ID, id);
    MDC.put(RequestIds.LOG_KEY, id);
    try {
      return handle(request, response, callback, headers);
    } finally {
      MDC.remove(RequestIds.LOG_KEY);
    }
  }

  private boolean handle(
      Request request, Response response, Callback callback, HttpFields.Mutable headers)
      throws Exception {
    String path = Request.getPathInContext(request);
    if (NO_STORE.contains(path) || path.startsWith(Paths.DECISIONS + "/")) {
      doNotStore(headers);
    }
    if (hasBody(request) && !(HttpMethod.POST.is(request.getMethod()) && NO_STORE.contains(path))) {
      dropBody(request);
    }
    Request stripped = withoutOverrides(request);
    if (UNLIMITED.contains(path)) {
      return super.handle(stripped, response, callback);
    }
    if (openConnections.getAsInt() > limits.maxConnections() || !permits.tryAcquire()) {
      refuse(request, response, callback);
      return true;
    }
    boolean handled = false;
    try {
      long deadline = path.equals(Paths.ASSESSMENTS) ? limits.assessmentDeadline().toNanos() : 0;
      handled =
          super.handle(
              new Limited(stripped, deadline),
              new SlowReaders(request, response),
              Callback.from(callback, (Runnable) permits::release));
      return handled;
    } finally {
      if (!handled) {
        permits.release();
      }
    }
  }

  /**
   * Marks an answer that no cache may store: assessments, and every problem. The one place the
   * service sets {@code Cache-Control: no-store}.
   */
  static void doNotStore(HttpFields.Mutable headers) {
    headers.put(HttpHeader.CACHE_CONTROL, Headers.NO_STORE);
  }

  /**
   * Returns whether {@code request} comes with a body: a {@code Content-Length} above zero, or a
   * {@code Transfer-Encoding}. A request with neither (most {@code GET}s) has none, and its length
   * is unknown (-1), not zero.
   */
  private static boolean hasBody(Request request) {
    long length = request.getLength();
    return length > 0
        || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
  }

  /** Reads and drops the body of {@code request}, up to {@link Limits#MAX_IGNORED_BODY} bytes. */
  private static void dropBody(Request request) {
    byte[] buffer = new byte[8192];
    long read = 0;
    try (InputStream in = Content.Source.asInputStream(request)) {
      int n = 0;
      while (read <= Limits.MAX_IGNORED_BODY && n >= 0) {
        n = in.read(buffer);
        read += Math.max(n, 0);
      }
    } catch (IOException e) {
      // The client broke off its body; the answer goes out, or fails, as it would have.
    }
  }

  private static Request withoutOverrides(Request request) {
    HttpFields headers = request.getHeaders();
    if (OVERRIDES.stream().noneMatch(headers::contains)) {
      return request;
    }
    HttpFields.Mutable kept = HttpFields.build(headers);
    OVERRIDES.forEach(kept::remove);
    HttpFields without = kept.asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return without;
      }
    };
  }

  private static void refuse(Request request, Response response, Callback callback) {
    Language language = AcceptLanguage.of(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    response.setStatus(503);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, MediaTypes.PROBLEM_JSON);
    doNotStore(headers);
    headers.put(HttpHeader.RETRY_AFTER, Headers.RETRY_AFTER_SECONDS);
    headers.put(HttpHeader.CONNECTION, "close");
    byte[] body =
        ProblemDetails.saturated()
            .toJson(language, RequestIds.problemExtensions(RequestIds.assign(request)));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * A request whose body must arrive at the minimum rate and, for a single assessment, within its
   * deadline: a read past either fails with the problem that says so. Once the handler has to wait
   * for the body (a read finds nothing yet), the endpoint's idle timeout is shortened to the
   * deadline, so that a client that sends nothing more is caught too. A body that is there at once
   * (most are: it comes with the headers) leaves the idle timeout alone, which would otherwise take
   * the scheduler's queue, one lock for every thread, twice a request.
   */
  private final class Limited extends Request.Wrapper {
    private final long started = System.nanoTime();
    private final long deadline;
    private long read;
    private boolean idleShortened;
    private @Nullable ProblemException failure;

    Limited(Request request, long deadline) {
      super(request);
      this.deadline = deadline;
    }

    /** Shortens the endpoint's idle timeout to the deadline until the request completes. */
    private void shortenIdleTimeout() {
      idleShortened = true;
      Request request = getWrapped();
      EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
      long idle = endPoint.getIdleTimeout();
      long millis = TimeUnit.NANOSECONDS.toMillis(deadline);
      if (idle <= 0 || idle > millis) {
        endPoint.setIdleTimeout(millis);
        Request.addCompletionListener(request, ignored -> endPoint.setIdleTimeout(idle));
      }
    }

    @Override
    public Content.@Nullable Chunk read() {
      if (failure != null) {
        return Content.Chunk.from(failure, true);
      }
      Content.Chunk chunk = super.read();
      if (chunk == null && deadline > 0 && !idleShortened) {
        shortenIdleTimeout();
      }
      long elapsed = System.nanoTime() - started;
      if (chunk != null) {
        read += chunk.remaining();
      }
      ProblemException late = null;
      if (deadline > 0 && elapsed > deadline) {
        late =
            new ProblemException(
                ProblemDetails.deadlinePassed(TimeUnit.NANOSECONDS.toMillis(deadline)));
      } else if (limits.minRequestRate() > 0
          && elapsed > GRACE_NANOS
          && read < limits.minRequestRate() * ((elapsed - GRACE_NANOS) / 1_000_000_000L)) {
        late = new ProblemException(ProblemDetails.tooSlow(limits.minRequestRate()));
      }
      if (late == null || (chunk != null && chunk.isLast() && !Content.Chunk.isFailure(chunk))) {
        return chunk;
      }
      if (chunk != null) {
        chunk.release();
      }
      failure = late;
      return Content.Chunk.from(late, true);
    }
  }

  /**
   * A response that a client must take at the minimum rate: each write that is not done within the
   * grace plus its size at that rate closes the connection.
   */
  private final class SlowReaders extends Response.Wrapper {
    private final Scheduler scheduler;
    private final EndPoint endPoint;

    SlowReaders(Request request, Response response) {
      super(request, response);
      this.scheduler = request.getComponents().getScheduler();
      this.endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    }

    @Override
    public void write(boolean last, @Nullable ByteBuffer content, Callback callback) {
      long size = content == null ? 0 : content.remaining();
      if (limits.minResponseRate() <= 0 || size == 0) {
        super.write(last, content, callback);
        return;
      }
      long allowed = GRACE_NANOS + size * 1_000_000_000L / limits.minResponseRate();
      // Most answers are written at once, before write returns: their timeout is never scheduled,
      // so that they do not take the scheduler's queue (one lock for every thread) twice each. One
      // still under way when write returns has its timeout scheduled then.
      AtomicReference<@Nullable Object> state = new AtomicReference<>();
      super.write(
          last,
          content,
          Callback.from(
              callback,
              (Runnable)
                  () -> {
                    if (state.getAndSet(DONE) instanceof Scheduler.Task timeout) {
                      timeout.cancel();
                    }
                  }));
      if (state.get() != null) {
        return;
      }
      Scheduler.Task timeout =
          scheduler.schedule(
              () ->
                  endPoint.close(
                      new TimeoutException(
                          "the client took the answer slower than "
                              + limits.minResponseRate()
                              + " bytes per second")),
              allowed,
              TimeUnit.NANOSECONDS);
      if (!state.compareAndSet(null, timeout)) {
        timeout.cancel();
      }
    }
  }
}
