package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * The outcome of reading one application, from JSON or from a CSV record: a valid {@link
 * Application}, or every problem at once (input that does not fit the format and broken validity
 * rules alike), never both.
 *
 * @param application the valid application, empty when there are problems
 * @param problems every problem, ordered by field; empty when valid
 */
public record ApplicationInput(Optional<Application> application, ImmutableList<Problem> problems) {

  /** Checks that exactly one of application and problems is given. */
  public ApplicationInput {
    if (application.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("give an application or problems, not both or neither");
    }
  }

  /** Returns whether the input is a valid application. */
  public boolean isValid() {
    return application.isPresent();
  }
}
