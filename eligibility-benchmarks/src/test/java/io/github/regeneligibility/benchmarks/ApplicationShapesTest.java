package io.github.regeneligibility.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.rules.ApplicationDomain;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sweep's shapes: as many as the count says, and all valid. */
final class ApplicationShapesTest {

  @Test
  void count_isTheDomainUnderEveryOrigin() {
    assertThat(ApplicationShapes.COUNT)
        .isEqualTo(Origin.values().length * ApplicationDomain.size())
        .isEqualTo(3 * 48 * 448 * 51);
  }

  @Test
  void form_firstAndLastAndEveryThousandth_isValid() {
    ApplicationValidator validator = ApplicationValidator.shared();

    assertThat(
            IntStream.concat(
                    IntStream.iterate(0, i -> i < ApplicationShapes.COUNT, i -> i + 1000),
                    IntStream.of(ApplicationShapes.COUNT - 1))
                .mapToObj(i -> validator.validate(ApplicationShapes.form(i))))
        .allMatch(result -> result.isValid());
  }
}
