import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.transport.JettySetup;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The framework's ceiling for the HTTP benchmark: a bare Javalin server on the service's Jetty
 * settings (the same thread pool and queue, made by the service's own {@link
 * JettySetup#threadPool}, and the same idle timeout and largest request, from {@link
 * Limits#DEFAULT}), without the service's handlers, logging or metrics. {@code GET /health}
 * answers a constant JSON body; {@code POST /v1/assessments} echoes the request's body as JSON. So
 * wrk runs the same paths on it as on the service.
 *
 * <p>Run as a source file on the service jar: {@code java -cp eligibility-http.jar
 * bench/BareJavalin.java PORT}. Prints {@code ready on port PORT} once it listens.
 */
public final class BareJavalin {
  private static final byte[] HEALTH =
      "{\"status\":\"UP\",\"policy\":{\"id\":\"park-intake\",\"version\":\"2026.1\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private BareJavalin() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: java -cp eligibility-http.jar bench/BareJavalin.java PORT");
      System.exit(2);
    }
    Limits limits = Limits.DEFAULT;
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.startup.startupWatcherEnabled = false;
              config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
              QueuedThreadPool pool = JettySetup.threadPool(limits);
              pool.setName("bare-javalin");
              config.jetty.threadPool = pool;
              config.jetty.modifyHttpConfiguration(
                  http -> http.setIdleTimeout(limits.idleTimeout().toMillis()));
              config.routes.get(
                  "/health", ctx -> ctx.contentType("application/json").result(HEALTH));
              config.routes.post(
                  "/v1/assessments",
                  ctx -> ctx.contentType("application/json").result(ctx.bodyAsBytes()));
            });
    app.start(Integer.parseInt(args[0]));
    System.out.println("ready on port " + app.port());
  }
}
