package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * The outcome of reading a request to record a decision: the request, or every problem of it (a
 * problem of the nested application named by its path from the body, {@code application.stage}),
 * never both.
 *
 * @param request the request, empty when there are problems
 * @param problems the problems, empty when the request is there
 */
public record DecisionInput(Optional<DecisionRequest> request, ImmutableList<Problem> problems) {

  /** Checks that exactly one of request and problems is given. */
  public DecisionInput {
    if (request.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("give a request or problems, not both or neither");
    }
  }
}
