package io.github.regeneligibility.examples;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import java.util.Optional;

/**
 * One data row of a cohort file: the line it starts on and either the valid application it holds
 * or every problem it has, never both.
 *
 * @param line the line of the file the row starts on, counting the header as line 1
 * @param application the valid application, or empty when the row has problems
 * @param problems every problem of the row, in the order of the columns; empty when valid
 */
record CohortRow(int line, Optional<Application> application, ImmutableList<Problem> problems) {

  /**
   * One problem of a row: a cell that could not be read, or a broken validity rule.
   *
   * @param field the column (an application field), or {@code row} for the row as a whole
   * @param message what is wrong and what to do, in English
   */
  record Problem(String field, String message) {}

  static CohortRow valid(int line, Application application) {
    return new CohortRow(line, Optional.of(application), ImmutableList.of());
  }

  static CohortRow invalid(int line, ImmutableList<Problem> problems) {
    return new CohortRow(line, Optional.empty(), problems);
  }
}
