package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class VocabularyTest {

  static final String HAN = ".*\\p{IsHan}.*";

  static Stream<Labelled> terms() {
    return Stream.of(
            Sector.values(),
            Role.values(),
            Pathway.values(),
            Stage.values(),
            Origin.values(),
            Tier.values(),
            Gate.values(),
            Criterion.values())
        .flatMap(Arrays::stream);
  }

  @ParameterizedTest
  @MethodSource("terms")
  void label_everyTerm_hasEnglishAndChineseLabels(Labelled term) {
    assertThat(term.label(Language.ENGLISH)).matches("[A-Z][A-Za-z -]+");
    assertThat(term.label(Language.CHINESE)).matches(HAN);
  }

  @Test
  void label_pinnedExamples() {
    assertThat(Stage.CLINICAL_APPROVED.label(Language.CHINESE)).isEqualTo("已取得临床研究批件");
    assertThat(Tier.RESERVE.label(Language.ENGLISH)).isEqualTo("Strategic reserve");
  }

  @Test
  void isProductRole_onlyInnovatorAndManufacturer() {
    assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isProductRole))
        .containsExactly(Role.INNOVATOR, Role.MANUFACTURER);
  }

  @Test
  void highestStage_researchTrackStopsAtEarlyTrials() {
    assertThat(Pathway.CLINICAL_RESEARCH.highestStage()).isEqualTo(Stage.CLINICAL_TRIAL_EARLY);
    assertThat(Pathway.DRUG.highestStage()).isEqualTo(Stage.MARKETED);
    assertThat(Pathway.DEVICE.highestStage()).isEqualTo(Stage.MARKETED);
  }

  @Test
  void stageAndTier_areOrderedAsThePolicyLadder() {
    assertThat(Stage.values())
        .containsExactly(
            Stage.DISCOVERY,
            Stage.PRECLINICAL,
            Stage.CLINICAL_APPLICATION,
            Stage.CLINICAL_APPROVED,
            Stage.CLINICAL_TRIAL_EARLY,
            Stage.CLINICAL_TRIAL_PIVOTAL,
            Stage.MARKETING_APPLICATION,
            Stage.MARKETING_APPROVED,
            Stage.MARKETED);
    assertThat(Tier.values())
        .containsExactly(Tier.INELIGIBLE, Tier.RESERVE, Tier.ELIGIBLE, Tier.PRIORITY);
    assertThat(Stage.CLINICAL_TRIAL_EARLY.isAtLeast(Stage.CLINICAL_APPROVED)).isTrue();
    assertThat(Stage.CLINICAL_APPLICATION.isAtLeast(Stage.CLINICAL_APPROVED)).isFalse();
    assertThat(Tier.ELIGIBLE.isAtLeast(Tier.PRIORITY)).isFalse();
  }

  @Test
  void isAtLeast_itself_isTrue() {
    assertThat(Stage.values()).allSatisfy(stage -> assertThat(stage.isAtLeast(stage)).isTrue());
    assertThat(Tier.values()).allSatisfy(tier -> assertThat(tier.isAtLeast(tier)).isTrue());
  }

  @ParameterizedTest
  @EnumSource(ValidityCode.class)
  void validityCode_field_isAFieldOfTheForm(ValidityCode code) {
    assertThat(ApplicationForm.FIELDS).contains(code.field());
  }

  @ParameterizedTest
  @EnumSource(ValidityCode.class)
  void validityCode_template_isEnglishAndChineseNamingItsField(ValidityCode code) {
    assertThat(code.template().in(Language.ENGLISH)).doesNotMatch(HAN).contains(code.field());
    assertThat(code.template().in(Language.CHINESE))
        .matches(HAN)
        .doesNotContain(code.field())
        .contains(
            "\u201c"
                + FieldLabel.ofField(code.field()).orElseThrow().in(Language.CHINESE)
                + "\u201d");
  }
}
