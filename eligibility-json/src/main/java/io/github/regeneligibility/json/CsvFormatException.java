package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when CSV input cannot be read on: a header that does not name the application's columns,
 * or text that is not well-formed CSV (e.g. a quote that is never closed). Records before it were
 * read; none after it can be.
 */
public final class CsvFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable; never null
  private final ImmutableList<Problem> problems;

  CsvFormatException(List<Problem> problems) {
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
