package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import com.google.common.collect.Sets;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates {@link ApplicationForm}s against every validity rule of the policy, the jakarta
 * constraints of {@link ApplicationForm}, and turns valid ones into {@link Application}s.
 *
 * <p>Hibernate Validator is the validator of record: every violation, with its code, field and
 * message, is the one it finds. A form built by {@link ApplicationForm.Builder} that breaks no rule
 * is recognised first by a fast path that checks the same constraints by hand, and only while
 * Hibernate Validator's own metadata shows exactly the constraints that path implements; anything
 * else goes to Hibernate Validator. The tests prove the two paths give the same results.
 *
 * <p>Building the underlying validator costs a few hundred milliseconds, so build one instance and
 * share it ({@link #shared()} does); instances are thread-safe.
 */
public final class ApplicationValidator {

  /** By field, then by the order of the codes: every problem of validation has a validity code. */
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::getPath, Ordering.explicit(ApplicationForm.FIELDS))
          .thenComparing(problem -> (ValidityCode) problem.getCode());

  private final Validator validator;
  private final boolean fastPath;

  private ApplicationValidator(boolean fastPathAllowed) {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
    ValidatorFactory factory =
        configuration
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintValidatorFactory(new ModelConstraintValidators(defaults))
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.fastPath =
        fastPathAllowed
            && FastPath.implementsExactly(
                validator.getConstraintsForClass(ImmutableApplicationForm.class));
  }

  /** Returns a new validator; prefer {@link #shared()}, which is built once. */
  public static ApplicationValidator create() {
    return new ApplicationValidator(true);
  }

  /**
   * Returns a new validator that has Hibernate Validator check every form, without the fast path:
   * the reference that the fast path is proven against, for tests and benchmarks. Its results are
   * those of {@link #create()}; it is only slower.
   */
  public static ApplicationValidator hibernateValidatorOnly() {
    return new ApplicationValidator(false);
  }

  /** Returns the validator shared by the whole JVM, built on first use. */
  public static ApplicationValidator shared() {
    return Shared.INSTANCE;
  }

  /**
   * Validates {@code form}: every rule is checked and every violation reported at once.
   *
   * @return the valid application, or every violation
   */
  public ValidationResult validate(ApplicationForm form) {
    if (fastPath && FastPath.accepts(form)) {
      return ValidationResult.valid(toApplication(form));
    }
    Set<ConstraintViolation<ApplicationForm>> found = validator.validate(form);
    if (found.isEmpty()) {
      return ValidationResult.valid(toApplication(form));
    }
    return ValidationResult.invalid(
        found.stream()
            .map(ApplicationValidator::toProblem)
            .sorted(ORDER)
            .collect(ImmutableList.toImmutableList()));
  }

  /** Returns whether valid forms are recognised by the fast path. */
  boolean usesFastPath() {
    return fastPath;
  }

  /**
   * Maps one violation that Hibernate Validator found to the problem it stands for: the code is
   * named by the constraint's message ({@code {regen.CODE}}), the facts of the code's template
   * (such as {@code max}) are the constraint's attributes. This is the one place where the
   * validator's findings become {@link Problem}s.
   */
  private static Problem toProblem(ConstraintViolation<?> violation) {
    String message = violation.getMessageTemplate();
    if (!message.startsWith(ValidityCode.CONSTRAINT_PREFIX) || !message.endsWith("}")) {
      throw new IllegalStateException("constraint without a problem code: " + message);
    }
    ValidityCode code =
        ValidityCode.valueOf(
            message.substring(ValidityCode.CONSTRAINT_PREFIX.length(), message.length() - 1));
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    Map<String, Object> facts = new HashMap<>();
    for (String name : code.template().factNames()) {
      facts.put(name, Objects.requireNonNull(attributes.get(name), name));
    }
    return Problem.of(code.field(), code, facts);
  }

  private static Application toApplication(ApplicationForm form) {
    return new Application(
        form.getId().orElseThrow(),
        form.getProjectName().orElseThrow(),
        form.getApplicantName().orElseThrow(),
        form.getOrigin().orElseThrow(),
        form.getRole().orElseThrow(),
        Sets.immutableEnumSet(form.getSectors()),
        form.getPrimarySector().orElseThrow(),
        form.getPathway(),
        form.getStage(),
        form.getYearsToIndustrialization().orElseThrow());
  }

  /** Instantiates the model's package-private constraint validators; defers the rest. */
  private static final class ModelConstraintValidators implements ConstraintValidatorFactory {
    private final ConstraintValidatorFactory defaults;

    ModelConstraintValidators(ConstraintValidatorFactory defaults) {
      this.defaults = defaults;
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == CrossFieldRulesValidator.class) {
        return key.cast(new CrossFieldRulesValidator());
      }
      return defaults.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      defaults.releaseInstance(instance);
    }
  }

  private static final class Shared {
    static final ApplicationValidator INSTANCE = new ApplicationValidator(true);
  }
}
