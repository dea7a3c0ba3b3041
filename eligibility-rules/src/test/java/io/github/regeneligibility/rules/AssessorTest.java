package io.github.regeneligibility.rules;

import static io.github.regeneligibility.model.Pathway.CLINICAL_RESEARCH;
import static io.github.regeneligibility.model.Pathway.DEVICE;
import static io.github.regeneligibility.model.Pathway.DRUG;
import static io.github.regeneligibility.model.Role.INNOVATOR;
import static io.github.regeneligibility.model.Role.MANUFACTURER;
import static io.github.regeneligibility.model.Role.SERVICE_PROVIDER;
import static io.github.regeneligibility.model.Role.SUPPLY_CHAIN;
import static io.github.regeneligibility.model.Sector.GENE_ENGINEERING;
import static io.github.regeneligibility.model.Sector.NON_REGENERATIVE;
import static io.github.regeneligibility.model.Sector.OTHER_REGENERATIVE;
import static io.github.regeneligibility.model.Sector.STEM_CELLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.ReasonCode;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each gate, criterion, band edge and tier rule of the default edition, one at a time. */
final class AssessorTest {
  private static final Assessor DEFAULT = Eligibility.assessor(Eligibility.defaultEdition());

  private static Assessment assess(Application application) {
    return DEFAULT.assess(application);
  }

