package io.github.regeneligibility.http;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.UserRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code users add NAME --role ROLE} (the password on standard input, never as an argument) and
 * {@code users disable NAME}: the users of the decision records. Each change is in the audit log,
 * by the operating-system user who ran the command.
 */
@Command(resourceBundle = "io.github.regeneligibility.http.UsersCommand", name = "users")
final class UsersCommand extends Subcommand {

  /**
   * Returns {@code users} with its subcommands, {@code add} reading the password from {@code in}.
   */
  static CommandLine commandLine(InputStream in) {
    return new CommandLine(new UsersCommand())
        .addSubcommand(new Add(in))
        .addSubcommand(new Disable());
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(commandLine(), "give a subcommand: add or disable");
  }

  /** Who changes the users, for the audit log: the operating-system user. */
  static String actor() {
    return "command line (" + System.getProperty("user.name", "unknown") + ")";
  }

  /**
   * Runs {@code change} on the accounts of the database the options name; prints its problems and
   * answers 1 if there are any, or if the database cannot be used.
   */
  static int change(
      CommandSpec spec,
      RecordsDatabase database,
      Function<Accounts, ImmutableList<Problem>> change) {
    PrintWriter err = spec.commandLine().getErr();
    try (RecordStore store = database.open()) {
      ImmutableList<Problem> problems = change.apply(store.accounts());
      for (Problem problem : problems) {
        err.printf("%s: %s%n", spec.qualifiedName(), problem.describe(Language.ENGLISH));
      }
      err.flush();
      return problems.isEmpty() ? 0 : 1;
    } catch (IllegalStateException | IllegalArgumentException e) {
      err.printf("%s: %s%n", spec.qualifiedName(), e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** {@code users add NAME --role ROLE}, the password on standard input. */
  @Command(
      resourceBundle = "io.github.regeneligibility.http.UsersCommand",
      name = "add",
      mixinStandardHelpOptions = true)
  static final class Add extends NamedChange {
    private final InputStream in;

    Add(InputStream in) {
      this.in = in;
    }

    @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "role")
    String role = "";

    /** The role and the password of the user to add, read before the change is made. */
    private @Nullable UserRole parsed;

    private char[] password = new char[0];

    @Override
    public Integer call() {
      CommandSpec command = Objects.requireNonNull(spec);
      parsed =
          UserRole.parse(role)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          command.commandLine(),
                          "--role must be one of "
                              + Arrays.toString(UserRole.values()).toLowerCase(Locale.ROOT)
                              + " (any case), not "
                              + role));
      try {
        password = readPassword(in);
      } catch (IOException e) {
        command.commandLine().getErr().printf("users add: %s%n", e.getMessage());
        command.commandLine().getErr().flush();
        return 1;
      }
      try {
        return super.call();
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    @Override
    ImmutableList<Problem> change(Accounts accounts) {
      return accounts.addUser(name, Objects.requireNonNull(parsed), password, actor());
    }

    @Override
    String done() {
      return "user " + name + " added with the role " + parsed;
    }
  }

  /** {@code users disable NAME}. */
  @Command(
      resourceBundle = "io.github.regeneligibility.http.UsersCommand",
      name = "disable",
      mixinStandardHelpOptions = true)
  static final class Disable extends NamedChange {
    @Override
    ImmutableList<Problem> change(Accounts accounts) {
      return accounts.disableUser(name, actor());
    }

    @Override
    String done() {
      return "user " + name + " disabled";
    }
  }

  /**
   * A subcommand on the accounts of the records' database that names one user or token, its first
   * parameter.
   */
  abstract static class Named implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin RecordsDatabase database = new RecordsDatabase();

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name")
    String name = "";
  }

  /**
   * A subcommand that changes one user or token, named by its one parameter, and prints what it did
   * when it did it.
   */
  abstract static class NamedChange extends Named {
    /** Makes the change in {@code accounts}; returns its problems, none when it was made. */
    abstract ImmutableList<Problem> change(Accounts accounts);

    /** Returns the line printed once the change is made. */
    abstract String done();

    @Override
    public Integer call() {
      CommandSpec command = Objects.requireNonNull(spec);
      int status = UsersCommand.change(command, database, this::change);
      if (status == 0) {
        command.commandLine().getOut().println(done());
        command.commandLine().getOut().flush();
      }
      return status;
    }
  }

  /**
   * Reads a password: the first line of {@code in}, without its line break, at most {@link
   * Accounts#MAX_PASSWORD_LENGTH} characters (the store refuses a longer one; what is past that is
   * not read).
   *
   * @throws IOException if there is nothing to read
   */
  static char[] readPassword(InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    char[] buffer = new char[Accounts.MAX_PASSWORD_LENGTH + 1];
    int length = 0;
    int c = reader.read();
    if (c < 0) {
      throw new IOException("no password on standard input: give it as its first line");
    }
    while (c >= 0 && c != '\n' && length < buffer.length) {
      buffer[length++] = (char) c;
      c = reader.read();
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    char[] password = Arrays.copyOf(buffer, length);
    Arrays.fill(buffer, '\0');
    return password;
  }
}
