package io.github.regeneligibility.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A bad setting stops the start of the real application, and Spring Boot's failure analysis names
 * the setting and says why, as the reference service's command line does.
 */
@ExtendWith(OutputCaptureExtension.class)
final class StartupValidationTest {

  private static void start(String... args) {
    new SpringApplicationBuilder(ExampleApplication.class)
        .web(WebApplicationType.NONE)
        .run(args)
        .close();
  }

  /**
   * Starts the application with {@code args}, expecting it to fail; returns what it printed,
   * checked to hold Spring Boot's failure analysis.
   */
  private static AbstractStringAssert<?> failedStart(CapturedOutput output, String... args) {
    assertThatException().isThrownBy(() -> start(args));
    return assertThat(output.getAll()).contains("APPLICATION FAILED TO START");
  }

  @Test
  void policyAndPolicies_areRefusedNamingBoth(CapturedOutput output, @TempDir Path dir) {
    failedStart(
            output,
            "--regen.eligibility.policy=" + dir.resolve("a.json"),
            "--regen.eligibility.policies=" + dir)
        .contains("The following configuration properties are mutually exclusive:")
        .contains("\tregen.eligibility.policies\n")
        .contains("\tregen.eligibility.policy\n");
  }

  @Test
  void aMissingDirectory_isRefusedNamingTheSettingAndTheProblem(CapturedOutput output) {
    failedStart(output, "--regen.eligibility.policies=/no/such/dir")
        .contains(
            "Invalid value '/no/such/dir' for configuration property"
                + " 'regen.eligibility.policies'")
        .contains("/no/such/dir: $: The file cannot be read: no such file or directory.");
  }

  @Test
  void anUnknownLanguage_isRefusedNamingTheSetting(CapturedOutput output) {
    failedStart(output, "--regen.eligibility.language=KLINGON")
        .contains("Property: regen.eligibility.language")
        .contains("Value: \"KLINGON\"");
  }
}
