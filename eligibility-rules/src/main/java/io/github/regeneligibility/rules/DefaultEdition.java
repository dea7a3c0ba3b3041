package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;

/** The parameters of the default edition, {@code park-intake} 2026.1: data, not rule code. */
final class DefaultEdition {
  static final PolicyEdition PARK_INTAKE_2026_1 =
      new PolicyEdition.Builder()
          .id("park-intake")
          .version("2026.1")
          .effectiveFrom(LocalDate.of(2026, 1, 1))
          .addFocusSectors(
              Sector.IMMUNE_CELLS,
              Sector.STEM_CELLS,
              Sector.TISSUE_ENGINEERING,
              Sector.GENE_ENGINEERING,
              Sector.BIOMATERIALS)
          .horizonLimit(10)
          .sectorFit(
              new SectorFitPoints.Builder()
                  .maxPoints(30)
                  .primaryFocus(30)
                  .secondaryFocus(20)
                  .otherRegenerative(10)
                  .none(0)
                  .build())
          .maturity(
              new MaturityPoints.Builder()
                  .maxPoints(40)
                  .putStages(Stage.DISCOVERY, 4)
                  .putStages(Stage.PRECLINICAL, 10)
                  .putStages(Stage.CLINICAL_APPLICATION, 16)
                  .putStages(Stage.CLINICAL_APPROVED, 24)
                  .putStages(Stage.CLINICAL_TRIAL_EARLY, 28)
                  .putStages(Stage.CLINICAL_TRIAL_PIVOTAL, 34)
                  .putStages(Stage.MARKETING_APPLICATION, 40)
                  .putStages(Stage.MARKETING_APPROVED, 40)
                  .putStages(Stage.MARKETED, 40)
                  .operatingService(20)
                  .build())
          .horizon(
              new HorizonPoints.Builder()
                  .maxPoints(20)
                  .addBands(HorizonBand.of(2, 20), HorizonBand.of(5, 15), HorizonBand.of(10, 8))
                  .beyond(0)
                  .build())
          .role(
              new RolePoints.Builder()
                  .maxPoints(10)
                  .putRoles(Role.MANUFACTURER, 10)
                  .putRoles(Role.INNOVATOR, 8)
                  .putRoles(Role.SERVICE_PROVIDER, 8)
                  .putRoles(Role.SUPPLY_CHAIN, 5)
                  .build())
          .priorityMilestone(Stage.CLINICAL_APPROVED)
          .eligibilityThreshold(60)
          .build();

  private DefaultEdition() {}
}
