package io.github.regeneligibility.records;

import static io.github.regeneligibility.records.Fixtures.JSON;
import static io.github.regeneligibility.records.Fixtures.JUNE_2026;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.TestDatabase.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class AccountsTest {
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path directory;

  private final MovableClock clock = new MovableClock(JUNE_2026);
  private @Nullable TestDatabase database;
  private @Nullable RecordStore store;

  private Accounts accounts(Kind kind) throws Exception {
    TestDatabase created = TestDatabase.create(kind, directory);
    database = created;
    RecordStore opened = Records.open(created.database, () -> Fixtures.both(clock), JSON, clock);
    store = opened;
    return opened.accounts();
  }

  /** Opens the accounts of a new store with the officer li.wei in it. */
  private Accounts withOfficer(Kind kind) throws Exception {
    Accounts accounts = accounts(kind);
    accounts.addUser("li.wei", UserRole.OFFICER, PASSWORD.toCharArray(), "admin");
    return accounts;
  }

  @AfterEach
  void close() throws Exception {
    if (store != null) {
      store.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void login_rightPassword_isAccepted_wrongOneRefused_disabledUserRefused(Kind kind)
      throws Exception {
    Accounts accounts = accounts(kind);
    assertThat(accounts.addUser("li.wei", UserRole.OFFICER, PASSWORD.toCharArray(), "admin"))
        .isEmpty();

    assertThat(accounts.login("li.wei", PASSWORD.toCharArray(), "10.0.0.1"))
        .isEqualTo(
            new Login(
                Login.Status.ACCEPTED, Optional.of(new User("li.wei", UserRole.OFFICER, false))));
    assertThat(accounts.login("li.wei", "wrong password!".toCharArray(), "10.0.0.1").status())
        .isEqualTo(Login.Status.REFUSED);
    assertThat(accounts.login("nobody", PASSWORD.toCharArray(), "10.0.0.1").status())
        .isEqualTo(Login.Status.REFUSED);

    assertThat(accounts.disableUser("li.wei", "admin")).isEmpty();
    assertThat(accounts.login("li.wei", PASSWORD.toCharArray(), "10.0.0.1").status())
        .isEqualTo(Login.Status.REFUSED);
    assertThat(accounts.user("li.wei")).contains(new User("li.wei", UserRole.OFFICER, true));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void addUser_badInput_namesEveryProblem_andNameTaken(Kind kind) throws Exception {
    Accounts accounts = accounts(kind);

    List<Problem> problems =
        accounts.addUser("li wei", UserRole.AUDITOR, "short".toCharArray(), "admin");

    assertThat(problems)
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.NAME_INVALID, RecordCode.PASSWORD_TOO_SHORT);
    assertThat(problems.get(1).getMessage(Language.CHINESE)).isEqualTo("密码有 5 个字符：至少需要 12 个。");
    assertThat(accounts.addUser("li.wei", UserRole.AUDITOR, PASSWORD.toCharArray(), "admin"))
        .isEmpty();
    assertThat(accounts.addUser("li.wei", UserRole.ADMIN, PASSWORD.toCharArray(), "admin"))
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.NAME_TAKEN);
    assertThat(accounts.disableUser("nobody", "admin"))
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.USER_UNKNOWN);
    assertThat(accounts.users()).containsExactly(new User("li.wei", UserRole.AUDITOR, false));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void login_afterFiveFailuresForAName_isLimited_evenWithTheRightPassword(Kind kind)
      throws Exception {
    Accounts accounts = withOfficer(kind);
    for (int i = 0; i < LoginLimits.PER_NAME; i++) {
      assertThat(accounts.login("li.wei", "wrong password!".toCharArray(), "10.0.0." + i).status())
          .isEqualTo(Login.Status.REFUSED);
    }

    assertThat(accounts.login("li.wei", PASSWORD.toCharArray(), "10.0.0.9").status())
        .isEqualTo(Login.Status.LIMITED);

    clock.advance(LoginLimits.WINDOW);
    assertThat(accounts.login("li.wei", PASSWORD.toCharArray(), "10.0.0.9").status())
        .isEqualTo(Login.Status.ACCEPTED);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void token_isShownOnce_keptAsItsHash_andRefusedWhenRevokedOrItsUserDisabled(Kind kind)
      throws Exception {
    Accounts accounts = withOfficer(kind);
    accounts.addUser("zhang.min", UserRole.AUDITOR, PASSWORD.toCharArray(), "admin");

    String token = accounts.addToken("ci", "li.wei", "admin").token().orElseThrow();
    String other = accounts.addToken("audit", "zhang.min", "admin").token().orElseThrow();

    assertThat(token).matches("rgn_[A-Za-z0-9_-]{43}");
    assertThat(accounts.authenticate(token, "10.0.0.1"))
        .contains(new User("li.wei", UserRole.OFFICER, false));
    assertThat(accounts.authenticate(token + "x", "10.0.0.1")).isEmpty();
    assertThat(accounts.addToken("ci", "li.wei", "admin").problems())
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.NAME_TAKEN);
    assertThat(accounts.addToken("x", "nobody", "admin").problems())
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.USER_UNKNOWN);
    assertThat(storedText()).doesNotContain(token).doesNotContain(PASSWORD);

    assertThat(accounts.revokeToken("ci", "admin")).isEmpty();
    assertThat(accounts.authenticate(token, "10.0.0.1")).isEmpty();
    assertThat(accounts.revokeToken("ci", "admin"))
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.TOKEN_UNKNOWN);
    accounts.disableUser("zhang.min", "admin");
    assertThat(accounts.authenticate(other, "10.0.0.1")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void audit_recordsLoginsTokenUseAndChanges_neverASecret(Kind kind) throws Exception {
    Accounts accounts = withOfficer(kind);
    String token = accounts.addToken("ci", "li.wei", "admin").token().orElseThrow();
    accounts.login("li.wei", PASSWORD.toCharArray(), "10.0.0.1");
    accounts.login("li.wei", "wrong password!".toCharArray(), "10.0.0.2");
    accounts.authenticate(token, "10.0.0.3");
    accounts.authenticate("rgn_forged", "10.0.0.4");
    accounts.revokeToken("ci", "admin");
    accounts.disableUser("li.wei", "admin");

    List<AuditEntry> entries = waitForAudit(accounts, 8);

    assertThat(entries)
        .extracting(AuditEntry::event)
        .containsExactlyInAnyOrder(
            AuditEvent.USER_ADDED,
            AuditEvent.TOKEN_ADDED,
            AuditEvent.LOGIN,
            AuditEvent.LOGIN_FAILED,
            AuditEvent.TOKEN_USED,
            AuditEvent.TOKEN_REFUSED,
            AuditEvent.TOKEN_REVOKED,
            AuditEvent.USER_DISABLED);
    assertThat(entries)
        .filteredOn(entry -> entry.event() == AuditEvent.TOKEN_USED)
        .containsExactly(
            new AuditEntry(JUNE_2026, AuditEvent.TOKEN_USED, "li.wei", "ci", "10.0.0.3"));
    assertThat(storedText())
        .doesNotContain(token)
        .doesNotContain(PASSWORD)
        .doesNotContain("wrong password!");
  }

  /** Audit entries of logins are written without waiting: read until they are all there. */
  private static List<AuditEntry> waitForAudit(Accounts accounts, int count)
      throws InterruptedException {
    List<AuditEntry> entries = accounts.audit(100);
    while (entries.size() < count) {
      Thread.sleep(10);
      entries = accounts.audit(100);
    }
    return entries;
  }

  /** Every text stored in the users, tokens and audit tables, joined. */
  private String storedText() {
    Database db = Objects.requireNonNull(database).database;
    Jdbi jdbi =
        db.isEmbedded()
            ? Jdbi.create(db.url())
            : Jdbi.create(db.url(), TestDatabase.USER, TestDatabase.PASSWORD);
    return jdbi.withHandle(
        handle ->
            String.join(
                    "\n",
                    handle
                        .createQuery("SELECT name || role || password_hash FROM users")
                        .mapTo(String.class)
                        .list())
                + String.join(
                    "\n",
                    handle
                        .createQuery("SELECT name || sha256 || user_name FROM tokens")
                        .mapTo(String.class)
                        .list())
                + String.join(
                    "\n",
                    handle
                        .createQuery("SELECT event || actor || subject || address FROM audit")
                        .mapTo(String.class)
                        .list()));
  }
}
