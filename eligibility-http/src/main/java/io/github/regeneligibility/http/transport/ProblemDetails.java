package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 9457 problems the service answers with, each a library {@link ProblemDocument}: the
 * library's own ({@code invalid-application}, {@code internal-error}), and the service's, of a
 * {@link ProblemType} with a detail in both languages. Text echoed from the request is cut by
 * {@link Template#echo}; the document bounds its {@code errors} and writes every text well-formed.
 */
public final class ProblemDetails {

  private ProblemDetails() {}

  /** The details of the problems the service answers with, besides those of the library. */
  private enum Detail {
    NO_ROUTE,
    WRONG_METHOD,
    TOO_LARGE,
    IMPACT_TOO_LARGE,
    WORKBOOK_TOO_LARGE,
    BUSY,
    WORKBOOKS_BUSY,
    NO_MEDIA_TYPE,
    WRONG_MEDIA_TYPE,
    MALFORMED_HTTP,
    STOPPING,
    SATURATED,
    DEADLINE,
    TOO_SLOW,
    NO_CREDENTIALS,
    WRONG_ROLE,
    CSRF_REFUSED,
    LOGIN_REFUSED,
    LOGIN_LIMITED,
    NO_RECORD,
    DATABASE_DOWN;

    private final Template template;

    Detail() {
      this.template = Template.of(Texts.wording(this, "problem-details"));
    }

    Text render(Map<String, ?> facts) {
      return template.render(facts);
    }
  }

  private static ProblemDocument of(ProblemType type, Detail detail, Map<String, ?> facts) {
    return type.problem(detail.render(facts));
  }

  /** An application that cannot be assessed, with every problem found in it. */
  public static ProblemDocument invalidApplication(List<Problem> errors) {
    return ProblemDocument.invalidApplication(errors, 0);
  }

  /**
   * An application that cannot be assessed, with the problems kept of it and the number of the
   * others.
   */
  public static ProblemDocument invalidApplication(List<Problem> errors, long omitted) {
    return ProblemDocument.invalidApplication(errors, omitted);
  }

  /** A request whose query parameter is wrong. */
  public static ProblemDocument invalidRequest(Problem error) {
    return invalidRequest(List.of(error));
  }

  /**
   * A request that cannot be taken, with every problem: a CSV batch whose header is wrong, an
   * impact request with several wrong parts.
   */
  public static ProblemDocument invalidRequest(List<Problem> errors) {
    return ProblemType.INVALID_REQUEST.problem(errors);
  }

  /** Another impact analysis is running; the client should retry after a moment. */
  public static ProblemDocument busy() {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.BUSY, Map.of());
  }

  /** The service serves as many requests, or connections, as it takes at once. */
  public static ProblemDocument saturated() {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.SATURATED, Map.of());
  }

  /** A request not finished within its deadline. */
  public static ProblemDocument deadlinePassed(long deadlineMillis) {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.DEADLINE, Map.of("deadline", deadlineMillis));
  }

  /** A request whose body arrives slower than the minimum rate. */
  public static ProblemDocument tooSlow(long bytesPerSecond) {
    return of(ProblemType.REQUEST_TIMEOUT, Detail.TOO_SLOW, Map.of("rate", bytesPerSecond));
  }

  /** A body over the limit of an impact request. */
  public static ProblemDocument impactTooLarge(long limit) {
    return of(ProblemType.CONTENT_TOO_LARGE, Detail.IMPACT_TOO_LARGE, Map.of("limit", limit));
  }

  /** A workbook over the limit of the batch route. */
  public static ProblemDocument workbookTooLarge(long limit) {
    return of(ProblemType.CONTENT_TOO_LARGE, Detail.WORKBOOK_TOO_LARGE, Map.of("limit", limit));
  }

  /** As many workbooks as the service holds at once are being screened. */
  public static ProblemDocument workbooksBusy(int most) {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.WORKBOOKS_BUSY, Map.of("most", most));
  }

  /** A request for a path that no route has. */
  public static ProblemDocument notFound(String method, String path) {
    return of(
        ProblemType.NOT_FOUND,
        Detail.NO_ROUTE,
        Map.of("method", Template.echo(method), "path", Template.echo(path)));
  }

  /** A request with a method that the route does not take. */
  public static ProblemDocument methodNotAllowed(String method, String path, String allowed) {
    return of(
        ProblemType.METHOD_NOT_ALLOWED,
        Detail.WRONG_METHOD,
        Map.of("path", Template.echo(path), "allowed", allowed, "method", Template.echo(method)));
  }

  /** A body over the limit of a single assessment. */
  public static ProblemDocument contentTooLarge(long limit) {
    return of(ProblemType.CONTENT_TOO_LARGE, Detail.TOO_LARGE, Map.of("limit", limit));
  }

  /** A body whose media type the route does not take. */
  public static ProblemDocument unsupportedMediaType(
      String route, String required, @Nullable String given) {
    return given == null
        ? of(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            Detail.NO_MEDIA_TYPE,
            Map.of("route", route, "required", required))
        : of(
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            Detail.WRONG_MEDIA_TYPE,
            Map.of("route", route, "required", required, "given", Template.echo(given)));
  }

  /** A request without credentials, or with credentials that are not accepted. */
  public static ProblemDocument unauthorized() {
    return of(ProblemType.UNAUTHORIZED, Detail.NO_CREDENTIALS, Map.of());
  }

  /** A request by a user whose role may not do it. */
  public static ProblemDocument forbidden(Text role, String route) {
    return of(ProblemType.FORBIDDEN, Detail.WRONG_ROLE, Map.of("role", role, "route", route));
  }

  /**
   * A request made with the page's session cookie that changes something, without the session's
   * CSRF token in its header.
   */
  public static ProblemDocument csrfRefused(String header) {
    return of(ProblemType.FORBIDDEN, Detail.CSRF_REFUSED, Map.of("header", header));
  }

  /** A login whose name or password is wrong, or whose user is disabled; which, is not said. */
  public static ProblemDocument loginRefused() {
    return of(ProblemType.UNAUTHORIZED, Detail.LOGIN_REFUSED, Map.of());
  }

  /** A login refused unchecked: too many failed of late; retry after {@code seconds}. */
  public static ProblemDocument loginLimited(long seconds) {
    return of(ProblemType.TOO_MANY_REQUESTS, Detail.LOGIN_LIMITED, Map.of("seconds", seconds));
  }

  /** A request for a decision record that does not exist. */
  public static ProblemDocument recordNotFound(String id) {
    return of(ProblemType.NOT_FOUND, Detail.NO_RECORD, Map.of("id", Template.echo(id)));
  }

  /** The records' database cannot be used now; the assessment routes still work. */
  public static ProblemDocument databaseUnavailable() {
    return of(ProblemType.SERVICE_UNAVAILABLE, Detail.DATABASE_DOWN, Map.of());
  }

  /** A failure of the service itself; the cause is logged, never answered. */
  public static ProblemDocument internalError() {
    return ProblemDocument.internalError();
  }

  /**
   * The problem for a bare HTTP status, raised by Jetty or Javalin rather than by a handler:
   * malformed HTTP, a body over the limit, a request that arrives while the service stops. A status
   * without a type of its own gets {@code about:blank} and the status's reason phrase as its title,
   * as RFC 9457 says.
   */
  public static ProblemDocument forStatus(int status) {
    return switch (status) {
      case 400 -> ProblemDocument.badRequest(Detail.MALFORMED_HTTP.render(Map.of()));
      case 413 -> contentTooLarge(Limits.MAX_BODY_BYTES);
      case 500 -> internalError();
      case 503 -> of(ProblemType.SERVICE_UNAVAILABLE, Detail.STOPPING, Map.of());
      default -> {
        Text reason = Text.of(HttpStatus.getMessage(status), HttpStatus.getMessage(status));
        yield ProblemDocument.of("about:blank", status, reason, reason);
      }
    };
  }
}
