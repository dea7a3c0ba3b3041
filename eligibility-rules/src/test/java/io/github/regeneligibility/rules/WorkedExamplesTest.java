package io.github.regeneligibility.rules;

import static io.github.regeneligibility.model.Pathway.CLINICAL_RESEARCH;
import static io.github.regeneligibility.model.Pathway.DRUG;
import static io.github.regeneligibility.model.Role.INNOVATOR;
import static io.github.regeneligibility.model.Role.MANUFACTURER;
import static io.github.regeneligibility.model.Role.SERVICE_PROVIDER;
import static io.github.regeneligibility.model.Role.SUPPLY_CHAIN;
import static io.github.regeneligibility.model.Sector.GENE_ENGINEERING;
import static io.github.regeneligibility.model.Sector.IMMUNE_CELLS;
import static io.github.regeneligibility.model.Sector.NON_REGENERATIVE;
import static io.github.regeneligibility.model.Sector.OTHER_REGENERATIVE;
import static io.github.regeneligibility.model.Sector.STEM_CELLS;
import static io.github.regeneligibility.model.Stage.CLINICAL_APPROVED;
import static io.github.regeneligibility.model.Stage.MARKETED;
import static io.github.regeneligibility.model.Stage.PRECLINICAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Tier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The worked examples of the policy's default edition, row by row. */
final class WorkedExamplesTest {

  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            Applications.product(MANUFACTURER, List.of(IMMUNE_CELLS), DRUG, MARKETED, 0),
            List.of(30, 40, 20, 10),
            100,
            Tier.PRIORITY),
        Arguments.of(
            Applications.product(INNOVATOR, List.of(GENE_ENGINEERING), DRUG, PRECLINICAL, 4),
            List.of(30, 10, 15, 8),
            63,
            Tier.ELIGIBLE),
        Arguments.of(
            Applications.product(INNOVATOR, List.of(GENE_ENGINEERING), DRUG, PRECLINICAL, 6),
            List.of(30, 10, 8, 8),
            56,
            Tier.RESERVE),
        Arguments.of(
            Applications.service(SERVICE_PROVIDER, List.of(STEM_CELLS), 0),
            List.of(30, 20, 20, 8),
            78,
            Tier.ELIGIBLE),
        Arguments.of(
            Applications.service(SUPPLY_CHAIN, List.of(NON_REGENERATIVE, STEM_CELLS), 1),
            List.of(20, 20, 20, 5),
            65,
            Tier.ELIGIBLE),
        Arguments.of(
            Applications.product(
                INNOVATOR, List.of(OTHER_REGENERATIVE), CLINICAL_RESEARCH, CLINICAL_APPROVED, 8),
            List.of(10, 24, 8, 8),
            50,
            Tier.PRIORITY),
        Arguments.of(
            Applications.product(INNOVATOR, List.of(STEM_CELLS), DRUG, CLINICAL_APPROVED, 11),
            List.of(30, 24, 0, 8),
            62,
            Tier.INELIGIBLE),
        Arguments.of(
            Applications.product(INNOVATOR, List.of(NON_REGENERATIVE), DRUG, PRECLINICAL, 2),
            List.of(0, 10, 20, 8),
            38,
            Tier.INELIGIBLE));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void assess_workedExample_matchesThePolicyTable(
      Application application, List<Integer> points, int score, Tier tier) {
    Assessment assessment = ASSESSOR.assess(application);

    assertThat(assessment.getCriteria()).extracting(CriterionResult::getPoints).isEqualTo(points);
    assertThat(assessment.getScore()).isEqualTo(score);
    assertThat(assessment.getTier()).isEqualTo(tier);
  }
}
