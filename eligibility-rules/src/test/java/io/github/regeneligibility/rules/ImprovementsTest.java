package io.github.regeneligibility.rules;

import static io.github.regeneligibility.model.Pathway.DRUG;
import static io.github.regeneligibility.model.Role.INNOVATOR;
import static io.github.regeneligibility.model.Role.SUPPLY_CHAIN;
import static io.github.regeneligibility.model.Sector.NON_REGENERATIVE;
import static io.github.regeneligibility.model.Sector.OTHER_REGENERATIVE;
import static io.github.regeneligibility.model.Sector.STEM_CELLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.ReasonCode;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.model.ValidityCode;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ImprovementsTest {
  private static final Assessor DEFAULT = Eligibility.assessor(Eligibility.defaultEdition());

  private static ImmutableList<Improvement> improvements(Assessment assessment) {
    return DEFAULT.improvements(assessment);
  }

  /** A stem-cell drug of an innovator at {@code stage}, {@code years} from industrialisation. */
  private static Application stemCellDrug(Stage stage, int years) {
    return Applications.product(INNOVATOR, List.of(STEM_CELLS), DRUG, stage, years);
  }

  @Test
  void improvements_eligibleBeforeTheMilestone_listTheMilestoneStage() {
    Assessment assessment = DEFAULT.assess(stemCellDrug(Stage.PRECLINICAL, 4));

    ImmutableList<Improvement> found = improvements(assessment);

    assertThat(assessment.getTier()).isEqualTo(Tier.ELIGIBLE);
    assertThat(found).hasSize(1);
    Improvement improvement = found.get(0);
    assertThat(improvement.getField()).isEqualTo(ChangedField.STAGE);
    assertThat(improvement.getValue()).isEqualTo(Stage.CLINICAL_APPROVED);
    assertThat(improvement.getTier()).isEqualTo(Tier.PRIORITY);
    assertThat(improvement.getScore()).isEqualTo(77);
    assertThat(improvement.getReason().getCode()).isEqualTo(ReasonCode.IMPROVEMENT_STAGE);
    assertThat(improvement.getReason().getMessage(Language.ENGLISH))
        .isEqualTo("Reaching stage Clinical research approved would make this Priority, score 77.");
    assertThat(improvement.getReason().getMessage(Language.CHINESE))
        .isEqualTo("若研发阶段达到“已取得临床研究批件”，评级将为“重点引进项目”，得分 77 分。");
  }

  @Test
  void improvements_reserve_listEveryTierReachableWithTheSmallestChangeFirst() {
    // INNOVATOR, GENE-like focus sector, PRECLINICAL, 6 years: 30 + 10 + 8 + 8 = 56, RESERVE.
    Assessment assessment = DEFAULT.assess(stemCellDrug(Stage.PRECLINICAL, 6));

    ImmutableList<Improvement> found = improvements(assessment);

    assertThat(found)
        .extracting(
            Improvement::getField,
            Improvement::getValue,
            Improvement::getTier,
            Improvement::getScore)
        .containsExactly(
            // CLINICAL_APPROVED: 30 + 24 + 8 + 8 = 70 and past the milestone.
            org.assertj.core.groups.Tuple.tuple(
                ChangedField.STAGE, Stage.CLINICAL_APPROVED, Tier.PRIORITY, 70),
            // CLINICAL_APPLICATION: 30 + 16 + 8 + 8 = 62.
            org.assertj.core.groups.Tuple.tuple(
                ChangedField.STAGE, Stage.CLINICAL_APPLICATION, Tier.ELIGIBLE, 62),
            // 5 years: 30 + 10 + 15 + 8 = 63.
            org.assertj.core.groups.Tuple.tuple(
                ChangedField.YEARS_TO_INDUSTRIALIZATION, 5, Tier.ELIGIBLE, 63));
  }

  @Test
  void improvements_ineligibleOnTheHorizon_nameTheGateTheChangeWouldPass() {
    Assessment assessment =
        DEFAULT.assess(
            Applications.product(
                INNOVATOR, List.of(STEM_CELLS), DRUG, Stage.CLINICAL_APPROVED, 11));

    Improvement improvement = improvements(assessment).get(0);

    assertThat(improvement.getField()).isEqualTo(ChangedField.YEARS_TO_INDUSTRIALIZATION);
    assertThat(improvement.getValue()).isEqualTo(10);
    assertThat(improvement.getTier()).isEqualTo(Tier.PRIORITY);
    assertThat(improvement.getPassedGates()).containsExactly(Gate.HORIZON);
    assertThat(improvement.getReason().getMessage(Language.ENGLISH))
        .isEqualTo(
            "Industrialising within 10 years would pass the gate Horizon and make this"
                + " Priority, score 70.");
  }

  @Test
  void improvements_outOfScope_addAFocusSectorToPassTheScopeGate() {
    Assessment assessment =
        DEFAULT.assess(Applications.service(SUPPLY_CHAIN, List.of(NON_REGENERATIVE), 0));

    ImmutableList<Improvement> found = improvements(assessment);

    // Adding any focus sector: 20 + 20 + 20 + 5 = 65, ELIGIBLE; all five are listed.
    assertThat(found)
        .hasSize(5)
        .allSatisfy(
            improvement -> {
              assertThat(improvement.getField()).isEqualTo(ChangedField.SECTORS);
              assertThat(improvement.getTier()).isEqualTo(Tier.ELIGIBLE);
              assertThat(improvement.getScore()).isEqualTo(65);
              assertThat(improvement.getPassedGates()).containsExactly(Gate.SCOPE);
            });
    assertThat(found.get(0).getValue()).isEqualTo(List.of(Sector.IMMUNE_CELLS, NON_REGENERATIVE));
  }

  @Test
  void improvements_focusSectorListedButNotPrimary_makeItPrimary() {
    // SUPPLY_CHAIN, primary OTHER_REGENERATIVE + STEM_CELLS, 6 years: 20 + 20 + 8 + 5 = 53.
    Assessment assessment =
        DEFAULT.assess(
            Applications.service(SUPPLY_CHAIN, List.of(OTHER_REGENERATIVE, STEM_CELLS), 6));

    ImmutableList<Improvement> found = improvements(assessment);

    assertThat(found)
        .extracting(Improvement::getField, Improvement::getValue, Improvement::getScore)
        .containsExactly(
            // 5 years: 20 + 20 + 15 + 5 = 60; one year is as small a change as one sector.
            org.assertj.core.groups.Tuple.tuple(ChangedField.YEARS_TO_INDUSTRIALIZATION, 5, 60),
            // STEM_CELLS primary: 30 + 20 + 8 + 5 = 63.
            org.assertj.core.groups.Tuple.tuple(ChangedField.PRIMARY_SECTOR, STEM_CELLS, 63));
    assertThat(assessment.getTier()).isEqualTo(Tier.RESERVE);
  }

  @Test
  void improvements_priority_listNone() {
    Assessment assessment = DEFAULT.assess(stemCellDrug(Stage.MARKETED, 0));

    assertThat(improvements(assessment)).isEmpty();
  }

  @Test
  void wireName_everyField_isTheNameValidationUsesForIt() {
    assertThat(ChangedField.values())
        .extracting(ChangedField::wireName)
        .containsExactly(
            ValidityCode.STAGE_REQUIRED.field(),
            ValidityCode.YEARS_REQUIRED.field(),
            ValidityCode.SECTORS_COUNT.field(),
            ValidityCode.PRIMARY_SECTOR_REQUIRED.field());
  }

  @Test
  void improvements_assessmentOfAnotherEdition_isRefused() {
    PolicyEdition other = Editions.defaults().version("2026.2").build();
    Assessment assessment =
        Eligibility.assessor(other)
            .assess(Applications.service(SUPPLY_CHAIN, List.of(STEM_CELLS), 9));

    assertThatThrownBy(() -> improvements(assessment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not under this assessor's edition");
  }
}
