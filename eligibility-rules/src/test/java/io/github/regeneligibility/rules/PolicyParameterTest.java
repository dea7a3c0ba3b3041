package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declarations of the policy parameters read and set every parameter of an edition. */
final class PolicyParameterTest {

  /** Every declaration's path, the edition's own then each criterion's, as in a policy file. */
  private static final ImmutableList<String> PATHS =
      ImmutableList.of(
          "id",
          "version",
          "effectiveFrom",
          "focusSectors",
          "horizonLimit",
          "sectorFit.maxPoints",
          "sectorFit.primaryFocus",
          "sectorFit.secondaryFocus",
          "sectorFit.otherRegenerative",
          "sectorFit.none",
          "maturity.maxPoints",
          "maturity.stages",
          "maturity.operatingService",
          "horizon.maxPoints",
          "horizon.bands",
          "horizon.beyond",
          "role.maxPoints",
          "role.roles",
          "priorityMilestone",
          "eligibilityThreshold");

  /** The paths of the declarations that are not whole numbers. */
  private static final ImmutableSet<String> NOT_NUMBERS =
      ImmutableSet.of(
          "id",
          "version",
          "effectiveFrom",
          "focusSectors",
          "maturity.stages",
          "horizon.bands",
          "role.roles",
          "priorityMilestone");

  /** Names each declaration's kind, with its keys or its longest name. */
  private static final PolicyParameter.Visitor<String> KIND =
      new PolicyParameter.Visitor<>() {
        @Override
        public String name(PolicyParameter<String> parameter, int maxLength) {
          return "name of at most " + maxLength;
        }

        @Override
        public String date(PolicyParameter<LocalDate> parameter) {
          return "date";
        }

        @Override
        public String wholeNumber(PolicyParameter<Integer> parameter) {
          return "number";
        }

        @Override
        public String sectors(PolicyParameter<ImmutableSet<Sector>> parameter) {
          return "sectors";
        }

        @Override
        public String stage(PolicyParameter<Stage> parameter) {
          return "stage";
        }

        @Override
        public <K extends Enum<K>> String pointsTable(
            PolicyParameter<ImmutableMap<K, Integer>> parameter, Class<K> keys) {
          return "points by " + keys.getSimpleName();
        }

        @Override
        public String horizonBands(PolicyParameter<ImmutableList<HorizonBand>> parameter) {
          return "bands";
        }
      };

  private static <T> void copy(PolicyParameter<T> parameter, PolicyEdition from, PolicyDraft to) {
    parameter.setOn(to, parameter.valueIn(from));
  }

  @Test
  void setOn_everyValueReadFromAnEdition_buildsAnEqualEdition() {
    PolicyEdition edition = Eligibility.defaultEdition();
    PolicyDraft draft = new PolicyDraft();

    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      copy(parameter, edition, draft);
    }

