package io.github.regeneligibility.model;

/** A scored criterion; the maxima of all criteria add up to 100. */
public enum Criterion implements Labelled {
  /** How well the sectors fit the park's focus. */
  SECTOR_FIT("Sector fit", "领域契合度"),
  /** How far the product or service has come. */
  MATURITY("Maturity", "成熟度"),
  /** How soon the project industrialises. */
  HORIZON("Horizon", "产业化时限"),
  /** The applicant's role in the industry chain. */
  ROLE("Role", "产业链角色");

  private final String english;
  private final String chinese;

  Criterion(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
