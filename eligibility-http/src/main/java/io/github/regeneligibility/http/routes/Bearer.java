package io.github.regeneligibility.http.routes;

import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.StoreUnavailableException;
import io.github.regeneligibility.records.User;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;
import java.util.Set;

/**
 * Who sends a request: the user of its bearer token, {@code Authorization: Bearer …}, or of the
 * page's session cookie. A token is accepted when it is known, not revoked, and its user enabled;
 * every use is in the audit log. A session is accepted while it lasts and its user is enabled; a
 * request with it that may change something ({@code POST}, {@code PUT}, {@code PATCH}, {@code
 * DELETE}) must also carry the session's CSRF token in {@value #CSRF_HEADER}, which a page of
 * another site cannot read. A request with a bearer token needs none: no browser sends one unasked.
 */
final class Bearer {
  /** The name of the page's session cookie. */
  static final String COOKIE = "regen_session";

  /** The header that carries a session's CSRF token. */
  static final String CSRF_HEADER = "X-CSRF-Token";

  private static final String SCHEME = "Bearer ";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final RecordStore store;
  private final Sessions sessions;

  Bearer(RecordStore store, Sessions sessions) {
    this.store = store;
    this.sessions = sessions;
  }

  /**
   * Returns the user of the request's bearer token or session.
   *
   * @throws ProblemException with {@code 401} (and {@code WWW-Authenticate: Bearer}) if there is
   *     none or it is not accepted, with {@code 403} if a session's request that may change
   *     something lacks its CSRF token, with {@code 503} if the database cannot be used now
   */
  User user(Context ctx) {
    String authorization = ctx.header(Header.AUTHORIZATION);
    Optional<User> user;
    try {
      if (authorization != null) {
        user =
            authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? store
                    .accounts()
                    .authenticate(authorization.substring(SCHEME.length()).trim(), ctx.ip())
                : Optional.empty();
      } else {
        Optional<Sessions.Session> session = session(ctx);
        if (session.isPresent() && !SAFE.contains(ctx.method().name())) {
          String token = ctx.header(CSRF_HEADER);
          if (token == null || !session.get().acceptsCsrf(token)) {
            throw new ProblemException(ProblemDetails.csrfRefused(CSRF_HEADER));
          }
        }
        user =
            session
                .flatMap(found -> store.accounts().user(found.user()))
                .filter(u -> !u.disabled());
      }
    } catch (StoreUnavailableException e) {
      throw new ProblemException(ProblemDetails.databaseUnavailable());
    }
    if (user.isEmpty()) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
      throw new ProblemException(ProblemDetails.unauthorized());
    }
    return user.get();
  }

  /** Returns the session of the request's cookie, if it has one that lasts. */
  Optional<Sessions.Session> session(Context ctx) {
    String id = ctx.cookie(COOKIE);
    return id == null ? Optional.empty() : sessions.find(id);
  }
}
