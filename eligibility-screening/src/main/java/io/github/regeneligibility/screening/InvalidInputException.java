package io.github.regeneligibility.screening;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input cannot be screened at all, before any record is answered: a CSV header that
 * does not name exactly the application's columns, or that is not well-formed CSV, not UTF-8, or
 * too long.
 */
public final class InvalidInputException extends IOException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; never null
  private final ImmutableList<Problem> problems;

  InvalidInputException(List<Problem> problems) {
    super(
        problems.stream()
            .map(problem -> problem.getMessage(Language.ENGLISH))
            .collect(Collectors.joining(" ")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem of the input. */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }
}
