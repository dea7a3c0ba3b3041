package io.github.regeneligibility.rules;

import java.time.LocalDate;

/** Editions derived from the default one, for tests. */
final class Editions {
  private Editions() {}

  /** Returns a builder holding every parameter of the default edition. */
  static PolicyEdition.Builder defaults() {
    PolicyEdition.Builder builder = new PolicyEdition.Builder();
    builder.from(Eligibility.defaultEdition());
    return builder;
  }

  static PolicyEdition effectiveFrom(LocalDate date, String version) {
    return defaults().effectiveFrom(date).version(version).build();
  }
}
