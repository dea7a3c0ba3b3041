package io.github.regeneligibility.spring;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.model.Problem;

/**
 * Thrown by a controller for an application read from a request ({@link
 * io.github.regeneligibility.json.EligibilityJson#readApplication}) that cannot be assessed; it
 * carries every problem kept and the number of the others. {@link EligibilityProblemAdvice} answers
 * it with a {@code 400} problem, as the reference service answers such an application:
 *
 * <pre>{@code
 * ApplicationInput input = json.readApplication(body);
 * Application application =
 *     input.application().orElseThrow(() -> new InvalidApplicationInputException(input));
 * }</pre>
 */
public final class InvalidApplicationInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; the field is never null
  private final ImmutableList<Problem> problems;

  private final long omittedProblems;

  /**
   * An exception that carries the problems of {@code input}.
   *
   * @throws IllegalArgumentException if {@code input} is a valid application
   */
  public InvalidApplicationInputException(ApplicationInput input) {
    super(describe(input));
    this.problems = input.problems();
    this.omittedProblems = input.omittedProblems();
  }

  private static String describe(ApplicationInput input) {
    if (input.isValid()) {
      throw new IllegalArgumentException("the input is a valid application: it has no problems");
    }
    return "Invalid application: " + Problem.describeAll(input.problems());
  }

  /** Returns the problems kept, ordered by field; at most {@link ApplicationInput#MAX_PROBLEMS}. */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }

  /** Returns how many more problems were found and not kept. */
  public long getOmittedProblems() {
    return omittedProblems;
  }
}
