package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link ValidationResult#orElseThrow()} when a caller insists on an application that
 * broke validity rules; it carries every violation.
 */
public final class InvalidApplicationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; the field is never null
  private final ImmutableList<Problem> violations;

  InvalidApplicationException(ImmutableList<Problem> violations) {
    super("Invalid application: " + Problem.describeAll(violations));
    this.violations = violations;
  }

  /** Returns every broken rule. */
  public ImmutableList<Problem> getViolations() {
    return violations;
  }
}
