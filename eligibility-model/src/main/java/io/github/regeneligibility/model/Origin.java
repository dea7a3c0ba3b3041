package io.github.regeneligibility.model;

/** Where an applicant comes from; the default policy never scores it. */
public enum Origin implements Labelled {
  /** A domestic company. */
  DOMESTIC("Domestic", "境内"),
  /** A foreign company. */
  FOREIGN("Foreign", "境外"),
  /** A joint venture. */
  JOINT_VENTURE("Joint venture", "合资");

  private final String english;
  private final String chinese;

  Origin(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
