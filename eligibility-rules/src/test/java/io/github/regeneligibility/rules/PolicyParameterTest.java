package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The declarations of the policy parameters read and set every parameter of an edition. */
final class PolicyParameterTest {

  @Test
  void setOn_everyValueReadFromAnEdition_buildsAnEqualEdition() {
    PolicyEdition edition = Eligibility.defaultEdition();
    PolicyDraft draft = new PolicyDraft();

    for (PolicyParameter parameter : PolicyParameter.all()) {
      parameter.setOn(draft, parameter.valueIn(edition));
    }

    assertThat(draft.build()).isEqualTo(edition);
  }

  @Test
  void build_draftWithoutEveryParameter_isRefused() {
    PolicyDraft draft = new PolicyDraft();
    PolicyParameter.ID.setOn(draft, "park-intake");

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
  void at_findsADeclarationByItsPath() {
    assertThat(PolicyParameter.at("maturity.stages")).hasValue(PolicyParameter.MATURITY_STAGES);
    assertThat(PolicyParameter.at("maturity.stage")).isEmpty();
  }

  @Test
  void bounds_ofNamesNumbersAndPoints_comeFromTheDeclarations() {
    PolicyEdition edition = Eligibility.defaultEdition();

    assertThat(PolicyParameter.ID.maxLength()).isEqualTo(64);
    assertThat(PolicyParameter.VERSION.maxLength()).isEqualTo(32);
    assertThat(PolicyParameter.HORIZON_LIMIT.max(edition)).isEqualTo(50);
    assertThat(PolicyParameter.ELIGIBILITY_THRESHOLD.max(edition)).isEqualTo(100);
    assertThat(PolicyParameter.SECTOR_FIT_PRIMARY_FOCUS.max(edition)).isEqualTo(30);
    assertThat(PolicyParameter.MATURITY_STAGES.max(edition)).isEqualTo(40);
    assertThat(PolicyParameter.HORIZON_BANDS.max(edition)).isEqualTo(20);
    assertThat(PolicyParameter.ROLE_ROLES.max(edition)).isEqualTo(10);
    assertThat(
            PolicyParameter.all().stream()
                .filter(p -> p.type() == PolicyParameter.Type.WHOLE_NUMBER)
                .map(PolicyParameter::path)
                .collect(Collectors.toList()))
        .contains("horizonLimit", "sectorFit.maxPoints", "eligibilityThreshold");
  }
}
