package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A policy file in another encoding than UTF-8 is refused with a message that names the encoding
 * and exit status 1, by {@code check-policy} and at start-up, never with a stack trace.
 */
final class PolicyEncodingTest {
  private static final String POLICY =
      EligibilityJson.create().writePolicy(Eligibility.defaultEdition());

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CommandLineToolTest.run(new StringWriter(), err, args);
  }

  @ParameterizedTest
  @CsvSource({
    "check-policy, UTF-16, UTF-16BE",
    "check-policy, UTF-32, UTF-32BE",
    "--policy, UTF-16LE, UTF-16LE",
    "--policy, UTF-32LE, UTF-32LE",
    "--policies, UTF-16, UTF-16BE",
    "--policies, UTF-32BE, UTF-32BE"
  })
  void policyFileInAnotherEncoding_exits1NamingIt_withoutAStackTrace(
      String command, String charset, String named, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("edition.json");
    Files.writeString(file, POLICY, Charset.forName(charset));
    String argument = command.equals("--policies") ? dir.toString() : file.toString();

    int status =
        command.equals("check-policy")
            ? run(command, argument)
            : run(command, argument, "--port", "0");

    assertThat(status).isEqualTo(1);
    assertThat(err.toString())
        .contains("The body is encoded in " + named + ", not UTF-8")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
