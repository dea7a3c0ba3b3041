package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import org.hibernate.validator.constraints.UniqueElements;
import org.immutables.value.Value;

/**
 * An application as it was submitted: every attribute may be missing or wrong, and nothing is
 * checked when it is built. {@link ApplicationValidator} turns a form into a valid {@link
 * Application} or into the list of every {@link Problem}.
 *
 * <p>Build one with {@code new ApplicationForm.Builder()}; {@code build()} never throws for missing
 * or inconsistent attributes, so that incomplete input reaches validation.
 */
@Value.Immutable
@CrossFieldRules
public interface ApplicationForm {

  /** The names of an application's fields, as on the wire and in this order. */
  ImmutableList<String> FIELDS =
      ImmutableList.of(
          "id",
          "projectName",
          "applicantName",
          "origin",
          "role",
          "sectors",
          "primarySector",
          "pathway",
          "stage",
          "yearsToIndustrialization");

  /**
   * Some character that is not white space, in Unicode's sense.
   *
   * <p>A note on the constraints below: constraints on an {@code Optional}'s element also see an
   * empty {@code Optional} (as {@code null}), so "required" is a {@code @NotNull} that unwraps the
   * {@code Optional}, and the element constraints all accept {@code null}.
   */
  String NOT_BLANK = "(?sU).*\\S.*";

  /**
   * Well-formed text: no unpaired surrogate (general category Cs, which a regular expression sees
   * only in a surrogate that is not half of a pair).
   */
  String WELL_FORMED = "\\P{Cs}*";

  /** The applicant's identifier: 1–64 characters of {@code A-Z a-z 0-9 . _ -}. */
  @NotNull(message = "{regen.ID_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<@Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "{regen.ID_FORMAT}") String> getId();

  /**
   * The project's name: 1–200 characters, not blank, no control characters, no unpaired surrogate.
   */
  @NotNull(message = "{regen.PROJECT_NAME_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<
          @Pattern(regexp = NOT_BLANK, message = "{regen.PROJECT_NAME_BLANK}")
          @Size(max = Application.MAX_NAME_LENGTH, message = "{regen.PROJECT_NAME_LENGTH}")
          @Pattern(regexp = "\\P{Cc}*", message = "{regen.PROJECT_NAME_CONTROL_CHARACTER}")
          @Pattern(regexp = WELL_FORMED, message = "{regen.PROJECT_NAME_UNPAIRED_SURROGATE}")
          String>
      getProjectName();

  /**
   * The applicant's name: 1–200 characters, not blank, no control characters, no unpaired
   * surrogate.
   */
  @NotNull(message = "{regen.APPLICANT_NAME_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<
          @Pattern(regexp = NOT_BLANK, message = "{regen.APPLICANT_NAME_BLANK}")
          @Size(max = Application.MAX_NAME_LENGTH, message = "{regen.APPLICANT_NAME_LENGTH}")
          @Pattern(regexp = "\\P{Cc}*", message = "{regen.APPLICANT_NAME_CONTROL_CHARACTER}")
          @Pattern(regexp = WELL_FORMED, message = "{regen.APPLICANT_NAME_UNPAIRED_SURROGATE}")
          String>
      getApplicantName();

  /** Where the applicant comes from. */
  @NotNull(message = "{regen.ORIGIN_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<Origin> getOrigin();

  /** The applicant's role in the industry chain. */
  @NotNull(message = "{regen.ROLE_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<Role> getRole();

  /** The sectors of the project, in the order given: 1–7 distinct sectors. */
  @Size(min = 1, max = Application.MAX_SECTORS, message = "{regen.SECTORS_COUNT}")
  @UniqueElements(message = "{regen.SECTORS_DUPLICATE}")
  ImmutableList<Sector> getSectors();

  /** The project's primary sector: one of {@link #getSectors()}. */
  @NotNull(message = "{regen.PRIMARY_SECTOR_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<Sector> getPrimarySector();

  /** The regulatory pathway: given exactly for product roles. */
  Optional<Pathway> getPathway();

  /** The development stage: given exactly for product roles. */
  Optional<Stage> getStage();

  /** Whole years until the project industrialises: 0–50 (0: already industrialised). */
  @NotNull(message = "{regen.YEARS_REQUIRED}", payload = Unwrapping.Unwrap.class)
  Optional<
          @Min(value = 0, message = "{regen.YEARS_RANGE}")
          @Max(value = Application.MAX_YEARS, message = "{regen.YEARS_RANGE}") Integer>
      getYearsToIndustrialization();

  /** Builds forms; {@link #build()} accepts any combination of attributes. */
  class Builder extends ImmutableApplicationForm.Builder {}
}
