package io.github.regeneligibility.model;

/** The regulatory pathway a product follows. */
public enum Pathway implements Labelled {
  /** Drug or biologic registration, including cell and gene therapy products. */
  DRUG("Drug registration", "药品注册"),
  /** Medical-device registration: biomaterials, scaffolds. */
  DEVICE("Medical-device registration", "医疗器械注册"),
  /** Hospital-led clinical research filed with the health authority; cannot itself lead to marketing. */
  CLINICAL_RESEARCH("Clinical research filing", "临床研究备案");

  private final String english;
  private final String chinese;

  Pathway(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns the last stage this pathway can reach: {@link Stage#CLINICAL_TRIAL_EARLY} on the
   * research track, {@link Stage#MARKETED} otherwise.
   */
  public Stage highestStage() {
    return this == CLINICAL_RESEARCH ? Stage.CLINICAL_TRIAL_EARLY : Stage.MARKETED;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
