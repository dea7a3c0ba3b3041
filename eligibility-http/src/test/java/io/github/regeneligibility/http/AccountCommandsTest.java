package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.records.AuditEntry;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.Login;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.records.User;
import io.github.regeneligibility.records.UserRole;
import io.github.regeneligibility.rules.Eligibility;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code users} and {@code tokens} on an embedded database: the password from standard input, the
 * token printed once and accepted by the store, disabling and revoking, and the refusals.
 */
final class AccountCommandsTest {
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    CommandLine commandLine =
        args[0].equals("users")
            ? UsersCommand.commandLine(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
            : new CommandLine(new TokensCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] rest = Arrays.copyOfRange(args, 1, args.length + 1);
    rest[rest.length - 1] = "--data=" + data;
    return commandLine.execute(rest);
  }

  private RecordStore store() {
    return Records.open(
        Database.embedded(data),
        Eligibility::defaultEditions,
        EligibilityJson.create(),
        Clock.systemUTC());
  }

  @Test
  void usersAdd_takesThePasswordFromStandardInput_andTheRoleInAnyCase() {
    assertThat(run(PASSWORD + "\n", "users", "add", "li.wei", "--role", "Officer"))
        .as(err.toString())
        .isZero();

    try (RecordStore store = store()) {
      assertThat(store.accounts().user("li.wei"))
          .contains(new User("li.wei", UserRole.OFFICER, false));
      assertThat(store.accounts().login("li.wei", PASSWORD.toCharArray(), "127.0.0.1").status())
          .isEqualTo(Login.Status.ACCEPTED);
      assertThat(store.accounts().audit(10))
          .extracting(AuditEntry::toString)
          .noneMatch(entry -> entry.contains(PASSWORD));
    }
  }

  @Test
  void usersAdd_refusesATakenNameAShortPasswordNoPasswordAndAnUnknownRole() {
    run(PASSWORD, "users", "add", "li.wei", "--role", "auditor");

    assertThat(run(PASSWORD, "users", "add", "li.wei", "--role", "auditor")).isEqualTo(1);
    assertThat(run("short\n", "users", "add", "wang.fang", "--role", "auditor")).isEqualTo(1);
    assertThat(run("", "users", "add", "zhao.lei", "--role", "auditor")).isEqualTo(1);
    assertThat(run(PASSWORD, "users", "add", "chen.jie", "--role", "boss")).isEqualTo(2);
    assertThat(err.toString())
        .contains("is taken")
        .contains("at least")
        .contains("no password on standard input")
        .contains("--role must be one of");
    try (RecordStore store = store()) {
      assertThat(store.accounts().users()).extracting(User::name).containsExactly("li.wei");
    }
  }

  @Test
  void tokensAdd_printsATokenOnceThatTheStoreAccepts_untilRevokedOrItsUserDisabled() {
    run(PASSWORD, "users", "add", "li.wei", "--role", "OFFICER");
    out.getBuffer().setLength(0);

    assertThat(run("", "tokens", "add", "laptop", "--user", "li.wei")).as(err.toString()).isZero();
    String token = out.toString().strip();
    assertThat(run("", "tokens", "add", "phone", "--user", "li.wei")).isZero();
    String second = out.toString().strip().substring(token.length()).strip();

    try (RecordStore store = store()) {
      assertThat(store.accounts().authenticate(token, "127.0.0.1").map(User::name))
          .contains("li.wei");
      assertThat(store.accounts().audit(50))
          .extracting(AuditEntry::toString)
          .noneMatch(entry -> entry.contains(token));
    }
    assertThat(run("", "tokens", "revoke", "laptop")).isZero();
    assertThat(run("", "tokens", "revoke", "laptop")).isEqualTo(1);
    assertThat(run("", "tokens", "add", "x", "--user", "nobody")).isEqualTo(1);
    try (RecordStore store = store()) {
      assertThat(store.accounts().authenticate(token, "127.0.0.1")).isEqualTo(Optional.empty());
      assertThat(store.accounts().authenticate(second, "127.0.0.1")).isPresent();
    }
    assertThat(run("", "users", "disable", "li.wei")).isZero();
    assertThat(run("", "users", "disable", "nobody")).isEqualTo(1);
    try (RecordStore store = store()) {
      assertThat(store.accounts().authenticate(second, "127.0.0.1")).isEmpty();
      assertThat(store.accounts().login("li.wei", PASSWORD.toCharArray(), "127.0.0.1").status())
          .isEqualTo(Login.Status.REFUSED);
    }
  }
}
