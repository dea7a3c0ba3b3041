package io.github.regeneligibility.model;

/** The part an applicant plays in the industry chain. */
public enum Role implements Labelled {
  /** Original research; owns a product. A product role. */
  INNOVATOR("Innovator", "原创研发企业"),
  /** Makes an innovative product. A product role. */
  MANUFACTURER("Manufacturer", "创新产品生产企业"),
  /** CDMO, CRO, animal studies, pilot processing, testing. */
  SERVICE_PROVIDER("Service provider", "产业链服务企业"),
  /** Upstream or downstream: reagents, equipment, cold chain, data, distribution. */
  SUPPLY_CHAIN("Supply chain", "上下游配套企业");

  private final String english;
  private final String chinese;

  Role(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns whether this is a product role ({@link #INNOVATOR} or {@link #MANUFACTURER}): product
   * roles give a pathway and a stage, the others give neither.
   */
  public boolean isProductRole() {
    return this == INNOVATOR || this == MANUFACTURER;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
