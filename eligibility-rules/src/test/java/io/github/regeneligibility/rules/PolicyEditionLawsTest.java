package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The laws of policy editions, over generated editions (with shrinking): the policy check lets
 * through only editions that keep the policy's laws, and refuses every edition that breaks a
 * promise, naming the parameter.
 */
@ExtendWith(EveryShape.class)
final class PolicyEditionLawsTest {

  /** Editions per run; each is checked at 2,000 shapes and their neighbours. */
  private static final int EDITIONS = 200;

  @Test
  @DisplayName(
      "Every edition that the policy check accepts keeps laws 1–6 on a large sample of"
          + " applications.")
  void everyEditionThatThePolicyCheckAcceptsKeepsLaws1To6OnALargeSampleOfApplications() {
    EditionGenerators.forAcceptedCandidates(
        EDITIONS,
        (draft, edition, sample) -> {
          Laws laws = new Laws(edition);
          for (Map.Entry<String, IntPredicate> law : laws.all().entrySet()) {
            IntStream shapes = sample.stream().mapToInt(Integer::intValue);
            assertThat(laws.counterexamples(shapes, law.getValue()))
                .as("%s, under %s", law.getKey(), draft)
                .isEmpty();
          }
        });
  }

  @Test
  @DisplayName(
      "Every edition that breaks a promise is refused, and the refusal names the parameter.")
  void everyEditionThatBreaksAPromiseIsRefusedAndTheRefusalNamesTheParameter() {
    qt().withExamples(2_000)
        .forAll(EditionGenerators.brokenEditions())
        .checkAssert(
            broken ->
                assertThatExceptionOfType(InvalidPolicyException.class)
                    .as("%s at %s in %s", broken.breach(), broken.parameter(), broken.draft())
                    .isThrownBy(broken.draft()::toEdition)
                    .satisfies(
                        refusal -> {
                          assertThat(refusal.getProblems())
                              .extracting(Problem::getPath)
                              .contains(broken.parameter());
                          assertThat(refusal.getMessage()).contains(broken.parameter() + ": ");
                          for (Problem problem : refusal.getProblems()) {
                            assertThat(problem.getMessage(Language.ENGLISH)).isNotBlank();
                            assertThat(problem.getMessage(Language.CHINESE))
                                .isNotBlank()
                                .isNotEqualTo(problem.getMessage(Language.ENGLISH));
                          }
                        }));
  }

  @Test
  @DisplayName("Every edition that keeps every promise is accepted, with its parameters as given.")
  void everyEditionThatKeepsEveryPromiseIsAcceptedWithItsParametersAsGiven() {
    qt().withExamples(2_000)
        .forAll(EditionGenerators.editions())
        .checkAssert(draft -> assertThat(EditionDraft.of(draft.toEdition())).isEqualTo(draft));
  }
}
