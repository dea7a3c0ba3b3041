package io.github.regeneligibility.model;

/**
 * The one comparison of the fast path's proof: on the same form, the validator the library uses
 * ({@link ApplicationValidator#shared()}) against Hibernate Validator alone ({@link
 * ApplicationValidator#hibernateValidatorOnly()}). Public because the rules' tests run it over
 * every shape of the valid domain.
 */
public final class Equivalence {

  private static final ApplicationValidator SHARED = ApplicationValidator.shared();
  private static final ApplicationValidator REFERENCE =
      ApplicationValidator.hibernateValidatorOnly();

  static {
    if (!SHARED.usesFastPath() || REFERENCE.usesFastPath()) {
      throw new AssertionError("the shared validator must use the fast path, the reference not");
    }
  }

  private Equivalence() {}

  /** Returns what Hibernate Validator alone finds in {@code form}. */
  static ValidationResult hibernateValidator(ApplicationForm form) {
    return REFERENCE.validate(form);
  }

  /**
   * Validates {@code form} both ways and asserts that the fast path accepts it exactly when
   * Hibernate Validator finds no violation, and that both give the same result: the same
   * application, or the same problems (code, field, message in every language) in the same order.
   *
   * @return Hibernate Validator's result
   * @throws AssertionError if they differ
   */
  public static ValidationResult assertSameAsHibernateValidator(ApplicationForm form) {
    ValidationResult reference = REFERENCE.validate(form);
    ValidationResult result = SHARED.validate(form);
    boolean accepted = FastPath.accepts(form);
    if (accepted != reference.isValid()) {
      throw new AssertionError(
          "the fast path "
              + (accepted ? "accepts" : "refuses")
              + " a form in which Hibernate Validator finds "
              + reference.getViolations()
              + ": "
              + form);
    }
    if (!result.getApplication().equals(reference.getApplication())
        || !result.getViolations().equals(reference.getViolations())) {
      throw new AssertionError(
          "the validator gives " + result + " where Hibernate Validator gives " + reference);
    }
    return reference;
  }
}
