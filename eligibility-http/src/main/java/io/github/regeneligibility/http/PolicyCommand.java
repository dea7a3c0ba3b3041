package io.github.regeneligibility.http;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code policy}: prints the embedded default edition, the one served when no policy is named, as a
 * policy file (as {@code GET /v1/policy} gives it, with a final line break).
 */
@Command(resourceBundle = "io.github.regeneligibility.http.PolicyCommand", name = "policy")
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
