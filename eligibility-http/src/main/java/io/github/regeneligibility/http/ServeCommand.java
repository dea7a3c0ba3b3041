package io.github.regeneligibility.http;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEditions;
import io.javalin.util.JavalinException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line of the executable jar: reads the options, loads the policy, starts serving. */
@Command(
    name = "eligibility-http",
    sortOptions = false,
    description = {
      "Serves the regen-eligibility rules over HTTP; the routes are described at /openapi.json.",
      "An option given on the command line wins over its environment variable."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:stopped by SIGTERM after every request in flight finished",
      "1:the policy file cannot be used, the server cannot start, or requests were cut at stop",
      "2:invalid options"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "${env:PORT:-7070}",
      description = "the port to listen on; 0 picks a free one (env PORT; default 7070)")
  int port;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      defaultValue = "${env:ELIGIBILITY_POLICY}",
      description =
          "a policy edition file to serve instead of the embedded default edition"
              + " (env ELIGIBILITY_POLICY)")
  @Nullable String policy;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help and exit")
  boolean help;

  /** Runs the command with {@code args} and returns its exit status; serving goes on after. */
  static int execute(String[] args) {
    return new CommandLine(new ServeCommand()).execute(args);
  }

  @Override
  public Integer call() {
    CommandLine commandLine = Objects.requireNonNull(spec).commandLine();
    PrintWriter err = commandLine.getErr();
    if (port < 0 || port > 65_535) {
      throw new ParameterException(commandLine, "--port must be from 0 to 65535, not " + port);
    }
    PolicyEditions editions;
    if (policy == null || policy.isBlank()) {
      editions = Eligibility.defaultEditions();
    } else {
      Path file = Path.of(policy);
      try {
        editions =
            Eligibility.editions(
                List.of(EligibilityJson.create().readPolicy(file)),
                Clock.system(Eligibility.DEFAULT_ZONE));
      } catch (PolicyFileException e) {
        err.printf("eligibility-http: the policy file %s cannot be used:%n", file);
        for (Problem problem : e.getProblems()) {
          err.printf("  %s: %s%n", problem.getPath(), problem.getMessage(Language.ENGLISH));
        }
        err.println("The service was not started.");
        return 1;
      } catch (IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
        err.printf("eligibility-http: cannot read the policy file %s: %s%n", file, reason);
        err.println("The service was not started.");
        return 1;
      }
    }
    EligibilityServer server = EligibilityServer.builder().port(port).editions(editions).build();
    try {
      server.start();
    } catch (IllegalStateException | JavalinException e) {
      err.printf("eligibility-http: cannot start: %s%n", e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "eligibility-http-stop"));
    return 0;
  }

  /*
   * The JVM answers SIGTERM by running its shutdown hooks and then exiting with status 143
   * (128 + 15), as if the process had failed. Stopping on SIGTERM is this service's normal end, so
   * the hook, once the server has stopped, ends the JVM itself: with 0 when every request in
   * flight finished, with 1 when the stop timeout cut some. Nothing else in the process calls
   * System.exit once serving has begun, so no other status is overridden.
   */
  private static void stop(EligibilityServer server) {
    boolean finished = server.stop();
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(finished ? 0 : 1);
  }
}
