package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The worked examples of the policy's default edition, row by row: the table lives in {@code
 * worked-examples.csv} (sectors separated by {@code ;}, the four criteria's points by spaces, no
 * pathway or stage for a service role), as the policy prints it.
 */
final class WorkedExamplesTest {

  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} years: {6} {7}")
  @CsvFileSource(
      resources = "/worked-examples.csv",
      useHeadersInDisplayName = false,
      numLinesToSkip = 1)
  void assess_workedExample_matchesThePolicyTable(
      Role role,
      String sectors,
      @Nullable Pathway pathway,
      @Nullable Stage stage,
      int years,
      String points,
      int score,
      Tier tier) {
    List<Sector> sectorList = Splitter.on(';').splitToStream(sectors).map(Sector::valueOf).toList();

    Assessment assessment =
        ASSESSOR.assess(Applications.application(role, sectorList, pathway, stage, years));

    assertThat(assessment.getCriteria())
        .extracting(CriterionResult::getPoints)
        .isEqualTo(Splitter.on(' ').splitToStream(points).map(Integer::valueOf).toList());
    assertThat(assessment.getScore()).isEqualTo(score);
    assertThat(assessment.getTier()).isEqualTo(tier);
  }
}
