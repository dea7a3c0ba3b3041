package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem: a type URI, the HTTP status, a title and a detail in English and Simplified
 * Chinese, and for a 400 every problem with the input ({@code field}, {@code code}, {@code
 * message}). Texts never carry a stack trace or a class name; text echoed from the request is cut
 * to {@value #ECHO_LIMIT} characters.
 *
 * @param type the type URI
 * @param status the HTTP status
 * @param title the title, the same for every problem of the type
 * @param detail what went wrong with this request, and what to do
 * @param errors the problems with the input; empty unless the status is 400
 */
record Problem(
    String type, int status, Text title, Text detail, ImmutableList<InputProblem> errors) {

  /** The media type of problem responses. */
  static final String MEDIA_TYPE = "application/problem+json";

  private static final int ECHO_LIMIT = 100;
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * A text in English and in Simplified Chinese.
   *
   * @param english the English text
   * @param chinese the Simplified Chinese text
   */
  @com.google.errorprone.annotations.Immutable
  record Text(String english, String chinese) {
    String in(Language language) {
      return language == Language.CHINESE ? chinese : english;
    }

    static Text format(String english, String chinese, Object... arguments) {
      return new Text(
          String.format(Locale.ROOT, english, arguments),
          String.format(Locale.ROOT, chinese, arguments));
    }
  }

  private static Problem of(ProblemType type, Text detail) {
    return new Problem(type.uri(), type.status(), type.title(), detail, ImmutableList.of());
  }

  /** An application that cannot be assessed, with every problem found in it. */
  static Problem invalidApplication(List<InputProblem> errors) {
    return new Problem(
        ProblemType.INVALID_APPLICATION.uri(),
        400,
        ProblemType.INVALID_APPLICATION.title(),
        count(errors.size()),
        ImmutableList.copyOf(errors));
  }

  /** A request whose query parameter is wrong. */
  static Problem invalidRequest(InputProblem error) {
    return new Problem(
        ProblemType.INVALID_REQUEST.uri(),
        400,
        ProblemType.INVALID_REQUEST.title(),
        count(1),
        ImmutableList.of(error));
  }

  /** A request with several wrong parameters, each named. */
  static Problem invalidRequest(List<InputProblem> errors) {
    return new Problem(
        ProblemType.INVALID_REQUEST.uri(),
        400,
        ProblemType.INVALID_REQUEST.title(),
        count(errors.size()),
        ImmutableList.copyOf(errors));
  }

  /** Another impact analysis is running; the client should retry after a moment. */
  static Problem busy() {
    return of(
        ProblemType.SERVICE_UNAVAILABLE,
        new Text(
            "Another impact analysis is running; retry after the time in Retry-After.",
            "另一项影响分析正在进行；请在 Retry-After 给出的时间后重试。"));
  }

  private static Text count(int problems) {
    return Text.format(problems == 1 ? "%d problem" : "%d problems", "%d 个问题", problems);
  }

  /** A request for a path that no route has. */
  static Problem notFound(String method, String path) {
    return of(
        ProblemType.NOT_FOUND,
        Text.format(
            "There is no route %s %s: the routes are listed in /openapi.json.",
            "没有路由 %s %s：全部路由见 /openapi.json。",
            echo(method),
            echo(path)));
  }

  /** A request with a method that the route does not take. */
  static Problem methodNotAllowed(String method, String path, String allowed) {
    return of(
        ProblemType.METHOD_NOT_ALLOWED,
        Text.format(
            "%s takes %s, not %s.", "%s 只接受 %s，不接受 %s。", echo(path), allowed, echo(method)));
  }

  /** A body over the limit of a single assessment. */
  static Problem contentTooLarge(long limit) {
    return of(
        ProblemType.CONTENT_TOO_LARGE,
        Text.format(
            "The body exceeds the limit of %d bytes for one application: send many applications"
                + " to /v1/assessments/batch, one per line.",
            "请求体超过单个申请 %d 字节的限制：多个申请请逐行发送到 /v1/assessments/batch。",
            limit));
  }

  /** A body whose media type the route does not take. */
  static Problem unsupportedMediaType(String route, String required, @Nullable String given) {
    return of(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        given == null
            ? Text.format(
                "%s takes %s: give the body's Content-Type.",
                "%s 只接受 %s：请给出请求体的 Content-Type。",
                route,
                required)
            : Text.format(
                "%s takes %s (UTF-8), not %s.",
                "%s 只接受 %s（UTF-8），而不是 %s。",
                route,
                required,
                echo(given)));
  }

  /** A failure of the service itself; the cause is logged, never answered. */
  static Problem internalError() {
    return of(
        ProblemType.INTERNAL_ERROR,
        new Text(
            "The service failed unexpectedly; the failure has been logged. Try again later.",
            "服务意外出错，错误已记录。请稍后重试。"));
  }

  /**
   * The problem for a bare HTTP status, raised by Jetty or Javalin rather than by a handler:
   * malformed HTTP, a body over the limit, a request that arrives while the service stops. A
   * status without a type of its own gets {@code about:blank} and the status's reason phrase as
   * its title, as RFC 9457 says.
   */
  static Problem forStatus(int status) {
    return switch (status) {
      case 400 ->
          of(
              ProblemType.BAD_REQUEST,
              new Text("The request is not well-formed HTTP.", "请求不是格式正确的 HTTP。"));
      case 413 -> contentTooLarge(EligibilityServer.MAX_BODY_BYTES);
      case 500 -> internalError();
      case 503 ->
          of(
              ProblemType.SERVICE_UNAVAILABLE,
              new Text(
                  "The service is stopping and takes no new requests.", "服务正在停止，不再接受新请求。"));
      default -> {
        Text reason = new Text(HttpStatus.getMessage(status), HttpStatus.getMessage(status));
        yield new Problem("about:blank", status, reason, reason, ImmutableList.of());
      }
    };
  }

  private static String echo(String text) {
    return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
  }

  /** Writes this problem as one JSON object, its texts in {@code language}. */
  void write(JsonGenerator out, Language language) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", type);
    out.writeStringField("title", title.in(language));
    out.writeNumberField("status", status);
    out.writeStringField("detail", detail.in(language));
    if (!errors.isEmpty()) {
      out.writeArrayFieldStart("errors");
      for (InputProblem error : errors) {
        out.writeStartObject();
        out.writeStringField("field", error.field());
        out.writeStringField("code", error.code());
        out.writeStringField("message", error.message(language));
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
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
