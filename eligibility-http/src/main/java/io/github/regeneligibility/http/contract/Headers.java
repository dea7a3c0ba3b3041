package io.github.regeneligibility.http.contract;

/** The header values the service answers with whatever the route, as the wire contract has them. */
public final class Headers {
  /** The header that tells browsers not to guess a media type. */
  public static final String NOSNIFF_HEADER = "X-Content-Type-Options";

  /** The value of {@link #NOSNIFF_HEADER} on every answer. */
  public static final String NOSNIFF = "nosniff";

  /** The {@code Cache-Control} of assessments and problems: they are never stored. */
  public static final String NO_STORE = "no-store";

  /** The {@code Retry-After} of every 503: a second, after which the client may try again. */
  public static final String RETRY_AFTER_SECONDS = "1";

  /**
   * The header that names a request: the client's when it is 1 to {@value #REQUEST_ID_MAX}
   * characters of {@code A-Z a-z 0-9 . _ -}, else one the service makes; echoed on every answer.
   */
  public static final String REQUEST_ID = "X-Request-Id";

  /** The most characters of a client's {@link #REQUEST_ID} that the service takes. */
  public static final int REQUEST_ID_MAX = 64;

  private Headers() {}
}
