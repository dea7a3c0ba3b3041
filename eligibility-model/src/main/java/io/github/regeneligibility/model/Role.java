package io.github.regeneligibility.model;

/** The part an applicant plays in the industry chain. */
public enum Role implements Labelled {
  /** Original research; owns a product. A product role. */
  INNOVATOR,
  /** Makes an innovative product. A product role. */
  MANUFACTURER,
  /** CDMO, CRO, animal studies, pilot processing, testing. */
  SERVICE_PROVIDER,
  /** Upstream or downstream: reagents, equipment, cold chain, data, distribution. */
  SUPPLY_CHAIN;

  /**
   * Returns whether this is a product role ({@link #INNOVATOR} or {@link #MANUFACTURER}): product
   * roles give a pathway and a stage, the others give neither.
   */
  public boolean isProductRole() {
    return this == INNOVATOR || this == MANUFACTURER;
  }
}
