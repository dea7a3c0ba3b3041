package io.github.regeneligibility.http;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code screen FILE}: assesses every application of an NDJSON file, as the batch route does and
 * with the same answer lines, without a server.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Assesses every application of FILE (NDJSON: one JSON application per line) and writes one"
          + " line per non-blank input line, exactly as POST"
          + " /v1/assessments/batch answers. Progress goes to standard error.",
      "逐行评估 FILE 中的申请（NDJSON），输出与批量接口相同。"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every line was answered (bad lines are answered with their problems)",
      "1:a file cannot be read or written, or the policy file is invalid",
      "2:invalid options"
    })
final class ScreenCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "applications, NDJSON")
  @Nullable Path file;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
  @Nullable Path out;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "assess under this edition instead of the embedded default edition")
  @Nullable Path policy;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en or zh: the language of messages (default en)")
  String language = "en";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = Objects.requireNonNull(spec).commandLine().getErr();
    PolicyEdition edition = Eligibility.defaultEdition();
    if (policy != null) {
      Optional<PolicyEdition> read = CheckPolicyCommand.read(policy, err);
      if (read.isEmpty()) {
        return 1;
      }
      edition = read.get();
    }
    Path input = Objects.requireNonNull(file);
    Assessments assessments = new Assessments(EligibilityJson.create(), new ProblemMapper());
    try (InputStream in =
        ProgressBar.wrap(
            Files.newInputStream(input),
            new ProgressBarBuilder().setTaskName("screen").setUnit(" MiB", 1 << 20))) {
      if (out == null) {
        screen(assessments, in, System.out, edition);
      } else {
        try (OutputStream file = Files.newOutputStream(out)) {
          screen(assessments, in, file, edition);
        }
      }
    } catch (IOException e) {
      err.printf("screen: %s / 无法完成: %s%n", e.getMessage(), e.getMessage());
      return 1;
    }
    return 0;
  }

  private void screen(Assessments assessments, InputStream in, OutputStream sink, PolicyEdition edition)
      throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(sink, 1 << 16);
    assessments.assessEach(
        in,
        buffered,
        Eligibility.assessor(edition),
        language.startsWith("zh") ? Language.CHINESE : Language.ENGLISH);
    buffered.flush();
  }
}
