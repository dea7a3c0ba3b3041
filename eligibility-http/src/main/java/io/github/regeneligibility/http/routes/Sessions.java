package io.github.regeneligibility.http.routes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's login sessions, kept in the service's memory: each has a random id (the cookie), a
 * random CSRF token, its user's name, and an end {@link #LIFETIME} after the login. At most {@link
 * #MAX_SESSIONS} are kept; past that the oldest is ended first. A restart ends them all.
 * Thread-safe.
 */
final class Sessions {
  /** How long a session lasts after its login, used or not. */
  static final Duration LIFETIME = Duration.ofHours(8);

  /** The most sessions kept at once; a login past it ends the oldest. */
  static final int MAX_SESSIONS = 10_000;

  /** The random bytes of a session id and of a CSRF token: 256 bits. */
  private static final int RANDOM_BYTES = 32;

  /** The longest cookie value looked up; a longer one cannot be one of ours. */
  private static final int MAX_ID_LENGTH = 64;

  /** A session: its CSRF token, its user, and when it ends. */
  record Session(String id, String csrfToken, String user, Instant ends) {

    /** Returns whether {@code token} is this session's CSRF token, compared in constant time. */
    boolean acceptsCsrf(String token) {
      return MessageDigest.isEqual(
          csrfToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byId =
      new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
          return size() > MAX_SESSIONS;
        }
      };

  Sessions(Clock clock) {
    this.clock = clock;
  }

  private String randomValue() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Starts a session for {@code user}, who has just logged in. */
  synchronized Session start(String user) {
    Session session =
        new Session(randomValue(), randomValue(), user, clock.instant().plus(LIFETIME));
    byId.put(session.id(), session);
    return session;
  }

  /** Returns the session of {@code id}, if it is known and has not ended; forgets an ended one. */
  synchronized Optional<Session> find(String id) {
    if (id.length() > MAX_ID_LENGTH) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(session.ends())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** Ends the session of {@code id}, if there is one. */
  synchronized void end(String id) {
    byId.remove(id);
  }

  /** Returns the number of sessions kept, ended ones not yet forgotten included. */
  synchronized int size() {
    return byId.size();
  }
}
