package io.github.regeneligibility.rules;

/** The one field of an application an {@link Improvement} changes. */
public enum ChangedField {
  /** The development stage, advanced. */
  STAGE("stage"),
  /** The years to industrialisation, reduced. */
  YEARS_TO_INDUSTRIALIZATION("yearsToIndustrialization"),
  /** The sectors, with one focus sector added. */
  SECTORS("sectors"),
  /** The primary sector, switched to a listed focus sector. */
  PRIMARY_SECTOR("primarySector");

  private final String wireName;

  ChangedField(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the field's name as in the application's JSON. */
  public String wireName() {
    return wireName;
  }
}
