package io.github.regeneligibility.rules;

/** Where a policy edition stands on a date, within its set of editions. */
public enum EditionStatus {
  /** A later edition has taken effect since this one did. */
  SUPERSEDED,
  /** In force: the latest edition effective on or before the date. */
  IN_FORCE,
  /** Not yet in force: it takes effect after the date. */
  SCHEDULED
}
