package io.github.regeneligibility.http.routes;

import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.StoreUnavailableException;
import io.github.regeneligibility.records.User;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;

/**
 * Who sends a request: the user of its bearer token, {@code Authorization: Bearer …}. A token is
 * accepted when it is known, not revoked, and its user enabled; every use is in the audit log.
 */
final class Bearer {
  private static final String SCHEME = "Bearer ";

  private final RecordStore store;

  Bearer(RecordStore store) {
    this.store = store;
  }

  /**
   * Returns the user of the request's bearer token.
   *
   * @throws ProblemException with {@code 401} (and {@code WWW-Authenticate: Bearer}) if there is
   *     none or it is not accepted, with {@code 503} if the database cannot be used now
   */
  User user(Context ctx) {
    String authorization = ctx.header(Header.AUTHORIZATION);
    Optional<User> user;
    try {
      user =
          authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
              ? store
                  .accounts()
                  .authenticate(authorization.substring(SCHEME.length()).trim(), ctx.ip())
              : Optional.empty();
    } catch (StoreUnavailableException e) {
      throw new ProblemException(ProblemDetails.databaseUnavailable());
    }
    if (user.isEmpty()) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
      throw new ProblemException(ProblemDetails.unauthorized());
    }
    return user.get();
  }
}
