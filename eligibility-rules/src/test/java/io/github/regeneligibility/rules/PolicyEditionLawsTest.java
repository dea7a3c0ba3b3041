package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The laws of policy editions, over generated editions (with shrinking): the policy check lets
 * through only editions that keep the policy's laws, and refuses every edition that breaks a
 * promise, naming the parameter.
 */
final class PolicyEditionLawsTest {

  /** Editions per run; each is checked at 2,000 shapes and their neighbours. */
  private static final int EDITIONS = 200;

  /** Validating 1.1 million forms takes seconds, longer on a busy machine: allow more time. */
  @BeforeAll
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  static void buildEveryShape() {
    Shapes.build();
  }

  @Test
  @DisplayName(
      "Every edition that the policy check accepts keeps laws 1–6 on a large sample of"
          + " applications.")
  void everyEditionThatThePolicyCheckAcceptsKeepsLaws1To6OnALargeSampleOfApplications() {
    qt().withExamples(EDITIONS)
        .withShrinkCycles(EDITIONS * 4)
        .forAll(Generators.editionCandidates(), Generators.shapeSamples())
        .checkAssert(
            (draft, sample) ->
                draft
                    .accepted()
                    .ifPresent(
                        edition -> {
                          Laws laws = new Laws(edition);
                          for (Map.Entry<String, IntPredicate> law : laws.all().entrySet()) {
                            assertThat(
                                    laws.counterexamples(
                                        sample.stream().mapToInt(Integer::intValue),
                                        law.getValue()))
                                .as("%s, under %s", law.getKey(), draft)
                                .isEmpty();
                          }
                        }));
  }

  @Test
  @DisplayName(
      "Every edition that breaks a promise is refused, and the refusal names the parameter.")
  void everyEditionThatBreaksAPromiseIsRefusedAndTheRefusalNamesTheParameter() {
    qt().withExamples(2_000)
        .forAll(Generators.brokenEditions())
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
        .forAll(Generators.editions())
        .checkAssert(
            draft -> assertThat(Generators.EditionDraft.of(draft.toEdition())).isEqualTo(draft));
  }
}
