package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The law of validation, over generated forms (with shrinking): valid forms validate, and breaking
 * one rule gives exactly that rule's violation. The table of breaches is {@link
 * FormGenerators#BREACHES}.
 */
final class ValidationLawsTest {

  private static final ApplicationValidator VALIDATOR = ApplicationValidator.shared();

  @Test
  @DisplayName(
      "A generated valid application always validates, and one mutation that breaks a single rule"
          + " yields exactly that rule's violation.")
  void
      aGeneratedValidApplicationAlwaysValidatesAndOneMutationThatBreaksASingleRuleYieldsExactlyThatRulesViolation() {
    qt().withExamples(3_000)
        .forAll(FormGenerators.brokenForms())
        .checkAssert(
            broken -> {
              ValidationResult valid = VALIDATOR.validate(broken.valid());
              assertThat(valid.getViolations()).isEmpty();
              assertMirrors(valid.orElseThrow(), broken.valid());

              assertThat(VALIDATOR.validate(broken.broken()).getViolations())
                  .as("%s in %s", broken.code(), broken.broken())
                  .extracting(Problem::getPath, Problem::getCode)
                  .containsExactly(tuple(broken.field(), broken.code()));
            });
  }

  /** Asserts that {@code application} holds what {@code form} said, sectors as a set. */
  private static void assertMirrors(Application application, ApplicationForm form) {
    assertThat(application.getId()).isEqualTo(form.getId().orElseThrow());
    assertThat(application.getProjectName()).isEqualTo(form.getProjectName().orElseThrow());
    assertThat(application.getApplicantName()).isEqualTo(form.getApplicantName().orElseThrow());
    assertThat(application.getOrigin()).isEqualTo(form.getOrigin().orElseThrow());
    assertThat(application.getRole()).isEqualTo(form.getRole().orElseThrow());
    assertThat(application.getSectors()).isEqualTo(ImmutableSet.copyOf(form.getSectors()));
    assertThat(application.getPrimarySector()).isEqualTo(form.getPrimarySector().orElseThrow());
    assertThat(application.getPathway()).isEqualTo(form.getPathway());
    assertThat(application.getStage()).isEqualTo(form.getStage());
    assertThat(application.getYearsToIndustrialization())
        .isEqualTo(form.getYearsToIndustrialization().orElseThrow());
  }
}
