package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Equivalence;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The validator's fast path over the whole valid domain: every shape, with the identities of {@link
 * Shapes} in turn, is compared with Hibernate Validator alone ({@link Equivalence}). The model's
 * {@code FastPathLawsTest} compares the two on invalid forms.
 */
final class FastPathDomainTest {

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  @DisplayName(
      "Every shape of the valid domain is accepted by the fast path, with the application"
          + " Hibernate Validator gives.")
  void
      everyShapeOfTheValidDomainIsAcceptedByTheFastPathWithTheApplicationHibernateValidatorGives() {
    long valid =
        Shapes.all()
            .parallel()
            .filter(
                shape ->
                    Equivalence.assertSameAsHibernateValidator(
                            Shapes.form(shape, Shapes.identity(shape)))
                        .isValid())
            .count();

    assertThat(valid).isEqualTo(ApplicationDomain.SIZE);
  }
}
