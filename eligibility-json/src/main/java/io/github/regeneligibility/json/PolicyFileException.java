package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy file cannot become a policy edition: JSON that does not fit the format, or
 * parameters that break a promise of the policy. Names every problem by its JSON path.
 */
public final class PolicyFileException extends Exception {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; never null
  private final ImmutableList<InputProblem> problems;

  PolicyFileException(String source, List<InputProblem> problems) {
    super(
        "Invalid policy file "
            + source
            + ": "
            + problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem, each naming its JSON path. */
  public ImmutableList<InputProblem> getProblems() {
    return problems;
  }
}
