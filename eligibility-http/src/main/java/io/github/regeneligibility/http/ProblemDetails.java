package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.base.Utf8;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem answer: a type URI, the HTTP status, a title and a detail as {@link Text}s,
 * and for a 400 every {@link Problem} with the input ({@code field}, {@code code}, {@code
 * message}): the {@code errors} are renderings of the library's problems. Texts never carry a stack
 * trace or a class name; text echoed from the request is cut by {@link Template#echo}.
 *
 * <p>An answer is bounded whatever the request holds: at most {@value #MAX_ERRORS} {@code errors}
 * are written, and fewer when they would take more than {@value #ERRORS_BUDGET} bytes; the others
 * are counted in {@code omittedErrors}, with those the reader already counted and did not keep. So
 * a problem answer, and the problem of a batch line, never exceeds 64 KiB.
 *
 * @param type the type URI
 * @param status the HTTP status
 * @param title the title, the same for every problem of the type
 * @param detail what went wrong with this request, and what to do
 * @param errors the problems with the input; empty unless the status is 400
 * @param omitted how many more problems with the input were found and not kept
 */
record ProblemDetails(
    String type, int status, Text title, Text detail, ImmutableList<Problem> errors, long omitted) {

  /** The most {@code errors} an answer lists. */
  static final int MAX_ERRORS = 100;

  /** The most bytes of UTF-8 JSON that the {@code errors} of an answer take. */
  static final int ERRORS_BUDGET = 60 * 1024;

  /** The media type of problem responses. */
  static final String MEDIA_TYPE = "application/problem+json";

  private static final JsonFactory JSON = new JsonFactory();

  /** The details of the problems the service answers with, besides those of the library. */
  private enum Detail {
    ONE_PROBLEM,
    PROBLEMS,
    NO_ROUTE,
    WRONG_METHOD,
    TOO_LARGE,
    IMPACT_TOO_LARGE,
    BUSY,
    NO_MEDIA_TYPE,
    WRONG_MEDIA_TYPE,
    INTERNAL,
    MALFORMED_HTTP,
    BODY_BROKE_OFF,
    STOPPING,
    SATURATED,
    DEADLINE,
    TOO_SLOW;

    private final Template template;

    Detail() {
      this.template = Template.of(Texts.wording(this, "problem-details"));
    }

    Text render(Map<String, ?> facts) {
      return template.render(facts);
    }
  }

  private static ProblemDetails of(ProblemType type, Text detail) {
    return new ProblemDetails(
        type.uri(), type.status(), type.title(), detail, ImmutableList.of(), 0);
  }

  private static ProblemDetails of(ProblemType type, Detail detail, Map<String, ?> facts) {
    return of(type, detail.render(facts));
  }

  /** An application that cannot be assessed, with every problem found in it. */
  static ProblemDetails invalidApplication(List<Problem> errors) {
    return invalidApplication(errors, 0);
  }

  /**
   * An application that cannot be assessed, with the problems kept of it and the number of the
   * others.
   */
  static ProblemDetails invalidApplication(List<Problem> errors, long omitted) {
    return withErrors(ProblemType.INVALID_APPLICATION, errors, omitted);
  }

  /** A request whose query parameter is wrong. */
  static ProblemDetails invalidRequest(Problem error) {
    return invalidRequest(List.of(error));
  }

  /**
   * A request that cannot be taken, with every problem: a CSV batch whose header is wrong, an
   * impact request with several wrong parts.
   */
  static ProblemDetails invalidRequest(List<Problem> errors) {
    return withErrors(ProblemType.INVALID_REQUEST, errors, 0);
  }

  /** Another impact analysis is running; the client should retry after a moment. */
  static ProblemDetails busy() {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.BUSY, Map.of());
  }

  /** The service serves as many requests, or connections, as it takes at once. */
  static ProblemDetails saturated() {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.SATURATED, Map.of());
  }

  /** A request not finished within its deadline. */
  static ProblemDetails deadlinePassed(long deadlineMillis) {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.DEADLINE, Map.of("deadline", deadlineMillis));
  }

  /** A request whose body arrives slower than the minimum rate. */
  static ProblemDetails tooSlow(long bytesPerSecond) {
    return of(ProblemType.REQUEST_TIMEOUT, Detail.TOO_SLOW, Map.of("rate", bytesPerSecond));
  }

  /** A body over the limit of an impact request. */
  static ProblemDetails impactTooLarge(long limit) {
    return of(ProblemType.CONTENT_TOO_LARGE, Detail.IMPACT_TOO_LARGE, Map.of("limit", limit));
  }

  private static ProblemDetails withErrors(ProblemType type, List<Problem> errors, long omitted) {
    long total = errors.size() + omitted;
    Text count =
        total == 1
            ? Detail.ONE_PROBLEM.render(Map.of())
            : Detail.PROBLEMS.render(Map.of("count", total));
    return new ProblemDetails(
        type.uri(), type.status(), type.title(), count, ImmutableList.copyOf(errors), omitted);
  }

  /** A request for a path that no route has. */
  static ProblemDetails notFound(String method, String path) {
    return of(
        ProblemType.NOT_FOUND,
        Detail.NO_ROUTE,
        ImmutableMap.of("method", Template.echo(method), "path", Template.echo(path)));
  }

  /** A request with a method that the route does not take. */
  static ProblemDetails methodNotAllowed(String method, String path, String allowed) {
    return of(
        ProblemType.METHOD_NOT_ALLOWED,
        Detail.WRONG_METHOD,
        ImmutableMap.of(
            "path", Template.echo(path), "allowed", allowed, "method", Template.echo(method)));
  }

  /** A body over the limit of a single assessment. */
  static ProblemDetails contentTooLarge(long limit) {
    return of(ProblemType.CONTENT_TOO_LARGE, Detail.TOO_LARGE, Map.of("limit", limit));
  }

  /** A body whose media type the route does not take. */
  static ProblemDetails unsupportedMediaType(
      String route, String required, @Nullable String given) {
    return given == null
        ? of(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            Detail.NO_MEDIA_TYPE,
            ImmutableMap.of("route", route, "required", required))
        : of(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            Detail.WRONG_MEDIA_TYPE,
            ImmutableMap.of("route", route, "required", required, "given", Template.echo(given)));
  }

  /**
   * A batch whose body could not be read on at record {@code line}: it broke off, or stopped
   * arriving.
   */
  static ProblemDetails bodyBrokeOff(long line) {
    return of(ProblemType.BAD_REQUEST, Detail.BODY_BROKE_OFF, Map.of("line", line));
  }

  /** A failure of the service itself; the cause is logged, never answered. */
  static ProblemDetails internalError() {
    return of(ProblemType.INTERNAL_ERROR, Detail.INTERNAL, Map.of());
  }

  /**
   * The problem for a bare HTTP status, raised by Jetty or Javalin rather than by a handler:
   * malformed HTTP, a body over the limit, a request that arrives while the service stops. A status
   * without a type of its own gets {@code about:blank} and the status's reason phrase as its title,
   * as RFC 9457 says.
   */
  static ProblemDetails forStatus(int status) {
    return switch (status) {
      case 400 -> of(ProblemType.BAD_REQUEST, Detail.MALFORMED_HTTP, Map.of());
      case 413 -> contentTooLarge(EligibilityServer.MAX_BODY_BYTES);
      case 500 -> internalError();
      case 503 -> of(ProblemType.SERVICE_UNAVAILABLE, Detail.STOPPING, Map.of());
      default -> {
        Text reason = Text.of(HttpStatus.getMessage(status), HttpStatus.getMessage(status));
        yield new ProblemDetails("about:blank", status, reason, reason, ImmutableList.of(), 0);
      }
    };
  }

  /**
   * Writes this problem as one JSON object, its texts in {@code language}. Every text is written
   * {@linkplain Template#wellFormed well-formed}, so that no content can keep a problem from being
   * written.
   */
  void write(JsonGenerator out, Language language) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", type);
    out.writeStringField("title", Template.wellFormed(title.in(language)));
    out.writeNumberField("status", status);
    out.writeStringField("detail", Template.wellFormed(detail.in(language)));
    if (!errors.isEmpty()) {
      out.writeArrayFieldStart("errors");
      int written = 0;
      int bytes = 0;
      for (Problem error : errors) {
        String rendered = render(error, language);
        bytes += Utf8.encodedLength(rendered) + 1;
        if (written == MAX_ERRORS || bytes > ERRORS_BUDGET) {
          break;
        }
        out.writeRawValue(rendered);
        written++;
      }
      out.writeEndArray();
      long notWritten = omitted + errors.size() - written;
      if (notWritten > 0) {
        out.writeNumberField("omittedErrors", notWritten);
      }
    }
    out.writeEndObject();
  }

  /** Returns {@code problem} as an element of the answer: {@code {"field", "code", "message"}}. */
  private static String render(Problem problem, Language language) throws IOException {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("field", Template.wellFormed(problem.getPath()));
      out.writeStringField("code", problem.getCode().name());
      out.writeStringField("message", Template.wellFormed(problem.getMessage(language)));
      out.writeEndObject();
    }
    return text.toString();
  }

  /** Returns this problem as a UTF-8 JSON document, its texts in {@code language}. */
  byte[] toJson(Language language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator out = JSON.createGenerator(bytes)) {
      write(out, language);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
