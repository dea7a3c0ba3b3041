package io.github.regeneligibility.model;

/** A scored criterion; the maxima of all criteria add up to 100. */
public enum Criterion implements Labelled {
  /** How well the sectors fit the park's focus. */
  SECTOR_FIT,
  /** How far the product or service has come. */
  MATURITY,
  /** How soon the project industrialises. */
  HORIZON,
  /** The applicant's role in the industry chain. */
  ROLE
}
