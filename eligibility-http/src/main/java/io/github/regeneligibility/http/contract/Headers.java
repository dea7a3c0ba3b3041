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

  private Headers() {}
}
