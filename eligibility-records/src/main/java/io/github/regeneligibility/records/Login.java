package io.github.regeneligibility.records;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of a login with a password.
 *
 * @param status accepted, refused, or limited
 * @param user the user, when accepted
 * @param retryAfter when limited, how long until a login may be tried again; zero otherwise
 */
public record Login(Status status, Optional<User> user, Duration retryAfter) {

  /** Whether a login was accepted. */
  public enum Status {
    /** The name and password are a user's, and the user is enabled. */
    ACCEPTED,
    /** The name, the password or the user's state is wrong; which, is not said. */
    REFUSED,
    /** Too many logins failed of late for this name or from this address; try again later. */
    LIMITED
  }

  /**
   * Checks that a user is given exactly when the login is accepted, and a positive wait exactly
   * when it is limited.
   */
  public Login {
    if (user.isPresent() != (status == Status.ACCEPTED)) {
      throw new IllegalArgumentException("a user is given exactly when accepted, not " + status);
    }
    if (retryAfter.isNegative() || retryAfter.isZero() == (status == Status.LIMITED)) {
      throw new IllegalArgumentException(
          "a positive wait is given exactly when limited, not " + retryAfter + " " + status);
    }
  }

  /** A login that is accepted or refused: no wait. */
  public Login(Status status, Optional<User> user) {
    this(status, user, Duration.ZERO);
  }
}
