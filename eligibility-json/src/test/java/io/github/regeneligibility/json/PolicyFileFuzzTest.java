package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.PolicyEdition;

/**
 * Fuzzes the policy-file reader, as {@code check-policy} and the service's start-up use it. The
 * contract: whatever the bytes, an edition or a {@link PolicyFileException} naming each problem in
 * a message of bounded length; never another exception.
 */
final class PolicyFileFuzzTest {
  private static final EligibilityJson JSON = EligibilityJson.create();

  /** The longest line a problem of a policy file prints. */
  private static final int LINE_BOUND = 2_000;

  @FuzzTest(maxDuration = "10m")
  void policyFile(byte[] file) {
    try {
      PolicyEdition edition = JSON.readPolicy(file, "fuzz.json");
      assertThat(edition.getReference().getId()).isNotEmpty();
    } catch (PolicyFileException e) {
      assertThat(e.getProblems()).isNotEmpty();
      for (Problem problem : e.getProblems()) {
        for (Language language : Language.values()) {
          assertThat(problem.describe(language)).hasSizeLessThanOrEqualTo(LINE_BOUND);
        }
      }
    }
  }
}
