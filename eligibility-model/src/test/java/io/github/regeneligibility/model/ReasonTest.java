package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ReasonTest {

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void templates_everyCode_namesTheSameFactsInBothLanguages(ReasonCode code) {
    assertThat(code.template().in(Language.ENGLISH)).doesNotMatch(VocabularyTest.HAN);
    assertThat(code.template().in(Language.CHINESE)).matches(VocabularyTest.HAN);
    for (String fact : code.factNames()) {
      assertThat(code.template().in(Language.CHINESE)).contains("{" + fact + "}");
    }
  }

  @Test
  void getMessage_rendersFactsWithLabelsOfTheLanguage() {
    Reason reason =
        Reason.of(
            ReasonCode.MATURITY_STAGE,
            ImmutableMap.of("stage", Stage.CLINICAL_APPROVED, "points", 24, "maxPoints", 40));

    assertThat(reason.getMessage(Language.ENGLISH))
        .isEqualTo("Stage Clinical research approved: 24 of 40 points.");
    assertThat(reason.getMessage(Language.CHINESE)).isEqualTo("研发阶段为“已取得临床研究批件”：得 24 分（满分 40 分）。");
  }

  @Test
  void getMessage_rendersListsWithTheLanguagesSeparator() {
    Reason reason =
        Reason.of(
            ReasonCode.SCOPE_OUT_OF_FIELD,
            ImmutableMap.of(
                "sectors", ImmutableList.of(Sector.NON_REGENERATIVE, Sector.STEM_CELLS)));

    assertThat(reason.getMessage(Language.ENGLISH))
        .isEqualTo(
            "None of the sectors (Non-regenerative, Stem cells) is a focus sector or regenerative"
                + " medicine.");
    assertThat(reason.getMessage(Language.CHINESE))
        .isEqualTo("所属领域“非再生医学领域”、“干细胞”均不属于重点领域或其他再生医学领域。");
  }

  @Test
  void of_factsNotMatchingTheTemplate_isRefusedNamingBoth() {
    assertThatThrownBy(
            () -> Reason.of(ReasonCode.ROLE_POINTS, ImmutableMap.of("role", Role.INNOVATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason ROLE_POINTS takes the facts [role, points, maxPoints], not [role]");
  }

  /** The reason of a role criterion giving {@code points} of 10. */
  private static Reason rolePoints(int points) {
    return Reason.of(
        ReasonCode.ROLE_POINTS,
        ImmutableMap.of("role", Role.INNOVATOR, "points", points, "maxPoints", 10));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void criterionResult_pointsOutsideZeroToMaximum_isRefused(int points) {
    assertThatThrownBy(() -> CriterionResult.of(Criterion.ROLE, points, 10, rolePoints(points)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ROLE points " + points + " are not within 0..10");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10})
  void criterionResult_pointsAtZeroOrAtTheMaximum_areAccepted(int points) {
    assertThat(CriterionResult.of(Criterion.ROLE, points, 10, rolePoints(points)).getPoints())
        .isEqualTo(points);
  }
}