  private static Application innovator(List<Sector> sectors, Stage stage, int years) {
    return Applications.product(INNOVATOR, sectors, DRUG, stage, years);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"BIOMATERIALS, SCOPE_FOCUS_SECTOR", "OTHER_REGENERATIVE, SCOPE_OTHER_REGENERATIVE"})
  void scopeGate_regenerativeSector_passes(Sector sector, ReasonCode code) {
    Assessment assessment = assess(innovator(List.of(sector), Stage.PRECLINICAL, 3));

    assertThat(assessment.getScopeGate().isPassed()).isTrue();
    assertThat(assessment.getScopeGate().getReason().getCode()).isEqualTo(code);
  }

  @Test
  void scopeGate_nonRegenerativeOnly_failsAndMakesIneligible() {
    Assessment assessment = assess(innovator(List.of(NON_REGENERATIVE), Stage.MARKETED, 0));

    assertThat(assessment.getScopeGate().isPassed()).isFalse();
    assertThat(assessment.getTier()).isEqualTo(Tier.INELIGIBLE);
    assertThat(assessment.getTierReason().getCode()).isEqualTo(ReasonCode.TIER_GATE_FAILED);
    assertThat(assessment.getTierReason().getMessage(Language.ENGLISH))
        .isEqualTo("Ineligible: failed gates: Scope.");
  }

  @ParameterizedTest(name = "{0} years: gate passed {1}")
  @CsvSource({"0, true", "10, true", "11, false", "50, false"})
  void horizonGate_atTheLimitEdge(int years, boolean passed) {
    Assessment assessment = assess(innovator(List.of(STEM_CELLS), Stage.PRECLINICAL, years));

    assertThat(assessment.getHorizonGate().isPassed()).isEqualTo(passed);
    assertThat(assessment.getTier() == Tier.INELIGIBLE).isEqualTo(!passed);
  }

  @Test
  void bothGatesFailing_areBothNamedInTheTierReason() {
    Assessment assessment = assess(innovator(List.of(NON_REGENERATIVE), Stage.MARKETED, 20));

    assertThat(assessment.getTierReason().getMessage(Language.ENGLISH))
        .isEqualTo("Ineligible: failed gates: Scope, Horizon.");
    assertThat(assessment.getTierReason().getMessage(Language.CHINESE))
        .isEqualTo("不予引进：不满足准入条件“领域范围”、“产业化时限”。");
  }

  @ParameterizedTest(name = "{0}: {1} points")
  @CsvSource({
    "IMMUNE_CELLS NON_REGENERATIVE, 30",
    "NON_REGENERATIVE IMMUNE_CELLS, 20",
    "NON_REGENERATIVE OTHER_REGENERATIVE, 10",
    "OTHER_REGENERATIVE NON_REGENERATIVE, 10",
    "NON_REGENERATIVE, 0"
  })
  void sectorFit_eachCase(String primaryFirst, int points) {
    List<Sector> sectors =
        Splitter.on(' ').splitToStream(primaryFirst).map(Sector::valueOf).toList();

    assertThat(assess(innovator(sectors, Stage.PRECLINICAL, 3)).getSectorFit().getPoints())
        .isEqualTo(points);
  }

  @Test
  void sectorFit_secondaryFocus_namesBothSectors() {
    Assessment assessment =
        assess(innovator(List.of(NON_REGENERATIVE, GENE_ENGINEERING), Stage.PRECLINICAL, 3));

    assertThat(assessment.getSectorFit().getReason().getMessage(Language.ENGLISH))
        .isEqualTo(
            "The primary sector Non-regenerative is not a focus sector, but Gene engineering is:"
                + " 20 of 30 points.");
  }

  @ParameterizedTest(name = "{0}: {1} points")
  @CsvSource({
    "DISCOVERY, 4",
    "PRECLINICAL, 10",
    "CLINICAL_APPLICATION, 16",
    "CLINICAL_APPROVED, 24",
    "CLINICAL_TRIAL_EARLY, 28",
    "CLINICAL_TRIAL_PIVOTAL, 34",
    "MARKETING_APPLICATION, 40",
    "MARKETING_APPROVED, 40",
    "MARKETED, 40"
  })
  void maturity_productRole_byStage(Stage stage, int points) {
    Assessment assessment =
        assess(Applications.product(MANUFACTURER, List.of(STEM_CELLS), DEVICE, stage, 3));

    assertThat(assessment.getMaturity().getPoints()).isEqualTo(points);
    assertThat(assessment.getMaturity().getMaxPoints()).isEqualTo(40);
    assertThat(assessment.getMaturity().getReason().getFacts()).containsEntry("stage", stage);
  }

  @ParameterizedTest
  @CsvSource({"SERVICE_PROVIDER", "SUPPLY_CHAIN"})
  void maturity_serviceRoles_scoreAsAnOperatingService(Role role) {
    Assessment assessment = assess(Applications.service(role, List.of(STEM_CELLS), 3));

    assertThat(assessment.getMaturity().getPoints()).isEqualTo(20);
    assertThat(assessment.getMaturity().getReason().getCode())
        .isEqualTo(ReasonCode.MATURITY_OPERATING_SERVICE);
  }

  @ParameterizedTest(name = "{0} years: {1} points")
  @CsvSource({"0, 20", "2, 20", "3, 15", "5, 15", "6, 8", "10, 8", "11, 0", "50, 0"})
  void horizon_bandEdges(int years, int points) {
    assertThat(
            assess(innovator(List.of(STEM_CELLS), Stage.PRECLINICAL, years))
                .getHorizon()
                .getPoints())
        .isEqualTo(points);
  }

  @Test
  void horizon_reasons_nameTheBand() {
    assertThat(
            assess(innovator(List.of(STEM_CELLS), Stage.PRECLINICAL, 4))
                .getHorizon()
                .getReason()
                .getMessage(Language.ENGLISH))
        .isEqualTo(
            "4 years to industrialisation fall in the band of 3 to 5 years: 15 of 20 points.");
    assertThat(
            assess(innovator(List.of(STEM_CELLS), Stage.PRECLINICAL, 12))
                .getHorizon()
                .getReason()
                .getMessage(Language.CHINESE))
        .isEqualTo("距产业化 12 年，超出最后一档（10 年以内）：得 0 分（满分 20 分）。");
  }

  @ParameterizedTest(name = "{0}: {1} points")
  @CsvSource({"MANUFACTURER, 10", "INNOVATOR, 8", "SERVICE_PROVIDER, 8", "SUPPLY_CHAIN, 5"})
  void role_byRole(Role role, int points) {
    Application application =
        role.isProductRole()
            ? Applications.product(role, List.of(STEM_CELLS), DRUG, Stage.PRECLINICAL, 3)
            : Applications.service(role, List.of(STEM_CELLS), 3);

    assertThat(assess(application).getRole().getPoints()).isEqualTo(points);
  }

  @Test
  void priority_atTheMilestone_butNotBefore() {
    assertThat(assess(innovator(List.of(STEM_CELLS), Stage.CLINICAL_APPROVED, 3)).getTier())
        .isEqualTo(Tier.PRIORITY);
    assertThat(assess(innovator(List.of(STEM_CELLS), Stage.CLINICAL_APPLICATION, 3)).getTier())
        .isEqualTo(Tier.ELIGIBLE);
  }

  @Test
  void priority_onTheResearchTrack_evenWithALowScore() {
    Assessment assessment =
        assess(
            Applications.product(
                INNOVATOR,
                List.of(OTHER_REGENERATIVE),
                CLINICAL_RESEARCH,
                Stage.CLINICAL_APPROVED,
                8));

    assertThat(outcome(assessment))
        .isEqualTo(
            "PRIORITY, score 50: Priority: a product at stage Clinical research approved, at or past"
                + " the milestone Clinical research approved.");
  }

  @Test
  void serviceRoles_areNeverPriority() {
    Assessment assessment = assess(Applications.service(SERVICE_PROVIDER, List.of(STEM_CELLS), 0));

    assertThat(outcome(assessment)).startsWith("ELIGIBLE, score 78: ");
  }

  /** An assessment in short: its tier, its score and why, in English. */
  private static String outcome(Assessment assessment) {
    return assessment.getTier()
        + ", score "
        + assessment.getScore()
        + ": "
        + assessment.getTierReason().getMessage(Language.ENGLISH);
  }

  @Test
  void threshold_scoreEqualToThreshold_isEligible_oneBelow_isReserve() {
    // SUPPLY_CHAIN, primary focus, 4 years: 30 + 20 + 15 + 5 = 70.
    Application application = Applications.service(SUPPLY_CHAIN, List.of(STEM_CELLS), 4);

    Assessment at =
        Eligibility.assessor(Editions.defaults().eligibilityThreshold(70).build())
            .assess(application);
    Assessment above =
        Eligibility.assessor(Editions.defaults().eligibilityThreshold(71).build())
            .assess(application);

    assertThat(at.getScore()).isEqualTo(70);
    assertThat(at.getTier()).isEqualTo(Tier.ELIGIBLE);
    assertThat(at.getTierReason().getMessage(Language.ENGLISH))
        .isEqualTo("Eligible: score 70 reaches the threshold of 70.");
    assertThat(above.getTier()).isEqualTo(Tier.RESERVE);
    assertThat(above.getTierReason().getMessage(Language.CHINESE))
        .isEqualTo("战略储备项目：得分 70 分，低于 71 分的合格分数线。");
  }

  @Test
  void assess_everyReason_rendersInBothLanguages() {
    Assessment assessment =
        assess(innovator(List.of(NON_REGENERATIVE, STEM_CELLS), Stage.CLINICAL_APPROVED, 4));

    assertThat(assessment.getGates())
        .allSatisfy(
            gate -> {
              assertThat(gate.getReason().getMessage(Language.ENGLISH)).doesNotContain("{");
              assertThat(gate.getReason().getMessage(Language.CHINESE)).matches(".*\\p{IsHan}.*");
            });
    assertThat(assessment.getCriteria())
        .allSatisfy(
            criterion -> {
              assertThat(criterion.getReason().getMessage(Language.ENGLISH))
                  .endsWith(criterion.getPoints() + " of " + criterion.getMaxPoints() + " points.");
              assertThat(criterion.getReason().getMessage(Language.CHINESE))
                  .contains("得 " + criterion.getPoints() + " 分");
            });
  }

  @Test
  void assess_carriesTheEditionUsed() {
    Assessment assessment = assess(innovator(List.of(STEM_CELLS), Stage.PRECLINICAL, 3));

    assertThat(assessment.getPolicy().getId()).isEqualTo("park-intake");
    assertThat(assessment.getPolicy().getVersion()).isEqualTo("2026.1");
    assertThat(assessment.getPolicy().getEffectiveFrom()).hasToString("2026-01-01");
  }

  @Test
  void assess_otherEdition_takesItsNumbersFromTheEdition() {
    PolicyEdition strict =
        Editions.defaults().horizonLimit(8).priorityMilestone(Stage.MARKETING_APPLICATION).build();
    Application application = innovator(List.of(STEM_CELLS), Stage.CLINICAL_APPROVED, 9);

    assertThat(assess(application).getTier()).isEqualTo(Tier.PRIORITY);
    assertThat(Eligibility.assessor(strict).assess(application).getTier())
        .isEqualTo(Tier.INELIGIBLE);
    assertThat(
            Eligibility.assessor(strict)
                .assess(innovator(List.of(STEM_CELLS), Stage.CLINICAL_APPROVED, 3))
                .getTier())
        .isEqualTo(Tier.ELIGIBLE);
  }
}
