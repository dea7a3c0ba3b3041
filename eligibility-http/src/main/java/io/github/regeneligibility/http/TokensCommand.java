package io.github.regeneligibility.http;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.Issued;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tokens add NAME --user USER}, which prints a bearer token once (only its SHA-256 is kept),
 * and {@code tokens revoke NAME}. Each change is in the audit log.
 */
@Command(
    resourceBundle = "io.github.regeneligibility.http.TokensCommand",
    name = "tokens",
    subcommands = {TokensCommand.Add.class, TokensCommand.Revoke.class})
final class TokensCommand extends Subcommand {

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(commandLine(), "give a subcommand: add or revoke");
  }

  /** {@code tokens add NAME --user USER}: prints the token, alone on a line, once. */
  @Command(
      resourceBundle = "io.github.regeneligibility.http.TokensCommand",
      name = "add",
      mixinStandardHelpOptions = true)
  static final class Add extends UsersCommand.NamedChange {
    @Option(names = "--user", paramLabel = "USER", required = true, descriptionKey = "user")
    String user = "";

    /** The token issued, once the change is made. */
    private @Nullable String token;

    @Override
    ImmutableList<Problem> change(Accounts accounts) {
      Issued issued = accounts.addToken(name, user, UsersCommand.actor());
      token = issued.token().orElse(null);
      return issued.problems();
    }

    @Override
    String done() {
      return Objects.requireNonNull(token);
    }
  }

  /** {@code tokens revoke NAME}. */
  @Command(
      resourceBundle = "io.github.regeneligibility.http.TokensCommand",
      name = "revoke",
      mixinStandardHelpOptions = true)
  static final class Revoke extends UsersCommand.NamedChange {
    @Override
    ImmutableList<Problem> change(Accounts accounts) {
      return accounts.revokeToken(name, UsersCommand.actor());
    }

    @Override
    String done() {
      return "token " + name + " revoked";
    }
  }
}
