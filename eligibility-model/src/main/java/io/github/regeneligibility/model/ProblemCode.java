package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one catalogue of stable problem codes: every problem the library and the service report, from
 * a broken validity rule of an application to a query parameter the service cannot read, carries
 * one of these. Clients may branch on the names. Each code has a message {@link Template} in
 * English and in Simplified Chinese; {@code {path}} stands for where the problem is (a field, a
 * JSON path or a policy parameter), other placeholders for the facts of the problem.
 */
public enum ProblemCode {
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
  YEARS_RANGE("yearsToIndustrialization"),

  /** The input is not well-formed JSON. */
  MALFORMED_JSON(Area.FORMAT),
  /** The input is not well-formed CSV (RFC 4180), e.g. a quote that is never closed. */
  MALFORMED_CSV(Area.FORMAT),
  /** The input is not valid UTF-8 text. */
  NOT_UTF8(Area.FORMAT),
  /** The input is in another encoding than UTF-8, told by its byte-order mark or its zero bytes. */
  UNSUPPORTED_ENCODING(Area.FORMAT),
  /** The input holds a byte sequence that is not UTF-8; nothing of it was read. */
  INVALID_UTF8(Area.FORMAT),
  /** An array holds more elements than its maximum; those past the maximum were not read. */
  TOO_MANY_ELEMENTS(Area.FORMAT),
  /** The input exceeds a documented limit (nesting depth, string, number or line length). */
  LIMIT_EXCEEDED(Area.FORMAT),
  /** The document or a nested value is not a JSON object. */
  NOT_AN_OBJECT(Area.FORMAT),
  /** A property (or a CSV column) is not part of the format. */
  UNKNOWN_PROPERTY(Area.FORMAT),
  /** A property is given twice in one object. */
  DUPLICATE_PROPERTY(Area.FORMAT),
  /** A required property of a policy file, or a column of a CSV header, is missing. */
  MISSING_PROPERTY(Area.FORMAT),
  /** A value has the wrong type (e.g. a string where a whole number belongs). */
  WRONG_TYPE(Area.FORMAT),
  /** A name is not one of the allowed values. */
  UNKNOWN_VALUE(Area.FORMAT),
  /** A CSV record has another number of cells than the header has columns. */
  CELL_COUNT(Area.FORMAT),

  /** An edition's id or version is not made of the allowed characters. */
  POLICY_NAME_FORMAT(Area.POLICY),
  /** The focus sectors are empty or name a sector that is not one of the five named ones. */
  POLICY_FOCUS_SECTORS(Area.POLICY),
  /** A number lies outside the bounds of its parameter. */
  POLICY_OUT_OF_RANGE(Area.POLICY),
  /** A later stage would score less than an earlier one. */
  POLICY_STAGE_POINTS_FALL(Area.POLICY),
  /** A horizon band's last year does not lie after the previous band's. */
  POLICY_BAND_ORDER(Area.POLICY),
  /** More years to industrialisation would score more. */
  POLICY_HORIZON_POINTS_RISE(Area.POLICY),
  /** The horizon criterion has no band. */
  POLICY_NO_BANDS(Area.POLICY),
  /** Adding a sector could lower the sector-fit points. */
  POLICY_SECTOR_FIT_ORDER(Area.POLICY),
  /** The maxima of the criteria do not add up to 100. */
  POLICY_MAXIMA_SUM(Area.POLICY),

  /** A policy file, or the directory of policy files, cannot be read. */
  POLICY_FILE_UNREADABLE(Area.EDITIONS),
  /** A policy file is larger than a policy file can be. */
  POLICY_FILE_TOO_LARGE(Area.EDITIONS),
  /** A directory of policy files holds no {@code *.json} file. */
  NO_POLICY_FILES(Area.EDITIONS),
  /** Two editions of a set take effect on the same date. */
  EDITION_DATE_TAKEN(Area.EDITIONS),
  /** No edition of a set is in force today. */
  NO_EDITION_TODAY(Area.EDITIONS),

  /** A query parameter is not a date. */
  INVALID_DATE(Area.REQUEST),
  /** A query parameter that the route does not take. */
  UNKNOWN_PARAMETER(Area.REQUEST),
  /** A query parameter is given more than once. */
  REPEATED_PARAMETER(Area.REQUEST),
  /** A query parameter's name or value is not percent-encoded UTF-8. */
  UNDECODABLE_PARAMETER(Area.REQUEST),
  /** The page's language is not one it is written in, or is given more than once. */
  INVALID_LANGUAGE(Area.REQUEST),
  /** No edition is in force on the date asked for. */
  NO_EDITION_IN_FORCE(Area.REQUEST),
  /** An edition of an impact request is missing or is not an object. */
  EDITION_REQUIRED(Area.REQUEST),
  /** An edition of an impact request names an edition the service does not serve. */
  EDITION_NOT_SERVED(Area.REQUEST),
  /** The cohort of an impact request holds more applications than one analysis takes. */
  COHORT_TOO_LARGE(Area.REQUEST);

  /** What a code is about; the catalogue lists the codes by area. */
  public enum Area {
    /** A validity rule of an application ({@link ApplicationForm}). */
    APPLICATION,
    /** Input that does not fit the JSON or CSV format. */
    FORMAT,
    /** A policy edition that breaks a promise of the policy. */
    POLICY,
    /** A set of policy editions that cannot be served together. */
    EDITIONS,
    /** A request to the service that it cannot take. */
    REQUEST
  }

  /** The prefix of the jakarta constraint message that carries a code: {@code {regen.CODE}}. */
  static final String CONSTRAINT_PREFIX = "{regen.";

  private final Area area;
  private final @Nullable String field;
  private final Template template;

  ProblemCode(String field) {
    this.area = Area.APPLICATION;
    this.field = field;
    this.template = Template.of(Texts.wording(this, "problems"));
  }

  ProblemCode(Area area) {
    this.area = area;
    this.field = null;
    this.template = Template.of(Texts.wording(this, "problems"));
  }

  /** Returns what this code is about. */
  public Area area() {
    return area;
  }

  /** Returns the application field a validity rule is about, as on the wire; else empty. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Returns the message template. */
  public Template template() {
    return template;
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
        .addPropertyNode(field().orElseThrow())
        .addConstraintViolation();
  }
}
