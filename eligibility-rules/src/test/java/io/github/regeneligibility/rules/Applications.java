package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Valid applications for rule tests, built through validation as every caller must. */
final class Applications {
  private Applications() {}

  static Application product(
      Role role, List<Sector> sectors, Pathway pathway, Stage stage, int years) {
    return application(role, sectors, pathway, stage, years);
  }

  static Application service(Role role, List<Sector> sectors, int years) {
    return application(role, sectors, null, null, years);
  }

  static Application application(
      Role role,
      List<Sector> sectors,
      @Nullable Pathway pathway,
      @Nullable Stage stage,
      int years) {
    ApplicationForm.Builder form =
        new ApplicationForm.Builder()
            .id("T-1")
            .projectName("Test project")
            .applicantName("Test Co.")
            .origin(Origin.DOMESTIC)
            .role(role)
            .addAllSectors(sectors)
            .primarySector(sectors.get(0))
            .yearsToIndustrialization(years);
    if (pathway != null) {
      form.pathway(pathway);
    }
    if (stage != null) {
      form.stage(stage);
    }
    return ApplicationValidator.shared().validate(form.build()).orElseThrow();
  }
}
