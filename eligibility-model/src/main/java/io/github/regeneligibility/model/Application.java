package io.github.regeneligibility.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A valid application: one that passed every validity rule of the policy. Only {@link
 * ApplicationValidator} creates applications (and the {@code with…IfValid} changes, which keep
 * every rule), so whoever holds one never re-checks it.
 *
 * <p>{@link #getSectors()} is a set in declaration order of {@link Sector}, so two applications
 * that list the same sectors in another order are equal.
 *
 * <p>Unlike the other value types of the model this class is written by hand: it is read on the
 * engine's hot path, and it keeps its optional attributes as {@code Optional} objects built once,
 * so that reading them never allocates.
 */
public final class Application {

  /** The most sectors an application may list (every sector once). */
  public static final int MAX_SECTORS = 7;

  /** The longest project or applicant name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The most years to industrialisation an application may declare. */
  public static final int MAX_YEARS = 50;

  private final String id;
  private final String projectName;
  private final String applicantName;
  private final Origin origin;
  private final Role role;
  private final ImmutableSet<Sector> sectors;
  private final Sector primarySector;
  private final Optional<Pathway> pathway;
  private final Optional<Stage> stage;
  private final int yearsToIndustrialization;

  @SuppressWarnings("TooManyParameters")
  Application(
      String id,
      String projectName,
      String applicantName,
      Origin origin,
      Role role,
      ImmutableSet<Sector> sectors,
      Sector primarySector,
      Optional<Pathway> pathway,
      Optional<Stage> stage,
      int yearsToIndustrialization) {
    this.id = id;
    this.projectName = projectName;
    this.applicantName = applicantName;
    this.origin = origin;
    this.role = role;
    this.sectors = sectors;
    this.primarySector = primarySector;
    this.pathway = pathway;
    this.stage = stage;
    this.yearsToIndustrialization = yearsToIndustrialization;
  }

  /** The applicant's identifier. */
  public String getId() {
    return id;
  }

  /** The project's name. */
  public String getProjectName() {
    return projectName;
  }

  /** The applicant's name. */
  public String getApplicantName() {
    return applicantName;
  }

  /** Where the applicant comes from. */
  public Origin getOrigin() {
    return origin;
  }

  /** The applicant's role in the industry chain. */
  public Role getRole() {
    return role;
  }

  /** The sectors of the project, distinct, in declaration order of {@link Sector}. */
  public ImmutableSet<Sector> getSectors() {
    return sectors;
  }

  /** The primary sector, one of {@link #getSectors()}. */
  public Sector getPrimarySector() {
    return primarySector;
  }

  /** The pathway; present exactly when {@link Role#isProductRole()}. */
  public Optional<Pathway> getPathway() {
    return pathway;
  }

  /** The stage; present exactly when {@link Role#isProductRole()}. */
  public Optional<Stage> getStage() {
    return stage;
  }

  /** Whole years until the project industrialises, 0–50. */
  public int getYearsToIndustrialization() {
    return yearsToIndustrialization;
  }

  /**
   * Returns this application at {@code stage}, or empty when that would break a validity rule (a
   * role without a stage, a stage past what the pathway can reach).
   */
  public Optional<Application> withStageIfValid(Stage stage) {
    if (!role.isProductRole() || !ValidityRules.stageWithinPathway(pathway.orElseThrow(), stage)) {
      return Optional.empty();
    }
    return changed(sectors, primarySector, Optional.of(stage), yearsToIndustrialization);
  }

  /**
   * Returns this application with {@code years} to industrialisation, or empty when that would
   * break a validity rule (outside 0–50).
   */
  public Optional<Application> withYearsToIndustrializationIfValid(int years) {
    if (!ValidityRules.yearsInRange(years)) {
      return Optional.empty();
    }
    return changed(sectors, primarySector, stage, years);
  }

  /**
   * Returns this application with {@code sectors}, or empty when that would break a validity rule
   * (no sector, a sector twice, or the primary sector not among them).
   */
  public Optional<Application> withSectorsIfValid(Collection<Sector> sectors) {
    ImmutableSet<Sector> set = Sets.immutableEnumSet(sectors);
    if (!ValidityRules.sectorCountInRange(set.size())
        || set.size() != sectors.size()
        || !ValidityRules.primaryAmongSectors(primarySector, set)) {
      return Optional.empty();
    }
    return changed(set, primarySector, stage, yearsToIndustrialization);
  }

  /**
   * Returns this application with {@code primary} as its primary sector, or empty when that would
   * break a validity rule (not among the sectors).
   */
  public Optional<Application> withPrimarySectorIfValid(Sector primary) {
    if (!ValidityRules.primaryAmongSectors(primary, sectors)) {
      return Optional.empty();
    }
    return changed(sectors, primary, stage, yearsToIndustrialization);
  }

  /** This application with the attributes that a change may touch replaced. */
  private Optional<Application> changed(
      ImmutableSet<Sector> sectors, Sector primary, Optional<Stage> stage, int years) {
    return Optional.of(
        new Application(
            id, projectName, applicantName, origin, role, sectors, primary, pathway, stage, years));
  }

  /**
   * Returns a form with this application's attributes, to derive a changed application that is then
   * validated again.
   */
  public ApplicationForm toForm() {
    return new ApplicationForm.Builder()
        .id(id)
        .projectName(projectName)
        .applicantName(applicantName)
        .origin(origin)
        .role(role)
        .addAllSectors(sectors)
        .primarySector(primarySector)
        .pathway(pathway)
        .stage(stage)
        .yearsToIndustrialization(yearsToIndustrialization)
        .build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Application that
        && id.equals(that.id)
        && projectName.equals(that.projectName)
        && applicantName.equals(that.applicantName)
        && origin == that.origin
        && role == that.role
        && sectors.equals(that.sectors)
        && primarySector == that.primarySector
        && pathway.equals(that.pathway)
        && stage.equals(that.stage)
        && yearsToIndustrialization == that.yearsToIndustrialization;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        projectName,
        applicantName,
        origin,
        role,
        sectors,
        primarySector,
        pathway,
        stage,
        yearsToIndustrialization);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Application")
        .omitNullValues()
        .add("id", id)
        .add("projectName", projectName)
        .add("applicantName", applicantName)
        .add("origin", origin)
        .add("role", role)
        .add("sectors", sectors)
        .add("primarySector", primarySector)
        .add("pathway", pathway.orElse(null))
        .add("stage", stage.orElse(null))
        .add("yearsToIndustrialization", yearsToIndustrialization)
        .toString();
  }
}
