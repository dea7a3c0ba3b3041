package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
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
   * Returns this application at {@code stage}, or empty when that would break a validity rule (a
   * role without a stage, a stage past what the pathway can reach).
   */
  default Optional<Application> withStageIfValid(Stage stage) {
    if (!getRole().isProductRole()
        || !ValidityRules.stageWithinPathway(getPathway().orElseThrow(), stage)) {
      return Optional.empty();
    }
    return Optional.of(ImmutableApplication.builder().from(this).stage(stage).build());
  }

  /**
   * Returns this application with {@code years} to industrialisation, or empty when that would
   * break a validity rule (outside 0–50).
   */
  default Optional<Application> withYearsToIndustrializationIfValid(int years) {
    if (!ValidityRules.yearsInRange(years)) {
      return Optional.empty();
    }
    return Optional.of(ImmutableApplication.builder().from(this).yearsToIndustrialization(years).build());
  }

  /**
   * Returns this application with {@code sectors}, or empty when that would break a validity rule
   * (no sector, or the primary sector not among them).
   */
  default Optional<Application> withSectorsIfValid(Collection<Sector> sectors) {
    ImmutableSet<Sector> set = Sets.immutableEnumSet(sectors);
    if (!ValidityRules.sectorCountInRange(set.size())
        || set.size() != sectors.size()
        || !ValidityRules.primaryAmongSectors(getPrimarySector(), set)) {
      return Optional.empty();
    }
    return Optional.of(ImmutableApplication.builder().from(this).sectors(set).build());
  }

  /**
   * Returns this application with {@code primary} as its primary sector, or empty when that would
   * break a validity rule (not among the sectors).
   */
  default Optional<Application> withPrimarySectorIfValid(Sector primary) {
    if (!ValidityRules.primaryAmongSectors(primary, getSectors())) {
      return Optional.empty();
    }
    return Optional.of(ImmutableApplication.builder().from(this).primarySector(primary).build());
  }

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
