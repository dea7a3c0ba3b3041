package io.github.regeneligibility.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark cohorts are fixed and mixed. */
final class CohortTest {
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());

  @Test
  void applications_engineBenchmarkCohort_reachesEveryTier() {
    Set<Tier> tiers =
        Cohort.applications(EngineBenchmark.COHORT).stream()
            .map(a -> ASSESSOR.assess(a).getTier())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Tier.class)));

    assertThat(tiers).containsExactlyElementsOf(EnumSet.allOf(Tier.class));
  }

  @Test
  void forms_twice_areTheSame() {
    assertThat(Cohort.forms(100)).isEqualTo(Cohort.forms(100));
  }

  @Test
  void forms_smallerCohort_isAPrefixOfALargerOne() {
    assertThat(Cohort.forms(1000).subList(0, 10)).isEqualTo(Cohort.forms(10));
  }
}
