package io.github.regeneligibility.http.transport;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes one line per request to the logger {@code eligibility.access}: method, route, status,
 * bytes of the body sent, milliseconds, the edition used (when the request was assessed), the
 * {@code on} date asked for, and a client's {@code X-Request-Id} that was replaced (cut, and
 * anything but printable ASCII as {@code ?}); the request's id is in the logging context as {@code
 * requestId}. Never a body, and no query value other than {@code on}. The shipped {@code
 * logback.xml} sends these lines through an {@link AccessLogAppender}, which never makes a request
 * wait.
 */
public final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("eligibility.access");
  private static final int ECHO = 32;

  /** The request attribute holding the edition ({@code id@version}) an assessment used. */
  public static final String EDITION = "eligibility.edition";

  private AccessLog() {}

  /** Logs a request answered with {@code status} on {@code route} after {@code millis}. */
  public static void log(Context ctx, String route, int status, float millis) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    @Nullable Object edition = ctx.attribute(EDITION);
    @Nullable String on =
        QueryParameters.readFor(ctx).flatMap(query -> query.get("on")).orElse(null);
    @Nullable String replaced = RequestIds.replaced(ctx);
    // Built by hand, not with String.format: this runs on the request's thread, once a request.
    long tenths = Math.round(millis * 10.0);
    StringBuilder line =
        new StringBuilder(96)
            .append(ctx.req().getMethod())
            .append(' ')
            .append(route)
            .append(' ')
            .append(status)
            .append(' ')
            .append(bytesSent(ctx.res()))
            .append("B ")
            .append(tenths / 10)
            .append('.')
            .append(tenths % 10)
            .append("ms edition=")
            .append(edition == null ? "-" : edition);
    if (on != null) {
      line.append(" on=").append(printable(on));
    }
    if (replaced != null) {
      line.append(" replacedRequestId=").append(printable(replaced));
    }
    // The request's thread may not be the one that ran it: the id is set for this line itself.
    @Nullable String outer = MDC.get(RequestIds.LOG_KEY);
    MDC.put(RequestIds.LOG_KEY, RequestIds.of(ctx));
    try {
      LOG.info(line.toString());
    } finally {
      if (outer == null) {
        MDC.remove(RequestIds.LOG_KEY);
      } else {
        MDC.put(RequestIds.LOG_KEY, outer);
      }
    }
  }

  /** The bytes of the body written so far, or -1 where the server does not tell. */
  static long bytesSent(HttpServletResponse response) {
    return response instanceof ServletApiResponse servlet
        ? servlet.getServletChannel().getHttpOutput().getWritten()
        : -1;
  }

  /** {@code text} cut to a short length, with anything but printable ASCII as {@code ?}. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), ECHO + 1));
    for (int i = 0; i < text.length() && i < ECHO; i++) {
      char c = text.charAt(i);
      out.append(c >= 0x21 && c < 0x7f ? c : '?');
    }
    return text.length() > ECHO ? out.append('…').toString() : out.toString();
  }
}
