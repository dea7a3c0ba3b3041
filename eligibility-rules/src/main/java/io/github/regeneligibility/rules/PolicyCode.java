package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.ProblemCode;

/**
 * The codes of a policy edition that cannot be built: a value it lacks, or a promise of the policy
 * that its parameters break ({@code POLICY_*}). {@link #MISSING_PROPERTY} is also what the JSON
 * binding reports for a missing property or column. Texts in {@code problems_<locale>.properties}
 * beside this enum.
 */
public enum PolicyCode implements ProblemCode {
  /** A required property of a policy file, or a column of a CSV header, is missing. */
  MISSING_PROPERTY,
  /** An edition's id or version is not made of the allowed characters. */
  POLICY_NAME_FORMAT,
  /** The focus sectors are empty or name a sector that is not one of the five named ones. */
  POLICY_FOCUS_SECTORS,
  /** A number lies outside the bounds of its parameter. */
  POLICY_OUT_OF_RANGE,
  /** A later stage would score less than an earlier one. */
  POLICY_STAGE_POINTS_FALL,
  /** A horizon band's last year does not lie after the previous band's. */
  POLICY_BAND_ORDER,
  /** More years to industrialisation would score more. */
  POLICY_HORIZON_POINTS_RISE,
  /** The horizon criterion has no band. */
  POLICY_NO_BANDS,
  /** Adding a sector could lower the sector-fit points. */
  POLICY_SECTOR_FIT_ORDER,
  /** The maxima of the criteria do not add up to 100. */
  POLICY_MAXIMA_SUM;
}
