package io.github.regeneligibility.json;

import io.github.regeneligibility.model.Problem;
import java.util.List;

/**
 * Thrown when CSV input cannot be read on: a header that does not name the application's columns,
 * or text that is not well-formed CSV (e.g. a quote that is never closed). Records before it were
 * read; none after it can be.
 */
public final class CsvFormatException extends InputProblemsException {
  private static final long serialVersionUID = 1L;

  CsvFormatException(List<Problem> problems) {
    super(problems);
  }
}
