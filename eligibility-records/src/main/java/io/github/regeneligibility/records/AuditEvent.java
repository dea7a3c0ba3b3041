package io.github.regeneligibility.records;

/** What an entry of the audit log records. No entry ever holds a password or a token. */
public enum AuditEvent {
  /** A user logged in with a password. */
  LOGIN,
  /** A login was refused: unknown user, wrong password, or a disabled user. */
  LOGIN_FAILED,
  /** A login was refused without checking the password: too many failures of late. */
  LOGIN_LIMITED,
  /** A bearer token was accepted. */
  TOKEN_USED,
  /** A bearer token was refused: unknown, revoked, or its user disabled. */
  TOKEN_REFUSED,
  /** A user was added. */
  USER_ADDED,
  /** A user was disabled. */
  USER_DISABLED,
  /** A token was issued. */
  TOKEN_ADDED,
  /** A token was revoked. */
  TOKEN_REVOKED
}
