package io.github.regeneligibility.rules;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Builds every shape's application ({@link Shapes#build()}) before a test class's tests, so that
 * surefire's per-test times show the sweeps alone. Validating 1.1 million forms takes seconds,
 * longer on a busy machine.
 */
final class EveryShape implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    Shapes.build();
  }
}