    assertThat(draft.build()).isEqualTo(edition);
  }

  @Test
  void setOn_aSecondTime_replacesTheValue() {
    PolicyDraft draft = PolicyDraft.from(Eligibility.defaultEdition());

    RolePoints.ROLES.setOn(draft, ImmutableMap.of(Role.MANUFACTURER, 1));
    RolePoints.ROLES.setOn(
        draft,
        ImmutableMap.of(
            Role.INNOVATOR,
            2,
            Role.MANUFACTURER,
            3,
            Role.SERVICE_PROVIDER,
            4,
            Role.SUPPLY_CHAIN,
            5));
    PolicyEdition.ELIGIBILITY_THRESHOLD.setOn(draft, 70);

    PolicyEdition built = draft.build();
    assertThat(built.getRole().getRoles())
        .containsExactly(
            Map.entry(Role.INNOVATOR, 2),
            Map.entry(Role.MANUFACTURER, 3),
            Map.entry(Role.SERVICE_PROVIDER, 4),
            Map.entry(Role.SUPPLY_CHAIN, 5));
    assertThat(built.getEligibilityThreshold()).isEqualTo(70);
  }

  @Test
  void build_draftWithoutEveryParameter_isRefused() {
    PolicyDraft draft = new PolicyDraft();
    PolicyEdition.ID.setOn(draft, "park-intake");

    assertThatThrownBy(draft::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void all_pathsAreUniqueAndNestedAtMostOnce() {
    List<String> paths = PolicyParameter.all().stream().map(PolicyParameter::path).toList();

    assertThat(Set.copyOf(paths)).hasSameSizeAs(paths);
    assertThat(paths).allMatch(path -> path.chars().filter(c -> c == '.').count() <= 1);
    assertThat(PolicyParameter.all().stream().map(PolicyParameter::toString).toList())
        .isEqualTo(paths);
  }

  @Test
  void all_isTheEditionsOwnThenEachCriterionsInTheOrderOfAPolicyFile() {
    assertThat(PolicyParameter.all().stream().map(PolicyParameter::path).toList())
        .containsExactlyElementsOf(PATHS);
    assertThat(PolicyParameter.all())
        .containsSubsequence(SectorFitPoints.PARAMETERS)
        .containsSubsequence(MaturityPoints.PARAMETERS)
        .containsSubsequence(HorizonPoints.PARAMETERS)
        .containsSubsequence(RolePoints.PARAMETERS);
  }

  @Test
  void at_findsADeclarationByItsPath() {
    assertThat(PolicyParameter.at("maturity.stages")).hasValue(MaturityPoints.STAGES);
    assertThat(PolicyParameter.at("maturity.stage")).isEmpty();
  }

  @Test
  void accept_callsTheVisitorMethodOfEachKind() {
    assertThat(PolicyEdition.ID.accept(KIND)).isEqualTo("name of at most 64");
    assertThat(PolicyEdition.VERSION.accept(KIND)).isEqualTo("name of at most 32");
    assertThat(PolicyEdition.EFFECTIVE_FROM.accept(KIND)).isEqualTo("date");
    assertThat(PolicyEdition.FOCUS_SECTORS.accept(KIND)).isEqualTo("sectors");
    assertThat(PolicyEdition.PRIORITY_MILESTONE.accept(KIND)).isEqualTo("stage");
    assertThat(MaturityPoints.STAGES.accept(KIND)).isEqualTo("points by Stage");
    assertThat(RolePoints.ROLES.accept(KIND)).isEqualTo("points by Role");
    assertThat(HorizonPoints.BANDS.accept(KIND)).isEqualTo("bands");
    assertThat(
            PolicyParameter.all().stream()
                .filter(p -> p.accept(KIND).equals("number"))
                .map(PolicyParameter::path)
                .toList())
        .containsExactlyElementsOf(
            PATHS.stream().filter(path -> !NOT_NUMBERS.contains(path)).toList());
  }

  @Test
  void max_ofNumbersAndPoints_comeFromTheDeclarations() {
    PolicyEdition edition = Eligibility.defaultEdition();

    assertThat(PolicyEdition.HORIZON_LIMIT.max(edition)).isEqualTo(50);
    assertThat(PolicyEdition.ELIGIBILITY_THRESHOLD.max(edition)).isEqualTo(100);
    assertThat(SectorFitPoints.MAX_POINTS.max(edition)).isEqualTo(100);
    assertThat(SectorFitPoints.PRIMARY_FOCUS.max(edition)).isEqualTo(30);
    assertThat(MaturityPoints.STAGES.max(edition)).isEqualTo(40);
    assertThat(HorizonPoints.BANDS.max(edition)).isEqualTo(20);
    assertThat(RolePoints.ROLES.max(edition)).isEqualTo(10);
    assertThat(PolicyEdition.ID.max(edition)).isZero();
  }

  @Test
  void fixedMax_isTheBoundOfNumbersWhateverTheEdition_andEmptyForCriterionPoints() {
    assertThat(PolicyEdition.HORIZON_LIMIT.fixedMax()).hasValue(50);
    assertThat(PolicyEdition.ELIGIBILITY_THRESHOLD.fixedMax()).hasValue(100);
    assertThat(RolePoints.MAX_POINTS.fixedMax()).hasValue(100);
    assertThat(SectorFitPoints.NONE.fixedMax()).isEmpty();
    assertThat(MaturityPoints.STAGES.fixedMax()).isEmpty();
    assertThat(PolicyEdition.ID.fixedMax()).isEmpty();
  }
}
