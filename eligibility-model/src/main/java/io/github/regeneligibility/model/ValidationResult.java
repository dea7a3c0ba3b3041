package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The outcome of validating an {@link ApplicationForm}: either a valid {@link Application} or every
 * {@link Problem} at once, never both.
 */
public final class ValidationResult {

  private final Optional<Application> application;
  private final ImmutableList<Problem> violations;

  private ValidationResult(Optional<Application> application, ImmutableList<Problem> violations) {
    this.application = application;
    this.violations = violations;
  }

  static ValidationResult valid(Application application) {
    return new ValidationResult(Optional.of(application), ImmutableList.of());
  }

  static ValidationResult invalid(ImmutableList<Problem> violations) {
    return new ValidationResult(Optional.empty(), violations);
  }

  /** Returns whether the form broke no rule. */
  public boolean isValid() {
    return application.isPresent();
  }

  /** Returns the valid application, or empty when some rule was broken. */
  public Optional<Application> getApplication() {
    return application;
  }

  /**
   * Returns every broken rule, ordered by field (in the order of {@link ApplicationForm}'s
   * attributes), then by code; empty when valid.
   */
  public ImmutableList<Problem> getViolations() {
    return violations;
  }

  /**
   * Returns the valid application.
   *
   * @throws InvalidApplicationException if some rule was broken; it carries every violation
   */
  public Application orElseThrow() {
    return application.orElseThrow(() -> new InvalidApplicationException(violations));
  }

  @Override
  public String toString() {
    return application
        .map(a -> "ValidationResult{valid " + a.getId() + "}")
        .orElseGet(() -> "ValidationResult{" + violations + "}");
  }
}
