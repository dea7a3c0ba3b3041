package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/**
 * The laws of policy impact: over the whole domain against the engine itself, over generated pairs
 * of editions (with shrinking), and counts that follow from the editions' parameters.
 */
@ExtendWith(EveryShape.class)
final class ImpactLawsTest {

  /** The 2027.1 edition of the policy files: a horizon limit of 8 and a threshold of 65. */
  private static final PolicyEdition EDITION_2027 =
      Editions.defaults()
          .version("2027.1")
          .effectiveFrom(LocalDate.of(2027, 1, 1))
          .horizonLimit(8)
          .eligibilityThreshold(65)
          .build();

  private static final PolicyEdition DEFAULT = Eligibility.defaultEdition();

  /** Generated editions, each one the policy check accepts. */
  private static final Gen<PolicyEdition> EDITIONS =
      EditionGenerators.editions().map(EditionDraft::toEdition);

  /** The (default tier, tier under {@code to}) pairs of {@code applications}, counted. */
  private static Map<List<Tier>, Long> tierPairs(
      PolicyEdition to, Stream<Application> applications) {
    Laws before = new Laws(DEFAULT);
    Laws after = new Laws(to);
    return applications
        .map(a -> List.of(before.assess(a).getTier(), after.assess(a).getTier()))
        .collect(Collectors.groupingBy(pair -> pair, Collectors.counting()));
  }

  @Test
  @DisplayName("Over the whole domain, the matrix is the engine's tiers counted shape by shape.")
  void theDomainMatrixIsTheEnginesTiersCountedShapeByShape() {
    Map<List<Tier>, Long> counted = tierPairs(EDITION_2027, Shapes.all().mapToObj(Shapes::get));

    PolicyImpact impact = ImpactAnalysis.domain(DEFAULT, EDITION_2027);

    assertThat(matrix(impact)).isEqualTo(counted);
  }

  @Test
  @DisplayName(
      "Every application that passed with 9 or 10 years becomes INELIGIBLE under a limit of 8, and"
          + " nothing else moves there.")
  void everyApplicationThatPassedWith9Or10YearsBecomesIneligible() {
    PolicyImpact impact = ImpactAnalysis.domain(DEFAULT, EDITION_2027);
    // In scope: every sector choice but NON_REGENERATIVE alone (447), any profile (48), 2 years.
    int passedWith9Or10Years = (ApplicationDomain.sectorChoices().size() - 1) * 48 * 2;

    int becameIneligible = 0;
    for (TierTransition transition : impact.getTransitions()) {
      if (transition.getToTier() == Tier.INELIGIBLE && transition.isMovement()) {
        becameIneligible += transition.getCount();
        assertThat(transition.getByYears()).containsOnlyKeys("6-10");
      }
    }
    assertThat(becameIneligible).isEqualTo(passedWith9Or10Years).isEqualTo(42_912);
    assertThat(impact.count(Tier.INELIGIBLE, Tier.INELIGIBLE))
        .isEqualTo(impact.getFromTiers().getTierCounts().get(Tier.INELIGIBLE));
  }

  @Test
  @DisplayName(
      "Raising the threshold from 60 to 65 moves to RESERVE exactly the ELIGIBLE applications that"
          + " the 2026.1 sweep counts between 60 and 64, less those that the horizon took.")
  void raisingTheThresholdMovesExactlyTheSweepsDifferenceToReserve() {
    PolicyEdition threshold65 = Editions.defaults().eligibilityThreshold(65).build();

    PolicyImpact impact = ImpactAnalysis.domain(DEFAULT, threshold65);

    List<Integer> sweep = impact.getFromTiers().getThresholdSweep();
    assertThat(impact.count(Tier.ELIGIBLE, Tier.RESERVE)).isEqualTo(sweep.get(60) - sweep.get(65));
    assertThat(impact.getToTiers().getThresholdSweep()).isEqualTo(sweep);
    assertThat(impact.getTransitions()).filteredOn(TierTransition::isMovement).hasSize(1);
  }

  @Test
  @DisplayName(
      "For generated pairs of editions: the total is the domain's size, row sums are A's tier"
          + " counts, column sums B's, A against A is the diagonal, and each example makes its"
          + " transition.")
  void lawsOverGeneratedPairsOfEditions() {
    qt().withExamples(15)
        .forAll(EDITIONS, EDITIONS)
        .checkAssert(
            (from, to) -> {
              PolicyImpact impact = ImpactAnalysis.domain(from, to);
              PolicyImpact same = ImpactAnalysis.domain(from, from);
              int[] rows = new int[4];
              int[] columns = new int[4];
              for (TierTransition t : impact.getTransitions()) {
                rows[t.getFromTier().ordinal()] += t.getCount();
                columns[t.getToTier().ordinal()] += t.getCount();
                assertMakesItsTransition(t, from, to);
              }
              assertThat(impact.getApplications()).isEqualTo(ApplicationDomain.SIZE);
              assertThat(rows).containsExactly(counts(same.getFromTiers()));
              assertThat(columns)
                  .containsExactly(counts(ImpactAnalysis.domain(to, to).getToTiers()));
              assertThat(counts(impact.getFromTiers())).containsExactly(rows);
              assertThat(counts(impact.getToTiers())).containsExactly(columns);
              assertThat(same.getTransitions()).allMatch(t -> !t.isMovement());
              assertThat(same.getScoreChanges().getHistogram())
                  .containsExactly(Map.entry(0, ApplicationDomain.SIZE));
            });
  }

