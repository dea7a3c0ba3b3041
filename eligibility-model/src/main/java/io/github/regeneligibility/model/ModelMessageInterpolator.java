package io.github.regeneligibility.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Renders violation messages from the model's own {@code ValidationMessages} bundles (English and
 * Simplified Chinese), resolving {@code {attribute}} parameters from the constraint and never
 * evaluating expressions. The bundles live in this package, so they never clash with an
 * embedder's own {@code ValidationMessages}.
 */
final class ModelMessageInterpolator extends AbstractMessageInterpolator {

  static final String BUNDLE = "io.github.regeneligibility.model.ValidationMessages";

  ModelMessageInterpolator() {
    super(
        new PlatformResourceBundleLocator(BUNDLE),
        Set.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE),
        Locale.ENGLISH,
        (context) -> Locale.ENGLISH,
        true);
  }

  /** Renders the message of {@code violation} in {@code locale}. */
  String render(ConstraintViolation<?> violation, Locale locale) {
    return interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    String name = term.substring(1, term.length() - 1);
    Object value = context.getConstraintDescriptor().getAttributes().get(name);
    return value == null ? term : String.valueOf(value);
  }

  private record ViolationContext(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new ValidationException("cannot unwrap to " + type.getName());
    }
  }
}
