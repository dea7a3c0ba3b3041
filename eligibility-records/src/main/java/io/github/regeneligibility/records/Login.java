package io.github.regeneligibility.records;

import java.util.Optional;

/**
 * The outcome of a login with a password.
 *
 * @param status accepted, refused, or limited
 * @param user the user, when accepted
 */
public record Login(Status status, Optional<User> user) {

  /** Whether a login was accepted. */
  public enum Status {
    /** The name and password are a user's, and the user is enabled. */
    ACCEPTED,
    /** The name, the password or the user's state is wrong; which, is not said. */
    REFUSED,
    /** Too many logins failed of late for this name or from this address; try again later. */
    LIMITED
  }

  /** Checks that a user is given exactly when the login is accepted. */
  public Login {
    if (user.isPresent() != (status == Status.ACCEPTED)) {
      throw new IllegalArgumentException("a user is given exactly when accepted, not " + status);
    }
  }
}
