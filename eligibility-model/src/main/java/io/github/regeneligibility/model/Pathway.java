package io.github.regeneligibility.model;

/** The regulatory pathway a product follows. */
public enum Pathway implements Labelled {
  /** Drug or biologic registration, including cell and gene therapy products. */
  DRUG,
  /** Medical-device registration: biomaterials, scaffolds. */
  DEVICE,
  /**
   * Hospital-led clinical research filed with the health authority; cannot itself lead to
   * marketing.
   */
  CLINICAL_RESEARCH;

  /**
   * Returns the last stage this pathway can reach: {@link Stage#CLINICAL_TRIAL_EARLY} on the
   * research track, {@link Stage#MARKETED} otherwise.
   */
  public Stage highestStage() {
    return this == CLINICAL_RESEARCH ? Stage.CLINICAL_TRIAL_EARLY : Stage.MARKETED;
  }
}
