package io.github.regeneligibility.json;

import io.github.regeneligibility.model.ProblemCode;

/**
 * The codes of an impact request that cannot be analysed ({@link
 * EligibilityJson#readImpactRequest}). Texts in {@code problems_<locale>.properties} beside this
 * enum.
 */
public enum ImpactCode implements ProblemCode {
  /** An edition of an impact request is missing or is not an object. */
  EDITION_REQUIRED,
  /** An edition of an impact request names an edition the service does not serve. */
  EDITION_NOT_SERVED,
  /** The cohort of an impact request holds more applications than one analysis takes. */
  COHORT_TOO_LARGE;
}
