package io.github.regeneligibility.model;

/** The outcome of an assessment; constants are declared in order, lowest first. */
public enum Tier implements Labelled, Ladder<Tier> {
  /** A gate failed: the park does not take the project in. */
  INELIGIBLE,
  /** A strategic-reserve project. */
  RESERVE,
  /** An industrialisation project. */
  ELIGIBLE,
  /** A priority introduction. */
  PRIORITY
}