  @Test
  @DisplayName(
      "For generated editions, a cohort's impact counts what the engine gives each member.")
  void aCohortsImpactCountsWhatTheEngineGivesEachMember() {
    qt().withExamples(20)
        .forAll(EDITIONS, Shapes.samples())
        .checkAssert(
            (to, sample) -> {
              List<Application> cohort = sample.stream().map(Shapes::get).toList();
              Map<List<Tier>, Long> counted = tierPairs(to, cohort.stream());
              Laws from = new Laws(DEFAULT);
              Laws laws = new Laws(to);

              PolicyImpact impact = ImpactAnalysis.cohort(DEFAULT, to, cohort);

              assertThat(matrix(impact)).isEqualTo(counted);
              for (TierTransition t : impact.getTransitions()) {
                assertMakesItsTransition(t, DEFAULT, to);
                assertThat(t.getExample()).isSameAs(cohort.get(t.getExampleIndex()));
                assertThat(cohort.subList(0, t.getExampleIndex()))
                    .noneMatch(
                        m ->
                            from.assess(m).getTier() == t.getFromTier()
                                && laws.assess(m).getTier() == t.getToTier());
              }
            });
  }

  @Test
  @DisplayName(
      "Sensitivity: the horizon limit moves the applications at its edge, the threshold those the"
          + " sweep counts, and parameters that score only refused applications move nothing.")
  void sensitivityAgreesWithTheParameters() {
    List<ParameterSensitivity> sensitivities = ImpactAnalysis.sensitivity(DEFAULT, i -> {});
    Map<String, ParameterSensitivity> byPath =
        sensitivities.stream()
            .collect(Collectors.toMap(ParameterSensitivity::getParameter, s -> s));
    List<Integer> sweep =
        ImpactAnalysis.domain(DEFAULT, DEFAULT).getFromTiers().getThresholdSweep();

    assertThat(sensitivities).hasSize(ImpactAnalysis.parameterCount(DEFAULT)).hasSize(31);
    // 10 years → 9: the in-scope shapes at 10 years fail; 10 → 11: those at 11 pass.
    assertThat(sensitivity(byPath, "horizonLimit").getChangedWhenLowered()).hasValue(447 * 48);
    assertThat(sensitivity(byPath, "eligibilityThreshold").getChangedWhenLowered())
        .hasValue(sweep.get(59) - sweep.get(60));
    assertThat(sensitivity(byPath, "eligibilityThreshold").getChangedWhenRaised())
        .hasValue(sweep.get(60) - sweep.get(61));
    // Points of applications that no sector brings into scope: the SCOPE gate refuses them all.
    assertThat(sensitivity(byPath, "sectorFit.none").getChangedWhenRaised()).hasValue(0);
    assertThat(sensitivity(byPath, "sectorFit.none").getChangedWhenLowered()).isEmpty();
    assertThat(sensitivity(byPath, "sectorFit.none").movesNothing()).isTrue();
    // A maximum alone cannot move: the maxima must add up to 100.
    assertThat(sensitivity(byPath, "role.maxPoints").getChangedWhenLowered()).isEmpty();
    assertThat(sensitivity(byPath, "role.maxPoints").getChangedWhenRaised()).isEmpty();
    // Stage points at or past the milestone: those applications are PRIORITY or INELIGIBLE
    // whatever their score. MARKETED is at the maximum, so it cannot rise.
    assertThat(sensitivity(byPath, "maturity.stages.CLINICAL_APPROVED").getChangedWhenRaised())
        .hasValue(0);
    assertThat(sensitivity(byPath, "maturity.stages.MARKETED").getChangedWhenRaised())
        .isEqualTo(OptionalInt.empty());
    assertThat(sensitivity(byPath, "maturity.stages.MARKETED").movesNothing()).isTrue();
    assertThat(sensitivities).filteredOn(s -> !s.movesNothing()).isNotEmpty();
  }

  private static ParameterSensitivity sensitivity(
      Map<String, ParameterSensitivity> byPath, String parameter) {
    return Objects.requireNonNull(byPath.get(parameter), parameter);
  }

  private static void assertMakesItsTransition(
      TierTransition transition, PolicyEdition from, PolicyEdition to) {
    Assessment a = Eligibility.assessor(from).assess(transition.getExample());
    Assessment b = Eligibility.assessor(to).assess(transition.getExample());
    assertThat(List.of(a.getTier(), b.getTier(), a.getScore(), b.getScore()))
        .as("example of %s", transition)
        .containsExactly(
            transition.getFromTier(),
            transition.getToTier(),
            transition.getExampleFromScore(),
            transition.getExampleToScore());
  }

  private static Map<List<Tier>, Long> matrix(PolicyImpact impact) {
    return impact.getTransitions().stream()
        .collect(
            Collectors.toMap(
                t -> List.of(t.getFromTier(), t.getToTier()), t -> (long) t.getCount()));
  }

  private static int[] counts(EditionTiers tiers) {
    return tiers.getTierCounts().values().stream().mapToInt(Integer::intValue).toArray();
  }
}
