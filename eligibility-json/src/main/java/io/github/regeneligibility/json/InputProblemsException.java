package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input cannot be read on, with the problems that stopped it; its message is their
 * English messages. Subclasses say which input and when.
 */
public abstract class InputProblemsException extends IOException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; never null
  private final ImmutableList<Problem> problems;

  /** Creates the exception of {@code problems}, at least one. */
  protected InputProblemsException(List<Problem> problems) {
    super(
        problems.stream()
            .map(problem -> problem.getMessage(Language.ENGLISH))
            .collect(Collectors.joining(" ")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem that stopped reading. */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }
}
