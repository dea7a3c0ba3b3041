package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.json.ProblemKind;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.util.List;

/**
 * The kinds of problem the service answers with besides the library's ({@code invalid-application},
 * {@code bad-request}, {@code internal-error}, made by {@link ProblemDocument}): each has an RFC
 * 9457 type URI, an HTTP status and a title in both languages (from {@code
 * problem-titles_<locale>.properties}). Clients may branch on the type URI.
 */
enum ProblemType {
  /** A query parameter is wrong; {@code errors} names it. */
  INVALID_REQUEST(400, "invalid-request"),
  /** The route needs a login: no credentials, or credentials that are not accepted. */
  UNAUTHORIZED(401, "unauthorized"),
  /** The user's role may not do this. */
  FORBIDDEN(403, "forbidden"),
  /** No route has this path. */
  NOT_FOUND(404, "not-found"),
  /** The route exists but not with this method. */
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  /** The request's body arrived slower than the minimum rate. */
  REQUEST_TIMEOUT(408, "request-timeout"),
  /** The body exceeds the size limit. */
  CONTENT_TOO_LARGE(413, "content-too-large"),
  /** The body's media type is not the one the route takes. */
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  /** Too many logins failed of late; {@code Retry-After} says when to try again. */
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  /**
   * The service is stopping, at its limit of concurrent requests or connections, or could not
   * finish the request within its deadline; {@code Retry-After} says when to try again.
   */
  SERVICE_UNAVAILABLE(503, "service-unavailable");

  private final ProblemKind kind;

  ProblemType(int status, String slug) {
    this.kind = ProblemKind.of(status, slug, Texts.wording(this, "problem-titles"));
  }

  /** Returns the problem of this type that {@code detail} tells. */
  ProblemDocument problem(Text detail) {
    return kind.document(detail);
  }

  /** Returns the problem of this type that lists {@code errors}. */
  ProblemDocument problem(List<Problem> errors) {
    return kind.document(errors, 0);
  }
}
