package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An assessment keeps each result in its own place and adds up the criteria's points. */
final class AssessmentTest {
  private static final Application APPLICATION =
      ApplicationValidator.shared()
          .validate(ApplicationValidatorTest.innovator().build())
          .orElseThrow();
  private static final PolicyReference POLICY =
      PolicyReference.of("park-intake", "2026.1", LocalDate.of(2026, 1, 1));
  private static final Reason PRIORITY =
      Reason.of(
          ReasonCode.TIER_PRIORITY_MILESTONE,
          ImmutableMap.of("stage", Stage.CLINICAL_APPROVED, "milestone", Stage.CLINICAL_APPROVED));

  private static final GateResult SCOPE_PASSED =
      GateResult.of(
          Gate.SCOPE,
          true,
          Reason.of(ReasonCode.SCOPE_FOCUS_SECTOR, ImmutableMap.of("sector", Sector.STEM_CELLS)));
  private static final GateResult SCOPE_FAILED =
      GateResult.of(
          Gate.SCOPE,
          false,
          Reason.of(
              ReasonCode.SCOPE_OUT_OF_FIELD,
              ImmutableMap.of("sectors", ImmutableList.of(Sector.NON_REGENERATIVE))));
  private static final GateResult HORIZON_PASSED =
      GateResult.of(
          Gate.HORIZON,
          true,
          Reason.of(ReasonCode.HORIZON_WITHIN_LIMIT, ImmutableMap.of("years", 4, "limit", 10)));
  private static final GateResult HORIZON_FAILED =
      GateResult.of(
          Gate.HORIZON,
          false,
          Reason.of(ReasonCode.HORIZON_BEYOND_LIMIT, ImmutableMap.of("years", 11, "limit", 10)));

  private static final CriterionResult SECTOR_FIT =
      scored(Criterion.SECTOR_FIT, 30, 30, ReasonCode.SECTOR_FIT_PRIMARY_FOCUS, Sector.STEM_CELLS);
  private static final CriterionResult MATURITY =
      scored(Criterion.MATURITY, 24, 40, ReasonCode.MATURITY_STAGE, Stage.CLINICAL_APPROVED);
  private static final CriterionResult HORIZON =
      CriterionResult.scored(
          Criterion.HORIZON,
          15,
          20,
          ReasonCode.HORIZON_BAND,
          ImmutableMap.of("years", 4, "from", 3, "to", 5));
  private static final CriterionResult ROLE =
      scored(Criterion.ROLE, 8, 10, ReasonCode.ROLE_POINTS, Role.INNOVATOR);

  /** A criterion's result whose one fact is an enum constant, named as its class is. */
  private static CriterionResult scored(
      Criterion criterion, int points, int maxPoints, ReasonCode code, Enum<?> fact) {
    String name = fact.getDeclaringClass().getSimpleName();
    return CriterionResult.scored(
        criterion,
        points,
        maxPoints,
        code,
        ImmutableMap.of(Character.toLowerCase(name.charAt(0)) + name.substring(1), fact));
  }

  private static Assessment assessment(GateResult scope, GateResult horizonGate) {
    return assessment(scope, horizonGate, SECTOR_FIT, MATURITY, HORIZON, ROLE);
  }

  /** An assessment with the results in the places given, right or wrong. */
  private static Assessment assessment(
      GateResult scope, GateResult horizonGate, CriterionResult... criteria) {
    return Assessment.of(
        APPLICATION,
        POLICY,
        Tier.PRIORITY,
        PRIORITY,
        scope,
        horizonGate,
        criteria[0],
        criteria[1],
        criteria[2],
        criteria[3]);
  }

  @Test
  void of_resultsInTheirPlaces_addsUpTheScoreAndFindsEachResult() {
    Assessment assessment = assessment(SCOPE_PASSED, HORIZON_PASSED);

    assertThat(assessment.getScore()).isEqualTo(30 + 24 + 15 + 8);
    assertThat(assessment.getApplicationId()).isEqualTo("APP-2026.0001_x");
    assertThat(assessment.getGates()).containsExactly(SCOPE_PASSED, HORIZON_PASSED);
    assertThat(assessment.getGate(Gate.SCOPE)).isEqualTo(SCOPE_PASSED);
    assertThat(assessment.getGate(Gate.HORIZON)).isEqualTo(HORIZON_PASSED);
    assertThat(assessment.getCriteria()).containsExactly(SECTOR_FIT, MATURITY, HORIZON, ROLE);
    assertThat(assessment.getCriterion(Criterion.SECTOR_FIT)).isEqualTo(SECTOR_FIT);
    assertThat(assessment.getCriterion(Criterion.MATURITY)).isEqualTo(MATURITY);
    assertThat(assessment.getCriterion(Criterion.HORIZON)).isEqualTo(HORIZON);
    assertThat(assessment.getCriterion(Criterion.ROLE)).isEqualTo(ROLE);
  }

  @Test
  void isGatesPassed_onlyWhenBothGatesPass() {
    assertThat(assessment(SCOPE_PASSED, HORIZON_PASSED).isGatesPassed()).isTrue();
    assertThat(assessment(SCOPE_FAILED, HORIZON_PASSED).isGatesPassed()).isFalse();
    assertThat(assessment(SCOPE_PASSED, HORIZON_FAILED).isGatesPassed()).isFalse();
  }

  @Test
  void of_gatesSwapped_isRefused() {
    assertThatThrownBy(() -> assessment(HORIZON_PASSED, SCOPE_PASSED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a gate or criterion result is in the wrong place");
  }

  @Test
  void of_criteriaSwapped_isRefused() {
    assertThatThrownBy(
            () -> assessment(SCOPE_PASSED, HORIZON_PASSED, MATURITY, SECTOR_FIT, HORIZON, ROLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a gate or criterion result is in the wrong place");
    assertThatThrownBy(
            () -> assessment(SCOPE_PASSED, HORIZON_PASSED, SECTOR_FIT, MATURITY, ROLE, HORIZON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a gate or criterion result is in the wrong place");
  }
}
