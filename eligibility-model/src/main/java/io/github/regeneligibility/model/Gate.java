package io.github.regeneligibility.model;

/** A hard eligibility gate: when one fails, the application is ineligible. */
public enum Gate implements Labelled {
  /** Some sector is a focus sector or other regenerative medicine. */
  SCOPE,
  /** The years to industrialisation are within the edition's limit. */
  HORIZON
}
