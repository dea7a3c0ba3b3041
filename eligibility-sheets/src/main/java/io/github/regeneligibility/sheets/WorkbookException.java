package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.io.IOException;
import java.util.List;

/**
 * Thrown when a workbook cannot be read as one of applications at all: not a workbook, past one of
 * the reader's bounds, or a header that does not name the application's fields. Carries every
 * problem found, each naming its cell where it has one.
 */
public final class WorkbookException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  /** Returns the exception of {@code problems}, of which there is at least one. */
  public WorkbookException(List<Problem> problems) {
    super(Problem.describeAll(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a workbook is refused for at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns the problems, at least one. */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }
}
