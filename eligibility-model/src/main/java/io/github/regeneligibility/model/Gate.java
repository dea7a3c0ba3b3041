package io.github.regeneligibility.model;

/** A hard eligibility gate: when one fails, the application is ineligible. */
public enum Gate implements Labelled {
  /** Some sector is a focus sector or other regenerative medicine. */
  SCOPE("Scope", "领域范围"),
  /** The years to industrialisation are within the edition's limit. */
  HORIZON("Horizon", "产业化时限");

  private final String english;
  private final String chinese;

  Gate(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
