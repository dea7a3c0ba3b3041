package io.github.regeneligibility.http;

import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.transport.LogFormat;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyDirectory;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.records.SchemaTooNewException;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEditions;
import io.javalin.util.JavalinException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line of the executable jar: reads the options, loads the policy, starts serving. */
@Command(
    resourceBundle = "io.github.regeneligibility.http.ServeCommand",
    name = "eligibility-http",
    sortOptions = false,
    description = {
      "Serves the regen-eligibility rules over HTTP; the routes are described at /openapi.json.",
      "Without a subcommand it serves, as `serve` does; the other subcommands check policy files,"
          + " print the default edition as a policy file, show a policy's impact, screen a file"
          + " of applications, and manage the users and tokens of the decision records.",
      "An option given on the command line wins over its environment variable."
    },
    exitCodeListHeading = "%nExit status:%n")
final class ServeCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  private final Supplier<PolicyEditions> defaultEditions;

  private ServeCommand(Supplier<PolicyEditions> defaultEditions) {
    this.defaultEditions = defaultEditions;
  }

  @Option(names = "--port", paramLabel = "N", defaultValue = "${env:PORT:-7070}")
  int port;

  @Option(names = "--policy", paramLabel = "FILE", defaultValue = "${env:ELIGIBILITY_POLICY}")
  @Nullable String policy;

  @Option(names = "--policies", paramLabel = "DIR", defaultValue = "${env:ELIGIBILITY_POLICIES}")
  @Nullable String policies;

  @Mixin RecordsDatabase recordsDatabase = new RecordsDatabase();

  @Option(names = "--require-login", defaultValue = "${env:ELIGIBILITY_REQUIRE_LOGIN:-false}")
  boolean requireLogin;

  @Option(names = "--access-log", negatable = true, defaultValue = "true", fallbackValue = "true")
  boolean accessLog = true;

  @Option(names = "--metrics", negatable = true, defaultValue = "true", fallbackValue = "true")
  boolean metrics = true;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      defaultValue = "${env:ELIGIBILITY_LOG_FORMAT:-text}",
      converter = LogFormatOption.class)
  LogFormat logFormat = LogFormat.TEXT;

  /** Reads {@code --log-format}: {@code text} or {@code json}. */
  static final class LogFormatOption extends LowerCaseOption<LogFormat> {
    LogFormatOption() {
      super(LogFormat.class);
    }
  }

  /** Last in the help, after the {@link ServeOptions} that {@link #commandLine} adds. */
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      order = 1,
      description = "show this help and exit")
  boolean help;

  /**
   * Runs the command with {@code args} and returns its exit status; serving goes on after. Without
   * a subcommand the jar serves, as {@code serve} does, {@code defaultEditions} when no policy is
   * named.
   */
  static int execute(String[] args, Supplier<PolicyEditions> defaultEditions) {
    return commandLine(defaultEditions).execute(args);
  }

  /** Returns the command line with every subcommand, writing to standard output and error. */
  static CommandLine commandLine() {
    return commandLine(Eligibility::defaultEditions);
  }

  /**
   * Returns the command line with every subcommand, serving {@code defaultEditions} when no policy
   * is named.
   */
  static CommandLine commandLine(Supplier<PolicyEditions> defaultEditions) {
    CommandLine serve = new CommandLine(new ServeCommand(defaultEditions));
    ServeOptions.addTo(serve.getCommandSpec());
    serve
        .getCommandSpec()
        .usageMessage()
        .description("Serves the rules over HTTP (the default when no subcommand is given).");
    CommandLine commandLine = new CommandLine(new ServeCommand(defaultEditions));
    ServeOptions.addTo(commandLine.getCommandSpec());
    commandLine
        .addSubcommand("serve", serve)
        .addSubcommand(new CheckPolicyCommand())
        .addSubcommand(new PolicyCommand())
        .addSubcommand(new ImpactCommand())
        .addSubcommand(new ScreenCommand())
        .addSubcommand(UsersCommand.commandLine(System.in))
        .addSubcommand(new TokensCommand());
    return commandLine;
  }

  @Override
  public Integer call() {
    CommandLine commandLine = Objects.requireNonNull(spec).commandLine();
    PrintWriter err = commandLine.getErr();
    LogFormat.use(logFormat);
    Limits limits = limits(commandLine);
    Served served = served(commandLine, err);
    if (served == null) {
      err.println("The service was not started.");
      return 1;
    }
    @Nullable RecordStore records = openRecords(served.editions(), err);
    if (records == null) {
      closeQuietly(served.watch());
      return 1;
    }
    EligibilityServer server =
        EligibilityServer.builder()
            .records(records)
            .port(port)
            .editions(served.editions())
            .requireLogin(requireLogin)
            .drainDelay(ServeOptions.duration(commandLine.getCommandSpec(), "--drain-delay"))
            .stopTimeout(ServeOptions.duration(commandLine.getCommandSpec(), "--stop-timeout"))
            .accessLog(accessLog)
            .metrics(metrics)
            .limits(limits)
            .build();
    try {
      server.start();
    } catch (IllegalStateException | JavalinException e) {
      err.printf("eligibility-http: cannot start: %s%n", e.getMessage());
      closeQuietly(served.watch());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(stopping(server, records));
    return 0;
  }

  /** The editions to serve, and the watch of their directory when they come from one. */
  private record Served(LiveEditions editions, PolicyDirectory.@Nullable Watch watch) {}

  /** Checks the port and returns the limits of the options, or refuses them. */
  private Limits limits(CommandLine commandLine) {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(commandLine, "--port must be from 0 to 65535, not " + port);
    }
    return ServeOptions.limits(commandLine.getCommandSpec());
  }

  /**
   * Returns the editions of {@code --policies}, of {@code --policy} or the default ones, or null
   * when those named cannot be used, the reason printed to {@code err}.
   */
  private @Nullable Served served(CommandLine commandLine, PrintWriter err) {
    boolean oneFile = policy != null && !policy.isBlank();
    boolean directory = policies != null && !policies.isBlank();
    if (oneFile && directory) {
      throw new ParameterException(
          commandLine,
          "--policy and --policies cannot be used together (nor ELIGIBILITY_POLICY and"
              + " ELIGIBILITY_POLICIES): serve one edition, or a directory of editions");
    }
    if (directory) {
      return directory(Objects.requireNonNull(policies), err);
    }
    if (oneFile) {
      LiveEditions editions = file(Path.of(Objects.requireNonNull(policy)), err);
      return editions == null ? null : new Served(editions, null);
    }
    return new Served(LiveEditions.of(defaultEditions.get()), null);
  }

  /** Loads and watches the directory {@code policies}, or prints why it cannot be served. */
  private static @Nullable Served directory(String policies, PrintWriter err) {
    PolicyDirectory source =
        PolicyDirectory.of(Path.of(policies), Clock.system(Eligibility.DEFAULT_ZONE));
    PolicyDirectory.Loaded loaded = source.load();
    if (loaded.editions().isEmpty()) {
      err.printf("eligibility-http: the policy editions in %s cannot be used:%n", policies);
      for (Problem problem : loaded.problems()) {
        err.printf("  %s%n", problem.describe(Language.ENGLISH));
      }
      return null;
    }
    LiveEditions editions = LiveEditions.of(loaded.editions().get());
    try {
      return new Served(editions, source.watch(editions));
    } catch (IOException e) {
      err.printf("eligibility-http: cannot watch %s: %s%n", policies, e.getMessage());
      return null;
    }
  }

  /** Reads the policy file {@code file}, or prints why it cannot be served. */
  private static @Nullable LiveEditions file(Path file, PrintWriter err) {
    try {
      return LiveEditions.of(
          Eligibility.editions(
              List.of(EligibilityJson.create().readPolicy(file)),
              Clock.system(Eligibility.DEFAULT_ZONE)));
    } catch (PolicyFileException e) {
      err.printf("eligibility-http: the policy file %s cannot be used:%n", file);
      for (Problem problem : e.getProblems()) {
        err.printf("  %s: %s%n", problem.getPath(), problem.getMessage(Language.ENGLISH));
      }
    } catch (IOException e) {
      String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
      err.printf("eligibility-http: cannot read the policy file %s: %s%n", file, reason);
    }
    return null;
  }

  /** The shutdown hook: stops the server, then closes the records' store. */
  private Thread stopping(EligibilityServer server, RecordStore records) {
    return new Thread(
        () -> {
          stop(server);
          records.close();
        },
        "eligibility-http-stop");
  }

  private static void closeQuietly(PolicyDirectory.@Nullable Watch watch) {
    if (watch != null) {
      try {
        watch.close();
      } catch (IOException e) {
        // the process ends with the failure already reported
      }
    }
  }

  /** Reads a duration as {@code 250ms}, {@code 5s}, {@code 2m}, or a whole number of seconds. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String text = value.strip().toLowerCase(Locale.ROOT);
      try {
        Duration duration;
        if (text.endsWith("ms")) {
          duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        } else if (text.endsWith("s")) {
          duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
        } else if (text.endsWith("m")) {
          duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
        } else {
          duration = Duration.ofSeconds(Long.parseLong(text));
        }
        if (duration.isNegative()) {
          throw new CommandLine.TypeConversionException(
              "a duration must not be negative, not '" + value + "'");
        }
        return duration;
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a duration such as 250ms, 5s or 2m");
      }
    }
  }

  /*
   * The JVM answers SIGTERM by running its shutdown hooks and then exiting with status 143
   * (128 + 15), as if the process had failed. Stopping on SIGTERM is this service's normal end, so
   * the hook, once the server has stopped, ends the JVM itself: with 0 when every request in
   * flight finished, with 1 when the stop timeout cut some. Nothing else in the process calls
   * System.exit once serving has begun, so no other status is overridden.
   */
  private static void stop(EligibilityServer server) {
    boolean finished = server.drainAndStop();
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(finished ? 0 : 1);
  }

  /**
   * Opens the records' store, or prints why it cannot and returns null (a schema newer than this
   * version knows, a URL that is not PostgreSQL's). A database that is down is opened: the record
   * routes answer 503 until it is back.
   */
  private @Nullable RecordStore openRecords(LiveEditions editions, PrintWriter err) {
    RecordStore records;
    try {
      records =
          Records.open(
              recordsDatabase.database(),
              editions::current,
              EligibilityJson.create(),
              Clock.systemUTC());
    } catch (SchemaTooNewException | IllegalArgumentException e) {
      err.printf("eligibility-http: %s%n", e.getMessage());
      err.println("The service was not started.");
      return null;
    }
    if (!records.isAvailable()) {
      err.printf(
          "eligibility-http: the records database %s cannot be used now; the record routes answer"
              + " 503 until it can%n",
          records.database());
    }
    return records;
  }
}
