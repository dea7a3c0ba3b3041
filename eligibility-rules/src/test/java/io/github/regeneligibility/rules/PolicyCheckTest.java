package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of broken promise is refused, naming the parameter. */
final class PolicyCheckTest {

  private static MaturityPoints.Builder maturity() {
    MaturityPoints.Builder builder = new MaturityPoints.Builder();
    builder.from(Eligibility.defaultEdition().getMaturity());
    return builder;
  }

  /** Returns the default maturity points with one stage's points replaced. */
  private static MaturityPoints.Builder maturityWith(Stage stage, int points) {
    java.util.EnumMap<Stage, Integer> stages =
        new java.util.EnumMap<>(Eligibility.defaultEdition().getMaturity().getStages());
    stages.put(stage, points);
    return maturity().stages(stages);
  }

  private static HorizonPoints.Builder horizon() {
    HorizonPoints.Builder builder = new HorizonPoints.Builder();
    builder.from(Eligibility.defaultEdition().getHorizon());
    return builder;
  }

  private static SectorFitPoints.Builder sectorFit() {
    SectorFitPoints.Builder builder = new SectorFitPoints.Builder();
    builder.from(Eligibility.defaultEdition().getSectorFit());
    return builder;
  }

  static Stream<Arguments> brokenPromises() {
    return Stream.of(
        broken("stage points going down the ladder", "maturity.stages.CLINICAL_TRIAL_EARLY",
            e -> e.maturity(maturityWith(Stage.CLINICAL_TRIAL_EARLY, 20).build())),
        broken("a missing stage", "maturity.stages.MARKETED",
            e -> e.maturity(new MaturityPoints.Builder().maxPoints(40).operatingService(20)
                .putAllStages(com.google.common.collect.Maps.filterKeys(
                    Eligibility.defaultEdition().getMaturity().getStages(), s -> s != Stage.MARKETED))
                .build())),
        broken("horizon points rising with more years", "horizon.bands[2].points",
            e -> e.horizon(horizon().bands(List.of(HorizonBand.of(2, 20), HorizonBand.of(5, 8),
                HorizonBand.of(10, 15))).build())),
        broken("points beyond the bands above the last band", "horizon.beyond",
            e -> e.horizon(horizon().beyond(9).build())),
        broken("bands whose years do not increase", "horizon.bands[1].upToYears",
            e -> e.horizon(horizon().bands(List.of(HorizonBand.of(5, 20), HorizonBand.of(5, 15))).build())),
        broken("maxima not adding up to 100", "sectorFit.maxPoints+maturity.maxPoints+horizon.maxPoints+role.maxPoints",
            e -> e.sectorFit(sectorFit().maxPoints(35).build())),
        broken("a threshold above 100", "eligibilityThreshold", e -> e.eligibilityThreshold(101)),
        broken("a threshold below 0", "eligibilityThreshold", e -> e.eligibilityThreshold(-1)),
        broken("points above the criterion's maximum", "role.roles.MANUFACTURER",
            e -> e.role(new RolePoints.Builder().maxPoints(10).putRoles(Role.MANUFACTURER, 11)
                .putRoles(Role.INNOVATOR, 8).putRoles(Role.SERVICE_PROVIDER, 8)
                .putRoles(Role.SUPPLY_CHAIN, 5).build())),
        broken("a missing role", "role.roles.SUPPLY_CHAIN",
            e -> e.role(new RolePoints.Builder().maxPoints(10).putRoles(Role.MANUFACTURER, 10)
                .putRoles(Role.INNOVATOR, 8).putRoles(Role.SERVICE_PROVIDER, 8).build())),
        broken("sector fit rewarding fewer focus sectors", "sectorFit.otherRegenerative",
            e -> e.sectorFit(sectorFit().otherRegenerative(25).build())),
        broken("a focus sector that is not one of the five", "focusSectors",
            e -> e.addFocusSectors(Sector.NON_REGENERATIVE)),
        broken("a horizon limit past 50 years", "horizonLimit", e -> e.horizonLimit(51)),
        broken("a blank version", "version", e -> e.version(" ")));
  }

  private static Arguments broken(
      String promise, String parameter, UnaryOperator<PolicyEdition.Builder> mutation) {
    return Arguments.of(promise, parameter, mutation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPromises")
  void build_brokenPromise_isRefusedNamingTheParameter(
      String promise, String parameter, UnaryOperator<PolicyEdition.Builder> mutation) {
    assertThatThrownBy(() -> mutation.apply(Editions.defaults()).build())
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e -> assertThat(e.getProblems())
                .extracting(PolicyProblem::getParameter)
                .containsExactly(parameter));
  }

  @Test
  void build_defaultEdition_keepsEveryPromise() {
    assertThat(Editions.defaults().build()).isEqualTo(Eligibility.defaultEdition());
  }

  @Test
  void refusal_namesEveryProblemWithMessagesInBothLanguages() {
    InvalidPolicyException refusal =
        (InvalidPolicyException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> Editions.defaults().eligibilityThreshold(120)
                    .maturity(maturityWith(Stage.PRECLINICAL, 2).build()).build());

    assertThat(refusal.getProblems()).hasSize(2);
    assertThat(refusal.getProblems().get(0).getMessage(Language.ENGLISH))
        .isEqualTo("2 is below the 4 points of the earlier stage DISCOVERY: a later stage must never score less");
    assertThat(refusal.getProblems().get(0).getMessage(Language.CHINESE))
        .isEqualTo("2 低于前一阶段 DISCOVERY 的 4 分：后续阶段得分不得更低");
    assertThat(refusal.getMessage())
        .isEqualTo("Invalid policy edition: maturity.stages.PRECLINICAL: 2 is below the 4 points of"
            + " the earlier stage DISCOVERY: a later stage must never score less;"
            + " eligibilityThreshold: must be from 0 to 100, not 120");
  }
}
