package io.github.regeneligibility.http;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check-policy FILE…}: checks policy files and names every problem of each. */
@Command(
    resourceBundle = "io.github.regeneligibility.http.CheckPolicyCommand",
    name = "check-policy")
final class CheckPolicyCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "file")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = commandLine().getOut();
    PrintWriter err = commandLine().getErr();
    int status = 0;
    for (Path file : files) {
      Optional<PolicyEdition> edition = read(file, err);
      if (edition.isEmpty()) {
        status = 1;
      } else {
        out.println(
            CommandText.POLICY_VALID.both(
                file,
                edition.get().getId(),
                edition.get().getVersion(),
                edition.get().getEffectiveFrom()));
      }
    }
    return status;
  }

  /** Reads the edition in {@code file}, or prints every problem to {@code err}. */
  static Optional<PolicyEdition> read(Path file, PrintWriter err) {
    try {
      return Optional.of(EligibilityJson.create().readPolicy(file));
    } catch (PolicyFileException e) {
      err.println(CommandText.POLICY_INVALID.both(file));
      for (Problem problem : e.getProblems()) {
        err.printf("  %s%n", problem.describe(Language.ENGLISH));
      }
    } catch (IOException e) {
      String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
      err.println(CommandText.CANNOT_BE_READ.both(file, String.valueOf(reason)));
    }
    return Optional.empty();
  }
}
