package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Maps;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    return maturity()
        .stages(with(Eligibility.defaultEdition().getMaturity().getStages(), stage, points));
  }

  /** Returns {@code map} with {@code key} mapped to {@code value}. */
  private static <K extends Enum<K>> Map<K, Integer> with(Map<K, Integer> map, K key, int value) {
    EnumMap<K, Integer> copy = new EnumMap<>(map);
    copy.put(key, value);
    return copy;
  }

  /** The default role points with other points per role. */
  private static RolePoints roles(Map<Role, Integer> roles) {
    return new RolePoints.Builder().maxPoints(10).putAllRoles(roles).build();
  }

  private static Map<Role, Integer> defaultRoles() {
    return Eligibility.defaultEdition().getRole().getRoles();
  }

  /** The default horizon points with other points for the bands up to 2, 5 and 10 years. */
  private static HorizonPoints bands(int upTo2, int upTo5, int upTo10) {
    return horizon()
        .bands(
            List.of(HorizonBand.of(2, upTo2), HorizonBand.of(5, upTo5), HorizonBand.of(10, upTo10)))
        .build();
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
        broken(
            "stage points going down the ladder",
            "maturity.stages.CLINICAL_TRIAL_EARLY",
            e -> e.maturity(maturityWith(Stage.CLINICAL_TRIAL_EARLY, 20).build())),
        broken(
            "a missing stage",
            "maturity.stages.MARKETED",
            e ->
                e.maturity(
                    new MaturityPoints.Builder()
                        .maxPoints(40)
                        .operatingService(20)
                        .putAllStages(
                            Maps.filterKeys(
                                Eligibility.defaultEdition().getMaturity().getStages(),
                                s -> s != Stage.MARKETED))
                        .build())),
        broken(
            "horizon points rising with more years",
            "horizon.bands[2].points",
            e -> e.horizon(bands(20, 8, 15))),
        broken(
            "no horizon band", "horizon.bands", e -> e.horizon(horizon().bands(List.of()).build())),
        broken(
            "band points above the criterion's maximum",
            "horizon.bands[0].points",
            e -> e.horizon(bands(21, 15, 8))),
        brokenHorizon(
            "points beyond the bands above the last band", "horizon.beyond", b -> b.beyond(9)),
        brokenHorizon("points beyond the bands below zero", "horizon.beyond", b -> b.beyond(-1)),
        broken(
            "bands whose years do not increase",
            "horizon.bands[1].upToYears",
            e ->
                e.horizon(
                    horizon()
                        .bands(List.of(HorizonBand.of(5, 20), HorizonBand.of(5, 15)))
                        .build())),
        brokenSectorFit(
            "maxima not adding up to 100",
            "sectorFit.maxPoints+maturity.maxPoints+horizon.maxPoints+role.maxPoints",
            b -> b.maxPoints(35)),
        broken("a threshold above 100", "eligibilityThreshold", e -> e.eligibilityThreshold(101)),
        broken("a threshold below 0", "eligibilityThreshold", e -> e.eligibilityThreshold(-1)),
        broken(
            "stage points above the criterion's maximum",
            "maturity.stages.MARKETED",
            e -> e.maturity(maturityWith(Stage.MARKETED, 41).build())),
        brokenMaturity(
            "an operating service above the criterion's maximum",
            "maturity.operatingService",
            b -> b.operatingService(41)),
        broken(
            "points above the criterion's maximum",
            "role.roles.MANUFACTURER",
            e -> e.role(roles(with(defaultRoles(), Role.MANUFACTURER, 11)))),
        broken(
            "a missing role",
            "role.roles.SUPPLY_CHAIN",
            e -> e.role(roles(Maps.filterKeys(defaultRoles(), r -> r != Role.SUPPLY_CHAIN)))),
        brokenSectorFit(
            "sector fit points above the criterion's maximum",
            "sectorFit.primaryFocus",
            b -> b.primaryFocus(31)),
        brokenSectorFit("sector fit points below zero", "sectorFit.none", b -> b.none(-1)),
        broken(
            "a secondary focus below zero and below the points after it",
            List.of("sectorFit.secondaryFocus", "sectorFit.otherRegenerative"),
            e -> e.sectorFit(sectorFit().secondaryFocus(-1).build())),
        broken(
            "other regenerative points below zero and below the points after them",
            List.of("sectorFit.otherRegenerative", "sectorFit.none"),
            e -> e.sectorFit(sectorFit().otherRegenerative(-1).build())),
        brokenSectorFit(
            "a secondary focus worth more than a primary focus",
            "sectorFit.secondaryFocus",
            b -> b.primaryFocus(20).secondaryFocus(25)),
        brokenSectorFit(
            "sector fit rewarding fewer focus sectors",
            "sectorFit.otherRegenerative",
            b -> b.otherRegenerative(25)),
        broken(
            "a focus sector that is not one of the five",
            "focusSectors",
            e -> e.addFocusSectors(Sector.NON_REGENERATIVE)),
        broken("a horizon limit past 50 years", "horizonLimit", e -> e.horizonLimit(51)),
        broken("an id with a space", "id", e -> e.id("park intake")),
        broken("a blank version", "version", e -> e.version(" ")));
  }

  private static Arguments brokenSectorFit(
      String promise, String parameter, UnaryOperator<SectorFitPoints.Builder> change) {
    return broken(promise, parameter, e -> e.sectorFit(change.apply(sectorFit()).build()));
  }

  private static Arguments brokenHorizon(
      String promise, String parameter, UnaryOperator<HorizonPoints.Builder> change) {
    return broken(promise, parameter, e -> e.horizon(change.apply(horizon()).build()));
  }

  private static Arguments brokenMaturity(
      String promise, String parameter, UnaryOperator<MaturityPoints.Builder> change) {
    return broken(promise, parameter, e -> e.maturity(change.apply(maturity()).build()));
  }

  private static Arguments broken(
      String promise, String parameter, UnaryOperator<PolicyEdition.Builder> mutation) {
    return broken(promise, List.of(parameter), mutation);
  }

  private static Arguments broken(
      String promise, List<String> parameters, UnaryOperator<PolicyEdition.Builder> mutation) {
    return Arguments.of(promise, parameters, mutation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPromises")
  void build_brokenPromise_isRefusedNamingTheParameter(
      String promise, List<String> parameters, UnaryOperator<PolicyEdition.Builder> mutation) {
    assertThatThrownBy(() -> mutation.apply(Editions.defaults()).build())
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getPath)
                    .containsExactlyElementsOf(parameters));
  }

  @Test
  void build_criterionMaximumAbove100_isRefusedWithTheSumOfMaxima() {
    assertThatThrownBy(
            () -> Editions.defaults().sectorFit(sectorFit().maxPoints(101).build()).build())
        .isInstanceOfSatisfying(
            InvalidPolicyException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getPath)
                    .containsExactly(
                        "sectorFit.maxPoints",
                        "sectorFit.maxPoints+maturity.maxPoints+horizon.maxPoints+role.maxPoints"));
  }

  static Stream<Arguments> promisesKeptAtTheirEdge() {
    return Stream.of(
        kept("a horizon limit of 0 years", e -> e.horizonLimit(0)),
        kept("a horizon limit of 50 years", e -> e.horizonLimit(50)),
        kept("a threshold of 0", e -> e.eligibilityThreshold(0)),
        kept("a threshold of 100", e -> e.eligibilityThreshold(100)),
        kept(
            "a last band reaching 50 years",
            e ->
                e.horizon(
                    horizon()
                        .bands(
                            List.of(
                                HorizonBand.of(2, 20),
                                HorizonBand.of(5, 15),
                                HorizonBand.of(50, 8)))
                        .build())),
        kept("two bands with the same points", e -> e.horizon(bands(20, 20, 8))),
        kept(
            "beyond the bands as many points as the last band",
            e -> e.horizon(horizon().beyond(8).build())),
        kept(
            "a secondary focus worth as much as a primary focus",
            e -> e.sectorFit(sectorFit().secondaryFocus(30).build())),
        kept(
            "a criterion whose maximum is 100",
            e ->
                e.sectorFit(sectorFit().maxPoints(100).build())
                    .maturity(
                        new MaturityPoints.Builder()
                            .maxPoints(0)
                            .operatingService(0)
                            .putAllStages(Maps.toMap(List.of(Stage.values()), stage -> 0))
                            .build())
                    .horizon(
                        new HorizonPoints.Builder()
                            .maxPoints(0)
                            .addBands(HorizonBand.of(10, 0))
                            .beyond(0)
                            .build())
                    .role(
                        new RolePoints.Builder()
                            .maxPoints(0)
                            .putAllRoles(Maps.toMap(List.of(Role.values()), role -> 0))
                            .build())),
        kept(
            "a criterion whose maximum is 0",
            e ->
                e.sectorFit(
                        new SectorFitPoints.Builder()
                            .maxPoints(0)
                            .primaryFocus(0)
                            .secondaryFocus(0)
                            .otherRegenerative(0)
                            .none(0)
                            .build())
                    .maturity(maturity().maxPoints(70).build())));
  }

  private static Arguments kept(String edge, UnaryOperator<PolicyEdition.Builder> mutation) {
    return Arguments.of(edge, mutation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("promisesKeptAtTheirEdge")
  void build_promiseKeptAtItsEdge_isAccepted(
      String edge, UnaryOperator<PolicyEdition.Builder> mutation) {
    PolicyEdition.Builder builder = mutation.apply(Editions.defaults());

    assertThatCode(builder::build).doesNotThrowAnyException();
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
                () ->
                    Editions.defaults()
                        .eligibilityThreshold(120)
                        .maturity(maturityWith(Stage.PRECLINICAL, 2).build())
                        .build());

    assertThat(refusal.getProblems()).hasSize(2);
    assertThat(refusal.getProblems().get(0).getMessage(Language.ENGLISH))
        .isEqualTo(
            "maturity.stages.PRECLINICAL 2 is below the 4 points of the earlier stage"
                + " DISCOVERY: a later stage must never score less");
    assertThat(refusal.getProblems().get(0).getMessage(Language.CHINESE))
        .isEqualTo("“maturity.stages.PRECLINICAL”为 2 分，低于前一研发阶段“早期发现研究”的 4 分：后续阶段得分不得更低。");
    assertThat(refusal.getMessage())
        .isEqualTo(
            "Invalid policy edition: maturity.stages.PRECLINICAL: maturity.stages.PRECLINICAL"
                + " 2 is below the 4 points of the earlier stage DISCOVERY: a later stage must never"
                + " score less; eligibilityThreshold: eligibilityThreshold must be from 0 to 100, not"
                + " 120");
  }
}
