package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Text;

/**
 * The kinds of problem the service answers with besides the library's ({@code invalid-application},
 * {@code bad-request}, {@code internal-error}, made by {@link ProblemDocument}): each has an RFC
 * 9457 type URI, an HTTP status and a title in both languages. Clients may branch on the type URI.
 */
enum ProblemType {
  /** A query parameter is wrong; {@code errors} names it. */
  INVALID_REQUEST(400, "invalid-request", "Invalid request", "请求无效"),
  /** The route needs a login: no credentials, or credentials that are not accepted. */
  UNAUTHORIZED(401, "unauthorized", "Unauthorized", "未登录"),
  /** The user's role may not do this. */
  FORBIDDEN(403, "forbidden", "Forbidden", "无权操作"),
  /** No route has this path. */
  NOT_FOUND(404, "not-found", "Not found", "未找到"),
  /** The route exists but not with this method. */
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "不允许的方法"),
  /** The request's body arrived slower than the minimum rate. */
  REQUEST_TIMEOUT(408, "request-timeout", "Request timeout", "请求超时"),
  /** The body exceeds the size limit. */
  CONTENT_TOO_LARGE(413, "content-too-large", "Content too large", "请求体过大"),
  /** The body's media type is not the one the route takes. */
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "不支持的媒体类型"),
  /**
   * The service is stopping, at its limit of concurrent requests or connections, or could not
   * finish the request within its deadline; {@code Retry-After} says when to try again.
   */
  SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable", "服务不可用");

  private final int status;
  private final String uri;
  private final Text title;

  ProblemType(int status, String slug, String englishTitle, String chineseTitle) {
    this.status = status;
    this.uri = ProblemDocument.TYPE_BASE + slug;
    this.title = Text.of(englishTitle, chineseTitle);
  }

  int status() {
    return status;
  }

  String uri() {
    return uri;
  }

  Text title() {
    return title;
  }
}
