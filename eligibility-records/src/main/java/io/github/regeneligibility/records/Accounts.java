package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * The users of the records, their bearer tokens, logins and the audit log. Passwords are kept as
 * Argon2id hashes, tokens (256 random bits) as their SHA-256. Failed logins are limited per name
 * and per address. Every login, failed login, token use and change to the users and tokens is
 * written to the audit log; no password or token ever is. Thread-safe.
 */
public interface Accounts {

  /** The shortest password accepted, in characters. */
  int MIN_PASSWORD_LENGTH = 12;

  /** The longest password accepted, in characters. */
  int MAX_PASSWORD_LENGTH = 256;

  /** The longest user or token name, in characters. */
  int MAX_NAME_LENGTH = 64;

  /**
   * Adds a user. Returns the problems that kept it from being added (a name that is taken or not
   * allowed, a password too short or too long), empty when it was.
   *
   * @param actor who adds it, for the audit log
   */
  ImmutableList<Problem> addUser(String name, UserRole role, char[] password, String actor);

  /**
   * Disables a user: neither its password nor its tokens are accepted from then on. Returns the
   * problems ({@link RecordCode#USER_UNKNOWN}), empty when done.
   */
  ImmutableList<Problem> disableUser(String name, String actor);

  /** Issues a bearer token named {@code name} for {@code user}; the token is shown only here. */
  Issued addToken(String name, String user, String actor);

  /** Revokes the token named {@code name}. Returns the problems, empty when done. */
  ImmutableList<Problem> revokeToken(String name, String actor);

  /** Returns the user named {@code name}, if any. */
  Optional<User> user(String name);

  /** Returns every user, by name. */
  ImmutableList<User> users();

  /**
   * Logs in with a name and password, from {@code address}: accepted, refused, or limited (too many
   * failures of late, and then the password is not checked). {@code password} is cleared.
   */
  Login login(String name, char[] password, String address);

  /**
   * Returns the user of a bearer token, if the token is known, not revoked, and its user enabled.
   */
  Optional<User> authenticate(String token, String address);

  /** Returns the newest entries of the audit log, newest first, at most {@code limit}. */
  ImmutableList<AuditEntry> audit(int limit);
}
