package io.github.regeneligibility.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.ApplicationValidator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sweep's shapes: as many as the count says, and all valid. */
final class ApplicationShapesTest {

  @Test
  void count_isTheProductOfTheDimensions() {
    assertThat(ApplicationShapes.ROLES).hasSize(48);
    assertThat(ApplicationShapes.SECTORS).hasSize(448);
    assertThat(ApplicationShapes.COUNT)
        .isEqualTo(3 * ApplicationShapes.ROLES.size() * ApplicationShapes.SECTORS.size() * 51);
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
