package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The laws of improvements, checked over every valid application shape of the default edition:
 * every sector set and primary sector, role, pathway, allowed stage and year 0–50.
 *
 * <p>Every shape is assessed once and its tier and score kept in a table; the laws then compare
 * each listed improvement, and every single-field change of the candidate kinds, with that table.
 */
final class ImprovementLawsTest {
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());
  private static final Sector[] SECTORS = Sector.values();
  private static final Stage[] STAGES = Stage.values();
  private static final int MASKS = 1 << SECTORS.length;
  private static final int YEARS = Application.MAX_YEARS + 1;

  private static final List<Application> BASES = new ArrayList<>();
  private static byte[] tiers;
  private static byte[] scores;

  /** One application per role and pathway, listing every sector, at the earliest stage. */
  @BeforeAll
  static void assessEveryShape() {
    for (Role role : Role.values()) {
      List<Optional<Pathway>> pathways = new ArrayList<>();
      if (role.isProductRole()) {
        for (Pathway pathway : Pathway.values()) {
          pathways.add(Optional.of(pathway));
        }
      } else {
        pathways.add(Optional.empty());
      }
      for (Optional<Pathway> pathway : pathways) {
        ApplicationForm form =
            new ApplicationForm.Builder()
                .from(Applications.service(Role.SERVICE_PROVIDER, List.of(SECTORS), 0).toForm())
                .role(role)
                .pathway(pathway)
                .stage(pathway.map(p -> Stage.DISCOVERY))
                .build();
        BASES.add(ApplicationValidator.shared().validate(form).orElseThrow());
      }
    }
    int size = BASES.size() * MASKS * SECTORS.length * STAGES.length * YEARS;
    tiers = new byte[size];
    scores = new byte[size];
    java.util.Arrays.fill(tiers, (byte) -1);
    forEachShape(
        (index, application) -> {
          Assessment assessment = ASSESSOR.assess(application);
          tiers[index] = (byte) assessment.getTier().ordinal();
          scores[index] = (byte) assessment.getScore();
        });
  }

  private interface ShapeVisitor {
    void visit(int index, Application application);
  }

  private static int index(int base, int mask, Sector primary, int stage, int years) {
    return (((base * MASKS + mask) * SECTORS.length + primary.ordinal()) * STAGES.length + stage)
            * YEARS
        + years;
  }

  private static int stageIndex(Application application) {
    return application.getStage().map(Stage::ordinal).orElse(0);
  }

  private static void forEachShape(ShapeVisitor visitor) {
    for (int base = 0; base < BASES.size(); base++) {
      Application all = BASES.get(base);
      for (int mask = 1; mask < MASKS; mask++) {
        List<Sector> sectors = sectors(mask);
        for (Sector primary : sectors) {
          Application withSectors =
              all.withPrimarySectorIfValid(primary).orElseThrow().withSectorsIfValid(sectors).orElseThrow();
          List<Application> staged = new ArrayList<>();
          if (withSectors.getStage().isEmpty()) {
            staged.add(withSectors);
          } else {
            for (Stage stage : STAGES) {
              withSectors.withStageIfValid(stage).ifPresent(staged::add);
            }
          }
          for (Application atStage : staged) {
            for (int years = 0; years < YEARS; years++) {
              Application shape = atStage.withYearsToIndustrializationIfValid(years).orElseThrow();
              visitor.visit(index(base, mask, primary, stageIndex(shape), years), shape);
            }
          }
        }
      }
    }
  }

  private static List<Sector> sectors(int mask) {
    List<Sector> sectors = new ArrayList<>();
    for (Sector sector : SECTORS) {
      if ((mask & (1 << sector.ordinal())) != 0) {
        sectors.add(sector);
      }
    }
    return sectors;
  }

  private static int mask(Iterable<Sector> sectors) {
    int mask = 0;
    for (Sector sector : sectors) {
      mask |= 1 << sector.ordinal();
    }
    return mask;
  }

  /** The table index of {@code application}, which must be one of the shapes. */
  private static int indexOf(int base, Application application) {
    return index(base, mask(application.getSectors()), application.getPrimarySector(),
        stageIndex(application), application.getYearsToIndustrialization());
  }

  private static int baseOf(int index) {
    return index / (MASKS * SECTORS.length * STAGES.length * YEARS);
  }

  @Test
  @DisplayName("Applying any listed improvement and re-assessing gives exactly its claimed tier and score")
  void applyingAnyListedImprovementGivesExactlyItsClaimedTierAndScore() {
    int[] checked = {0};
    forEachShape(
        (index, application) -> {
          if (tiers[index] == Tier.PRIORITY.ordinal()) {
            return;
          }
          for (Improvement improvement : ASSESSOR.improvements(ASSESSOR.assess(application))) {
            int changed = indexOf(baseOf(index), improvement.getChangedApplication());
            assertThat(improvement.getTier().ordinal()).isEqualTo(tiers[changed]);
            assertThat(improvement.getScore()).isEqualTo(scores[changed]);
            assertThat(improvement.getTier().ordinal()).isGreaterThan(tiers[index]);
            assertThat(onlyTheNamedFieldChanged(application, improvement)).isTrue();
            checked[0]++;
          }
        });
    assertThat(checked[0]).isGreaterThan(100_000);
  }

  private static boolean onlyTheNamedFieldChanged(Application before, Improvement improvement) {
    Application after = improvement.getChangedApplication();
    Optional<Application> expected =
        switch (improvement.getField()) {
          case STAGE -> before.withStageIfValid((Stage) improvement.getValue());
          case YEARS_TO_INDUSTRIALIZATION ->
              before.withYearsToIndustrializationIfValid((Integer) improvement.getValue());
          case SECTORS -> before.withSectorsIfValid(
              ((List<?>) improvement.getValue()).stream().map(Sector.class::cast).toList());
          case PRIMARY_SECTOR -> before.withPrimarySectorIfValid((Sector) improvement.getValue());
        };
    return expected.equals(Optional.of(after));
  }

  @Test
  @DisplayName("No single-field change of the candidate kinds that lifts the tier is missing from the list")
  void noLiftingSingleFieldChangeIsMissing() {
    int[] lifting = {0};
    forEachShape(
        (index, application) -> {
          int tier = tiers[index];
          if (tier == Tier.PRIORITY.ordinal()) {
            return;
          }
          ImmutableList<Improvement> listed = ASSESSOR.improvements(ASSESSOR.assess(application));
          int base = baseOf(index);
          int mask = mask(application.getSectors());
          Sector primary = application.getPrimarySector();
          int stage = stageIndex(application);
          int years = application.getYearsToIndustrialization();
          if (application.getStage().isPresent()) {
            for (int later = stage + 1; later < STAGES.length; later++) {
              int reached = tiers[index(base, mask, primary, later, years)];
              if (reached > tier) {
                lifting[0]++;
                int at = later;
                assertThat(listed).as("stage %s of %s", STAGES[later], application)
                    .anyMatch(i -> i.getField() == ChangedField.STAGE
                        && ((Stage) i.getValue()).ordinal() <= at && i.getTier().ordinal() >= reached);
              }
            }
          }
          for (int fewer = 0; fewer < years; fewer++) {
            int reached = tiers[index(base, mask, primary, stage, fewer)];
            if (reached > tier) {
              lifting[0]++;
              int at = fewer;
              assertThat(listed).as("%d years of %s", fewer, application)
                  .anyMatch(i -> i.getField() == ChangedField.YEARS_TO_INDUSTRIALIZATION
                      && (Integer) i.getValue() >= at && i.getTier().ordinal() >= reached);
            }
          }
          for (Sector focus : Eligibility.defaultEdition().getFocusSectors()) {
            if ((mask & (1 << focus.ordinal())) == 0
                && tiers[index(base, mask | (1 << focus.ordinal()), primary, stage, years)] > tier) {
              lifting[0]++;
              assertThat(listed).as("adding %s to %s", focus, application)
                  .anyMatch(i -> i.getField() == ChangedField.SECTORS
                      && ((List<?>) i.getValue()).contains(focus));
            }
            if ((mask & (1 << focus.ordinal())) != 0 && focus != primary
                && tiers[index(base, mask, focus, stage, years)] > tier) {
              lifting[0]++;
              assertThat(listed).as("making %s primary in %s", focus, application)
                  .anyMatch(i -> i.getField() == ChangedField.PRIMARY_SECTOR && i.getValue() == focus);
            }
          }
        });
    assertThat(lifting[0]).isGreaterThan(100_000);
  }

  @Test
  @DisplayName("PRIORITY assessments list no improvement")
  void priorityAssessmentsListNoImprovement() {
    int[] priority = {0};
    forEachShape(
        (index, application) -> {
          if (tiers[index] == Tier.PRIORITY.ordinal()) {
            priority[0]++;
            assertThat(ASSESSOR.improvements(ASSESSOR.assess(application))).isEmpty();
          }
        });
    assertThat(priority[0]).isGreaterThan(10_000);
  }

  @Test
  @DisplayName("Every changed application is valid by the validator itself")
  void everyChangedApplicationIsValidByTheValidator() {
    // Hibernate Validator costs microseconds, so this law is checked on every 499th shape.
    int[] checked = {0};
    forEachShape(
        (index, application) -> {
          if (index % 499 != 0) {
            return;
          }
          for (Improvement improvement : ASSESSOR.improvements(ASSESSOR.assess(application))) {
            Application changed = improvement.getChangedApplication();
            assertThat(ApplicationValidator.shared().validate(changed.toForm()).getApplication())
                .contains(changed);
            checked[0]++;
          }
        });
    assertThat(checked[0]).isGreaterThan(100);
  }

  @Test
  void everyShape_isInTheTable() {
    long shapes = 0;
    for (byte tier : tiers) {
      if (tier >= 0) {
        shapes++;
      }
    }
    // 448 (sector set, primary) pairs x (2 product roles x 23 pathway-stage pairs + 2 services) x 51.
    assertThat(shapes).isEqualTo(448L * (2 * 23 + 2) * 51);
    assertThat(EnumSet.allOf(Tier.class))
        .allMatch(t -> { for (byte b : tiers) { if (b == t.ordinal()) { return true; } } return false; });
  }
}
