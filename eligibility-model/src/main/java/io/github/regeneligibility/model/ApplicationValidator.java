package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Ordering;
import com.google.common.collect.Sets;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * Validates {@link ApplicationForm}s against every validity rule of the policy, with Hibernate
 * Validator, and turns valid ones into {@link Application}s.
 *
 * <p>Building the underlying validator costs a few hundred milliseconds, so build one instance and
 * share it ({@link #shared()} does); instances are thread-safe.
 */
public final class ApplicationValidator {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(
              (Violation v) -> v.getCode().field(), Ordering.explicit(ApplicationForm.FIELDS))
          .thenComparing(Violation::getCode);

  private final Validator validator;
  private final ModelMessageInterpolator interpolator;

  private ApplicationValidator() {
    this.interpolator = new ModelMessageInterpolator();
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
    ValidatorFactory factory =
        configuration
            .messageInterpolator(interpolator)
            .constraintValidatorFactory(new ModelConstraintValidators(defaults))
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** Returns a new validator; prefer {@link #shared()}, which is built once. */
  public static ApplicationValidator create() {
    return new ApplicationValidator();
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
    Set<ConstraintViolation<ApplicationForm>> found = validator.validate(form);
    if (found.isEmpty()) {
      return ValidationResult.valid(toApplication(form));
    }
    return ValidationResult.invalid(
        found.stream().map(this::toViolation).sorted(ORDER).collect(ImmutableList.toImmutableList()));
  }

  private Violation toViolation(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (!template.startsWith(ViolationCode.TEMPLATE_PREFIX) || !template.endsWith("}")) {
      throw new IllegalStateException("constraint without a violation code: " + template);
    }
    ViolationCode code =
        ViolationCode.valueOf(
            template.substring(ViolationCode.TEMPLATE_PREFIX.length(), template.length() - 1));
    EnumMap<Language, String> messages = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      messages.put(language, interpolator.render(violation, language.locale()));
    }
    return Violation.of(code.field(), code, ImmutableMap.copyOf(messages));
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
      if (key == PrimarySectorAmongSectorsValidator.class) {
        return key.cast(new PrimarySectorAmongSectorsValidator());
      }
      if (key == ProductRoleDetailsValidator.class) {
        return key.cast(new ProductRoleDetailsValidator());
      }
      if (key == ResearchTrackCeilingValidator.class) {
        return key.cast(new ResearchTrackCeilingValidator());
      }
      return defaults.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      defaults.releaseInstance(instance);
    }
  }

  private static final class Shared {
    static final ApplicationValidator INSTANCE = new ApplicationValidator();
  }
}
