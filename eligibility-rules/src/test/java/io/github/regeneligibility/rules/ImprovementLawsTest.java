package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The laws of improvements, checked over every valid application shape of the default edition
 * ({@link Shapes}). Every shape is assessed once and its tier and score kept by shape number; the
 * laws then compare each listed improvement, and every single-field change of the candidate kinds,
 * with those.
 */
// Each law sweeps the whole domain: seconds on a quiet machine, more on a loaded one.
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
final class ImprovementLawsTest {
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());
  private static byte[] tiers;
  private static byte[] scores;

  @BeforeAll
  @Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
  static void assessEveryShape() {
    tiers = new byte[Shapes.count()];
    scores = new byte[Shapes.count()];
    Shapes.all()
        .parallel()
        .forEach(
            shape -> {
              Assessment assessment = ASSESSOR.assess(Shapes.get(shape));
              tiers[shape] = (byte) assessment.getTier().ordinal();
              scores[shape] = (byte) assessment.getScore();
            });
  }

  /** Returns the number of the shape {@code application} has (whatever its identity). */
  private static int shapeOf(Application application) {
    return ApplicationDomain.indexOf(application);
  }

  /** Every shape below the PRIORITY tier under the default edition, in parallel. */
  private static IntStream belowPriority() {
    return Shapes.all().parallel().filter(shape -> tiers[shape] != Tier.PRIORITY.ordinal());
  }

  private static ImmutableList<Improvement> improvements(int shape) {
    return ASSESSOR.improvements(ASSESSOR.assess(Shapes.get(shape)));
  }

  @Test
  @DisplayName(
      "Applying any listed improvement and re-assessing gives exactly its claimed tier and score")
  void applyingAnyListedImprovementGivesExactlyItsClaimedTierAndScore() {
    long checked =
        belowPriority()
            .mapToLong(
                shape -> {
                  Application before = Shapes.get(shape);
                  ImmutableList<Improvement> listed = improvements(shape);
                  for (Improvement improvement : listed) {
                    int changed = shapeOf(improvement.getChangedApplication());
                    assertThat(improvement.getTier().ordinal()).isEqualTo(tiers[changed]);
                    assertThat(improvement.getScore()).isEqualTo(scores[changed]);
                    assertThat(improvement.getTier().ordinal()).isGreaterThan(tiers[shape]);
                    assertThat(changeOf(before, improvement))
                        .contains(improvement.getChangedApplication());
                  }
                  return listed.size();
                })
            .sum();
    assertThat(checked).isGreaterThan(100_000);
  }

  /** Makes the improvement's change to {@code before}, by the field and value it names. */
  private static Optional<Application> changeOf(Application before, Improvement improvement) {
    return switch (improvement.getField()) {
      case STAGE -> before.withStageIfValid((Stage) improvement.getValue());
      case YEARS_TO_INDUSTRIALIZATION ->
          before.withYearsToIndustrializationIfValid((Integer) improvement.getValue());
      case SECTORS ->
          before.withSectorsIfValid(
              ((List<?>) improvement.getValue()).stream().map(Sector.class::cast).toList());
      case PRIMARY_SECTOR -> before.withPrimarySectorIfValid((Sector) improvement.getValue());
    };
  }

  @Test
  @DisplayName(
      "No single-field change of the candidate kinds that lifts the tier is missing from the list")
  void noLiftingSingleFieldChangeIsMissing() {
    long lifting = belowPriority().mapToLong(ImprovementLawsTest::checkNoneMissing).sum();
    assertThat(lifting).isGreaterThan(100_000);
  }

  /** Tries every candidate change of {@code shape}; returns how many lift its tier. */
  private static long checkNoneMissing(int shape) {
    int tier = tiers[shape];
    Application application = Shapes.get(shape);
    ImmutableList<Improvement> listed = improvements(shape);
    long lifting = 0;
    for (int later = Shapes.laterStage(shape); later >= 0; later = Shapes.laterStage(later)) {
      int reached = tiers[later];
      if (reached > tier) {
        lifting++;
        Stage stage = Shapes.get(later).getStage().orElseThrow();
        assertThat(listed)
            .as("%s of %s", stage, application)
            .anyMatch(
                i ->
                    i.getField() == ChangedField.STAGE
                        && ((Stage) i.getValue()).compareTo(stage) <= 0
                        && i.getTier().ordinal() >= reached);
      }
    }
    for (int fewer = Shapes.oneYearFewer(shape); fewer >= 0; fewer = Shapes.oneYearFewer(fewer)) {
      int reached = tiers[fewer];
      if (reached > tier) {
        lifting++;
        int years = Shapes.get(fewer).getYearsToIndustrialization();
        assertThat(listed)
            .as("%d years for %s", years, application)
            .anyMatch(
                i ->
                    i.getField() == ChangedField.YEARS_TO_INDUSTRIALIZATION
                        && (Integer) i.getValue() >= years
                        && i.getTier().ordinal() >= reached);
      }
    }
    for (int larger : Shapes.oneMoreSector(shape).toArray()) {
      Sector added =
          Shapes.get(larger).getSectors().stream()
              .filter(s -> !application.getSectors().contains(s))
              .findFirst()
              .orElseThrow();
      if (Eligibility.defaultEdition().getFocusSectors().contains(added) && tiers[larger] > tier) {
        lifting++;
        assertThat(listed)
            .as("adding %s to %s", added, application)
            .anyMatch(
                i ->
                    i.getField() == ChangedField.SECTORS
                        && ((List<?>) i.getValue()).contains(added));
      }
    }
    for (Sector focus : Eligibility.defaultEdition().getFocusSectors()) {
      if (application.getSectors().contains(focus) && focus != application.getPrimarySector()) {
        int switched = shapeOf(application.withPrimarySectorIfValid(focus).orElseThrow());
        if (tiers[switched] > tier) {
          lifting++;
          assertThat(listed)
              .as("making %s primary in %s", focus, application)
              .anyMatch(i -> i.getField() == ChangedField.PRIMARY_SECTOR && i.getValue() == focus);
        }
      }
    }
    return lifting;
  }

  @Test
  @DisplayName("PRIORITY assessments list no improvement")
  void priorityAssessmentsListNoImprovement() {
    long priority =
        Shapes.all()
            .parallel()
            .filter(shape -> tiers[shape] == Tier.PRIORITY.ordinal())
            .peek(shape -> assertThat(improvements(shape)).isEmpty())
            .count();
    assertThat(priority).isGreaterThan(10_000);
  }

  @Test
  @DisplayName("Every changed application is valid by the validator itself")
  void everyChangedApplicationIsValidByTheValidator() {
    // Hibernate Validator costs microseconds, so this law is checked on every 499th shape.
    long checked =
        Shapes.all()
            .filter(shape -> shape % 499 == 0)
            .mapToLong(
                shape -> {
                  ImmutableList<Improvement> listed = improvements(shape);
                  for (Improvement improvement : listed) {
                    Application changed = improvement.getChangedApplication();
                    assertThat(
                            ApplicationValidator.shared()
                                .validate(changed.toForm())
                                .getApplication())
                        .contains(changed);
                  }
                  return listed.size();
                })
            .sum();
    assertThat(checked).isGreaterThan(100);
  }
}
