package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;

/**
 * Assesses valid applications under one policy edition. Thread-safe; assessing neither validates,
 * formats nor reflects, and allocates only the {@link Assessment} it returns.
 */
public interface Assessor {

  /** Returns the policy edition this assessor applies. */
  PolicyEdition getEdition();

  /**
   * Assesses {@code application}: gates, criteria, score and tier as the edition says, with one
   * reason per gate, criterion and tier.
   */
  Assessment assess(Application application);
}
