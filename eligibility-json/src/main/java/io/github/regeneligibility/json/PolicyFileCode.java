package io.github.regeneligibility.json;

import io.github.regeneligibility.model.ProblemCode;

/**
 * The codes of policy files that cannot be read, and of sets of editions that cannot be served
 * together ({@link PolicyDirectory}). Texts in {@code problems_<locale>.properties} beside this
 * enum.
 */
public enum PolicyFileCode implements ProblemCode {
  /** A policy file, or the directory of policy files, cannot be read. */
  POLICY_FILE_UNREADABLE,
  /** A policy file is larger than a policy file can be. */
  POLICY_FILE_TOO_LARGE,
  /** A directory of policy files holds no {@code *.json} file. */
  NO_POLICY_FILES,
  /** Two editions of a set take effect on the same date. */
  EDITION_DATE_TAKEN,
  /** No edition of a set is in force today. */
  NO_EDITION_TODAY;
}
