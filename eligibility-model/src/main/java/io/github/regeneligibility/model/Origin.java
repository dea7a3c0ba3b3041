package io.github.regeneligibility.model;

/** Where an applicant comes from; the default policy never scores it. */
public enum Origin implements Labelled {
  /** A domestic company. */
  DOMESTIC,
  /** A foreign company. */
  FOREIGN,
  /** A joint venture. */
  JOINT_VENTURE
}
