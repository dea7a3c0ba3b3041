package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * The accounts kept beside the records, in the same database. Every change is written with its
 * audit entry in one transaction; a login's or a token use's entry is written without waiting for
 * it, through the same group commit.
 */
final class StoredAccounts implements Accounts {
  /** Reads a user from the columns {@code name, role, disabled}. */
  private static final RowMapper<User> USER =
      (rs, context) ->
          new User(
              rs.getString("name"),
              UserRole.valueOf(rs.getString("role")),
              rs.getBoolean("disabled"));

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_NAME_LENGTH + "}");

  /** Tokens: a prefix that says what they are, then 256 random bits in base64url. */
  private static final String TOKEN_PREFIX = "rgn_";

  private static final int TOKEN_BYTES = 32;

  /** The longest bearer token looked up; a longer one cannot be one of ours. */
  private static final int MAX_TOKEN_LENGTH = 128;

  private final JdbcRecordStore store;
  private final Clock clock;
  private final Passwords passwords = new Passwords();
  private final LoginLimits limits;
  private final SecureRandom random = new SecureRandom();

  StoredAccounts(JdbcRecordStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.limits = new LoginLimits(clock);
  }

  private long now() {
    return clock.millis();
  }

  private static Optional<Problem> nameProblem(String path, String name) {
    if (NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            path,
            RecordCode.NAME_INVALID,
            ImmutableMap.of("value", Template.echo(name), "max", MAX_NAME_LENGTH)));
  }

  @Override
  public ImmutableList<Problem> addUser(String name, UserRole role, char[] password, String actor) {
    try {
      ImmutableList.Builder<Problem> problems = ImmutableList.builder();
      nameProblem("name", name).ifPresent(problems::add);
      if (password.length < MIN_PASSWORD_LENGTH) {
        problems.add(
            Problem.of(
                "password",
                RecordCode.PASSWORD_TOO_SHORT,
                ImmutableMap.of("length", password.length, "min", MIN_PASSWORD_LENGTH)));
      } else if (password.length > MAX_PASSWORD_LENGTH) {
        problems.add(
            Problem.of(
                "password",
                RecordCode.PASSWORD_TOO_LONG,
                ImmutableMap.of("length", password.length, "max", MAX_PASSWORD_LENGTH)));
      }
      ImmutableList<Problem> found = problems.build();
      if (!found.isEmpty()) {
        return found;
      }
      String hash = passwords.hash(password);
      return store.write(
          handle -> {
            if (userExists(handle, name)) {
              return ImmutableList.of(
                  Problem.of(
                      "name",
                      RecordCode.NAME_TAKEN,
                      ImmutableMap.of("value", Template.echo(name))));
            }
            handle
                .createUpdate(
                    "INSERT INTO users (name, role, password_hash, disabled, created_at)"
                        + " VALUES (:name, :role, :hash, :disabled, :at)")
                .bind("name", name)
                .bind("role", role.name())
                .bind("hash", hash)
                .bind("disabled", false)
                .bind("at", now())
                .execute();
            audit(handle, AuditEvent.USER_ADDED, actor, name, "");
            return ImmutableList.of();
          });
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static boolean userExists(Handle handle, String name) {
    return handle
            .createQuery("SELECT COUNT(*) FROM users WHERE name = :name")
            .bind("name", name)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  @Override
  public ImmutableList<Problem> disableUser(String name, String actor) {
    return changeAudited(
        handle ->
            handle
                .createUpdate("UPDATE users SET disabled = :disabled WHERE name = :name")
                .bind("disabled", true),
        RecordCode.USER_UNKNOWN,
        AuditEvent.USER_DISABLED,
        actor,
        name);
  }

  /**
   * Runs {@code update} on the user or token {@code name} (bound as {@code :name}) and audits the
   * change, or, when the change touched no row, answers that the name is unknown.
   */
  private ImmutableList<Problem> changeAudited(
      Function<Handle, Update> update,
      RecordCode unknown,
      AuditEvent event,
      String actor,
      String name) {
    return store.write(
        handle -> {
          if (update.apply(handle).bind("name", name).execute() == 0) {
            return ImmutableList.of(
                Problem.of("name", unknown, ImmutableMap.of("value", Template.echo(name))));
          }
          audit(handle, event, actor, name, "");
          return ImmutableList.<Problem>of();
        });
  }

  @Override
  public Issued addToken(String name, String user, String actor) {
    Optional<Problem> invalid = nameProblem("name", name);
    if (invalid.isPresent()) {
      return new Issued(Optional.empty(), ImmutableList.of(invalid.get()));
    }
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String sha256 = sha256(token);
    return store.write(
        handle -> {
          if (!userExists(handle, user)) {
            return new Issued(
                Optional.empty(),
                ImmutableList.of(
                    Problem.of(
                        "user",
                        RecordCode.USER_UNKNOWN,
                        ImmutableMap.of("value", Template.echo(user)))));
          }
          boolean taken =
              handle
                      .createQuery("SELECT COUNT(*) FROM tokens WHERE name = :name")
                      .bind("name", name)
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (taken) {
            return new Issued(
                Optional.empty(),
                ImmutableList.of(
                    Problem.of(
                        "name",
                        RecordCode.NAME_TAKEN,
                        ImmutableMap.of("value", Template.echo(name)))));
          }
          handle
              .createUpdate(
                  "INSERT INTO tokens (name, sha256, user_name, created_at)"
                      + " VALUES (:name, :sha256, :user, :at)")
              .bind("name", name)
              .bind("sha256", sha256)
              .bind("user", user)
              .bind("at", now())
              .execute();
          audit(handle, AuditEvent.TOKEN_ADDED, actor, name, "");
          return new Issued(Optional.of(token), ImmutableList.of());
        });
  }

  private static String sha256(String token) {
    return Hashing.sha256().hashString(token, StandardCharsets.UTF_8).toString();
  }

  @Override
  public ImmutableList<Problem> revokeToken(String name, String actor) {
    return changeAudited(
        handle ->
            handle
                .createUpdate(
                    "UPDATE tokens SET revoked_at = :at WHERE name = :name"
                        + " AND revoked_at IS NULL")
                .bind("at", now()),
        RecordCode.TOKEN_UNKNOWN,
        AuditEvent.TOKEN_REVOKED,
        actor,
        name);
  }

  @Override
  public Optional<User> user(String name) {
    return store.read(
        handle ->
            handle
                .createQuery("SELECT name, role, disabled FROM users WHERE name = :name")
                .bind("name", name)
                .map(USER)
                .findOne());
  }

  @Override
  public ImmutableList<User> users() {
    return store.read(
        handle ->
            handle
                .createQuery("SELECT name, role, disabled FROM users ORDER BY name")
                .map(USER)
                .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public Login login(String name, char[] password, String address) {
    try {
      Duration wait = limits.retryAfter(name, address);
      if (!wait.isZero()) {
        auditLater(AuditEvent.LOGIN_LIMITED, "", Template.echo(name), address);
        return new Login(Login.Status.LIMITED, Optional.empty(), wait);
      }
      Optional<String> hash =
          name.length() > MAX_NAME_LENGTH
              ? Optional.empty()
              : store.read(
                  handle ->
                      handle
                          .createQuery("SELECT password_hash FROM users WHERE name = :name")
                          .bind("name", name)
                          .mapTo(String.class)
                          .findOne());
      boolean matches =
          hash.isPresent()
              ? passwords.matches(password, hash.get())
              : passwords.matchesNone(password);
      Optional<User> user =
          matches ? user(name).filter(found -> !found.disabled()) : Optional.empty();
      if (user.isEmpty()) {
        limits.failed(name, address);
        auditLater(AuditEvent.LOGIN_FAILED, "", Template.echo(name), address);
        return new Login(Login.Status.REFUSED, Optional.empty());
      }
      limits.succeeded(name);
      auditLater(AuditEvent.LOGIN, name, name, address);
      return new Login(Login.Status.ACCEPTED, user);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  @Override
  public Optional<User> authenticate(String token, String address) {
    if (token.length() > MAX_TOKEN_LENGTH || !token.startsWith(TOKEN_PREFIX)) {
      auditLater(AuditEvent.TOKEN_REFUSED, "", "", address);
      return Optional.empty();
    }
    String sha256 = sha256(token);
    Optional<TokenUser> found =
        store.read(
            handle ->
                handle
                    .createQuery(
                        "SELECT t.name AS token, u.name AS user_name, u.role, u.disabled"
                            + " FROM tokens t JOIN users u ON u.name = t.user_name"
                            + " WHERE t.sha256 = :sha256 AND t.revoked_at IS NULL")
                    .bind("sha256", sha256)
                    .map(
                        (rs, context) ->
                            new TokenUser(
                                rs.getString("token"),
                                new User(
                                    rs.getString("user_name"),
                                    UserRole.valueOf(rs.getString("role")),
                                    rs.getBoolean("disabled"))))
                    .findOne());
    if (found.isEmpty() || found.get().user().disabled()) {
      auditLater(
          AuditEvent.TOKEN_REFUSED,
          found.map(f -> f.user().name()).orElse(""),
          found.map(TokenUser::token).orElse(""),
          address);
      return Optional.empty();
    }
    auditLater(AuditEvent.TOKEN_USED, found.get().user().name(), found.get().token(), address);
    return Optional.of(found.get().user());
  }

  private record TokenUser(String token, User user) {}

  @Override
  public ImmutableList<AuditEntry> audit(int limit) {
    return store.read(
        handle ->
            handle
                .createQuery(
                    "SELECT at, event, actor, subject, address FROM audit ORDER BY seq DESC"
                        + " LIMIT :limit")
                .bind("limit", limit)
                .map(
                    (rs, context) ->
                        new AuditEntry(
                            Instant.ofEpochMilli(rs.getLong("at")),
                            AuditEvent.valueOf(rs.getString("event")),
                            rs.getString("actor"),
                            rs.getString("subject"),
                            rs.getString("address")))
                .collect(ImmutableList.toImmutableList()));
  }

  private void audit(
      Handle handle, AuditEvent event, String actor, String subject, String address) {
    handle
        .createUpdate(
            "INSERT INTO audit (at, event, actor, subject, address)"
                + " VALUES (:at, :event, :actor, :subject, :address)")
        .bind("at", now())
        .bind("event", event.name())
        .bind("actor", actor)
        .bind("subject", subject)
        .bind("address", address)
        .execute();
  }

  /** Writes an audit entry through the group commit, without waiting for it to be durable. */
  private void auditLater(AuditEvent event, String actor, String subject, String address) {
    CompletableFuture<Boolean> unused =
        store.submit(
            handle -> {
              audit(handle, event, actor, subject, address);
              return true;
            });
  }
}
