package io.github.regeneligibility.model;

/** The outcome of an assessment; constants are declared in order, lowest first. */
public enum Tier implements Labelled {
  /** A gate failed: the park does not take the project in. */
  INELIGIBLE("Ineligible", "不符合条件"),
  /** A strategic-reserve project. */
  RESERVE("Strategic reserve", "战略储备"),
  /** An industrialisation project. */
  ELIGIBLE("Eligible", "符合条件"),
  /** A priority introduction. */
  PRIORITY("Priority", "优先引进");

  private final String english;
  private final String chinese;

  Tier(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** Returns whether this tier is {@code other} or higher. */
  public boolean isAtLeast(Tier other) {
    return compareTo(other) >= 0;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
