package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidatorContext;

/**
 * The codes of the validity rules of an application ({@link ApplicationForm}): each names the field
 * it is about, and is the jakarta constraint message {@code {regen.CODE}} of its rule, so that
 * every violation Hibernate Validator finds carries its code. Texts in {@code
 * problems_<locale>.properties} beside this enum.
 */
public enum ValidityCode implements ProblemCode {
  /** {@code id} is missing. */
  ID_REQUIRED("id"),
  /** {@code id} is not 1–64 characters of {@code A-Z a-z 0-9 . _ -}. */
  ID_FORMAT("id"),
  /** {@code projectName} is missing. */
  PROJECT_NAME_REQUIRED("projectName"),
  /** {@code projectName} is empty or only white space. */
  PROJECT_NAME_BLANK("projectName"),
  /** {@code projectName} is longer than 200 characters. */
  PROJECT_NAME_LENGTH("projectName"),
  /** {@code projectName} contains a control character. */
  PROJECT_NAME_CONTROL_CHARACTER("projectName"),
  /**
   * {@code projectName} holds an unpaired surrogate: half of a character, which no text encoding
   * can carry (JSON can, as an escape such as {@code "\ud800"} alone).
   */
  PROJECT_NAME_UNPAIRED_SURROGATE("projectName"),
  /** {@code applicantName} is missing. */
  APPLICANT_NAME_REQUIRED("applicantName"),
  /** {@code applicantName} is empty or only white space. */
  APPLICANT_NAME_BLANK("applicantName"),
  /** {@code applicantName} is longer than 200 characters. */
  APPLICANT_NAME_LENGTH("applicantName"),
  /** {@code applicantName} contains a control character. */
  APPLICANT_NAME_CONTROL_CHARACTER("applicantName"),
  /**
   * {@code applicantName} holds an unpaired surrogate, as {@link #PROJECT_NAME_UNPAIRED_SURROGATE}.
   */
  APPLICANT_NAME_UNPAIRED_SURROGATE("applicantName"),
  /** {@code origin} is missing. */
  ORIGIN_REQUIRED("origin"),
  /** {@code role} is missing. */
  ROLE_REQUIRED("role"),
  /** {@code sectors} is empty or lists more than seven sectors. */
  SECTORS_COUNT("sectors"),
  /** {@code sectors} lists a sector twice. */
  SECTORS_DUPLICATE("sectors"),
  /** {@code primarySector} is missing. */
  PRIMARY_SECTOR_REQUIRED("primarySector"),
  /** {@code primarySector} is not among {@code sectors}. */
  PRIMARY_SECTOR_NOT_IN_SECTORS("primarySector"),
  /** A product role gave no {@code pathway}. */
  PATHWAY_REQUIRED("pathway"),
  /** A service or supply-chain role gave a {@code pathway}. */
  PATHWAY_NOT_ALLOWED("pathway"),
  /** A product role gave no {@code stage}. */
  STAGE_REQUIRED("stage"),
  /** A service or supply-chain role gave a {@code stage}. */
  STAGE_NOT_ALLOWED("stage"),
  /** On the clinical-research pathway the stage is past {@link Stage#CLINICAL_TRIAL_EARLY}. */
  STAGE_BEYOND_RESEARCH_TRACK("stage"),
  /** {@code yearsToIndustrialization} is missing. */
  YEARS_REQUIRED("yearsToIndustrialization"),
  /** {@code yearsToIndustrialization} is not a whole number from 0 to 50. */
  YEARS_RANGE("yearsToIndustrialization");

  /** The prefix of the jakarta constraint message that carries a code: {@code {regen.CODE}}. */
  static final String CONSTRAINT_PREFIX = "{regen.";

  private final String field;

  ValidityCode(String field) {
    this.field = field;
  }

  /** Returns the application field the rule is about, as on the wire. */
  public String field() {
    return field;
  }

  /** Returns the jakarta constraint message of this code, e.g. {@code {regen.ID_FORMAT}}. */
  String constraintMessage() {
    return CONSTRAINT_PREFIX + name() + "}";
  }

  /** Reports a violation of this rule on its field, from a class-level constraint validator. */
  void report(ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(constraintMessage())
        .addPropertyNode(field)
        .addConstraintViolation();
  }
}
