package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Deterministic cohorts of valid applications, the same on every run and machine: every role,
 * pathway, stage and sector set can occur, and years to industrialisation lean towards the horizon
 * so that all four tiers are well represented. A cohort of {@code n} is the first {@code n} of the
 * same sequence.
 */
final class Cohort {
  /** The size of the corpus on which the peer engines must agree with this one. */
  static final int AGREEMENT_CORPUS = 10_000;

  private static final long SEED = 0x5EED_2026_0101L;
  private static final Origin[] ORIGINS = Origin.values();
  private static final Role[] ROLES = Role.values();
  private static final Pathway[] PATHWAYS = Pathway.values();
  private static final Sector[] SECTORS = Sector.values();

  private Cohort() {}

  /** Returns the first {@code size} forms of the sequence; all are valid. */
  static List<ApplicationForm> forms(int size) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<ApplicationForm> forms = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      forms.add(form(i, random));
    }
    return forms;
  }

  /** Returns the first {@code size} applications of the sequence, validated like any other. */
  static List<Application> applications(int size) {
    ApplicationValidator validator = ApplicationValidator.shared();
    List<Application> applications = new ArrayList<>(size);
    for (ApplicationForm form : forms(size)) {
      applications.add(validator.validate(form).orElseThrow());
    }
    return applications;
  }

  private static ApplicationForm form(int index, SplittableRandom random) {
    Role role = ROLES[random.nextInt(ROLES.length)];
    int mask = 1 + random.nextInt((1 << SECTORS.length) - 1);
    List<Sector> sectors = new ArrayList<>();
    for (Sector sector : SECTORS) {
      if ((mask & (1 << sector.ordinal())) != 0) {
        sectors.add(sector);
      }
    }
    Collections.shuffle(sectors, new Random(random.nextLong()));
    ApplicationForm.Builder form =
        new ApplicationForm.Builder()
            .id(String.format(Locale.ROOT, "APP-%05d", index))
            .projectName("Project " + index)
            .applicantName("Applicant " + index % 97)
            .origin(ORIGINS[random.nextInt(ORIGINS.length)])
            .role(role)
            .addAllSectors(sectors)
            .primarySector(sectors.get(random.nextInt(sectors.size())))
            // Mostly within the horizon (0-12 years), now and then far beyond it.
            .yearsToIndustrialization(
                random.nextInt(100) < 85
                    ? random.nextInt(13)
                    : 13 + random.nextInt(Application.MAX_YEARS - 12));
    if (role.isProductRole()) {
      Pathway pathway = PATHWAYS[random.nextInt(PATHWAYS.length)];
      int stages = pathway.highestStage().ordinal() + 1;
      form.pathway(pathway).stage(Stage.values()[random.nextInt(stages)]);
    }
    return form.build();
  }
}
