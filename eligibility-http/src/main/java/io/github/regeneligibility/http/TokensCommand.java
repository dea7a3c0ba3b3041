package io.github.regeneligibility.http;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.Issued;
import io.github.regeneligibility.records.RecordStore;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tokens add NAME --user USER}, which prints a bearer token once (only its SHA-256 is kept),
 * and {@code tokens revoke NAME}. Each change is in the audit log.
 */
@Command(
    resourceBundle = "io.github.regeneligibility.http.TokensCommand",
    name = "tokens",
    mixinStandardHelpOptions = true,
    subcommands = {TokensCommand.Add.class, TokensCommand.Revoke.class},
    exitCodeListHeading = "%nExit status:%n")
final class TokensCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        Objects.requireNonNull(spec).commandLine(), "give a subcommand: add or revoke");
  }

  /** {@code tokens add NAME --user USER}: prints the token, alone on a line, once. */
  @Command(
      resourceBundle = "io.github.regeneligibility.http.TokensCommand",
      name = "add",
      mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin RecordsDatabase database = new RecordsDatabase();

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name")
    String name = "";

    @Option(names = "--user", paramLabel = "USER", required = true, descriptionKey = "user")
    String user = "";

    @Override
    public Integer call() {
      CommandSpec command = Objects.requireNonNull(spec);
      PrintWriter err = command.commandLine().getErr();
      try (RecordStore store = database.open()) {
        Issued issued = store.accounts().addToken(name, user, UsersCommand.actor());
        for (Problem problem : issued.problems()) {
          err.printf("tokens add: %s%n", problem.describe(Language.ENGLISH));
        }
        err.flush();
        if (issued.token().isEmpty()) {
          return 1;
        }
        PrintWriter out = command.commandLine().getOut();
        out.println(issued.token().get());
        out.flush();
        return 0;
      } catch (IllegalStateException | IllegalArgumentException e) {
        err.printf("tokens add: %s%n", e.getMessage());
        err.flush();
        return 1;
      }
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
