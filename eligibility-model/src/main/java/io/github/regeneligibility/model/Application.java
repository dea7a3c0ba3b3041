package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A valid application: one that passed every validity rule of the policy. Only {@link
 * ApplicationValidator} creates applications, so whoever holds one never re-checks it.
 *
 * <p>{@link #getSectors()} is a set in declaration order of {@link Sector}, so two applications
 * that list the same sectors in another order are equal.
 */
@Value.Immutable
public interface Application {

  /** The most sectors an application may list (every sector once). */
  int MAX_SECTORS = 7;

  /** The longest project or applicant name, in characters. */
  int MAX_NAME_LENGTH = 200;

  /** The most years to industrialisation an application may declare. */
  int MAX_YEARS = 50;

  /** The applicant's identifier. */
  String getId();

  /** The project's name. */
  String getProjectName();

  /** The applicant's name. */
  String getApplicantName();

  /** Where the applicant comes from. */
  Origin getOrigin();

  /** The applicant's role in the industry chain. */
  Role getRole();

  /** The sectors of the project, distinct, in declaration order of {@link Sector}. */
  ImmutableSet<Sector> getSectors();

  /** The primary sector, one of {@link #getSectors()}. */
  Sector getPrimarySector();

  /** The pathway; present exactly when {@link Role#isProductRole()}. */
  Optional<Pathway> getPathway();

  /** The stage; present exactly when {@link Role#isProductRole()}. */
  Optional<Stage> getStage();

  /** Whole years until the project industrialises, 0–50. */
  int getYearsToIndustrialization();

  /**
   * Returns a form with this application's attributes, to derive a changed application that is
   * then validated again.
   */
  default ApplicationForm toForm() {
    return new ApplicationForm.Builder()
        .id(getId())
        .projectName(getProjectName())
        .applicantName(getApplicantName())
        .origin(getOrigin())
        .role(getRole())
        .addAllSectors(getSectors())
        .primarySector(getPrimarySector())
        .pathway(getPathway())
        .stage(getStage())
        .yearsToIndustrialization(getYearsToIndustrialization())
        .build();
  }
}
