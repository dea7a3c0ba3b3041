package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.List;

/** Thrown when a policy edition would break a promise of the policy; names every problem. */
public final class InvalidPolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; never null
  private final ImmutableList<Problem> problems;

  /** Creates the exception for {@code problems}, which must not be empty. */
  public InvalidPolicyException(List<Problem> problems) {
    super("Invalid policy edition: " + Problem.describeAll(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid policy has at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem, in the order of the edition's parameters. */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }
}
