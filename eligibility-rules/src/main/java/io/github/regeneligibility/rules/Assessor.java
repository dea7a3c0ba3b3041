package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
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

  /**
   * Returns the single-field changes that would lift the tier of {@code assessment}, each with the
   * tier and score the engine gives the changed application, highest tier first, then smallest
   * change first; empty for a {@code PRIORITY} assessment. Candidates are a later stage, fewer
   * years (to a band edge or within the horizon limit), one focus sector added, and a listed focus
   * sector made primary; every changed application is valid.
   *
   * @throws IllegalArgumentException if {@code assessment} was made under another edition
   */
  ImmutableList<Improvement> improvements(Assessment assessment);
}
