package io.github.regeneligibility.http;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code policy}: prints the embedded default edition, the one served when no policy is named, as a
 * policy file (as {@code GET /v1/policy} gives it, with a final line break).
 */
@Command(
    resourceBundle = "io.github.regeneligibility.http.PolicyCommand",
    name = "policy")
final class PolicyCommand extends Subcommand {

  @Override
  public Integer call() {
    PrintWriter out = commandLine().getOut();
    out.print(EligibilityJson.create().writePolicy(Eligibility.defaultEdition()));
    out.print('\n');
    out.flush();
    return 0;
  }
}
