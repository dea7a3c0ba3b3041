package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy file cannot become a policy edition: JSON that does not fit the format, or
 * parameters that break a promise of the policy. Names every problem by its file and JSON path.
 */
public final class PolicyFileException extends Exception {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; never null
  private final ImmutableList<Problem> problems;

  PolicyFileException(String source, List<Problem> problems) {
    this(
        source,
        problems.stream()
            .map(problem -> problem.inFile(source))
            .collect(ImmutableList.toImmutableList()));
  }

  /** Refuses a set of policy files, each problem naming its own file. */
  PolicyFileException(ImmutableList<Problem> problems) {
    super("Invalid policy files: " + Problem.describeAll(problems));
    this.problems = problems;
  }

  private PolicyFileException(String source, ImmutableList<Problem> problems) {
    super(
        "Invalid policy file "
            + source
            + ": "
            + problems.stream()
                .map(problem -> problem.getPath() + ": " + problem.getMessage(Language.ENGLISH))
                .collect(Collectors.joining("; ")));
    this.problems = problems;
  }

  /** Returns every problem, each naming the file and its JSON path. */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }
}
