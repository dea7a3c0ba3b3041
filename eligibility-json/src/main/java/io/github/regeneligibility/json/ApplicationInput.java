package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * The outcome of reading one application, from JSON or from a CSV record: a valid {@link
 * Application}, or every problem at once (input that does not fit the format and broken validity
 * rules alike), never both. Hostile input can hold any number of problems: at most {@value
 * #MAX_PROBLEMS} are kept, and the others are counted.
 *
 * @param application the valid application, empty when there are problems
 * @param problems the problems, ordered by field, at most {@value #MAX_PROBLEMS}; empty when valid
 * @param omittedProblems how many more problems were found and not kept
 */
public record ApplicationInput(
    Optional<Application> application, ImmutableList<Problem> problems, long omittedProblems) {

  /** The most problems kept for one application. */
  public static final int MAX_PROBLEMS = CappedProblems.MAX;

  /**
   * Checks that exactly one of application and problems is given, and that problems are omitted
   * only past {@value #MAX_PROBLEMS}.
   */
  public ApplicationInput {
    if (application.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("give an application or problems, not both or neither");
    }
    if (omittedProblems < 0 || (omittedProblems > 0 && problems.size() < MAX_PROBLEMS)) {
      throw new IllegalArgumentException(
          "problems are omitted only past " + MAX_PROBLEMS + ", not " + omittedProblems);
    }
  }

  /** The outcome with every problem kept. */
  public ApplicationInput(Optional<Application> application, ImmutableList<Problem> problems) {
    this(application, problems, 0);
  }

  /** Returns whether the input is a valid application. */
  public boolean isValid() {
    return application.isPresent();
  }
}
