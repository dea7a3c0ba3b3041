package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.InputProblemsException;
import io.github.regeneligibility.model.Problem;
import java.util.List;

/**
 * Thrown when input cannot be screened at all, before any record is answered: a CSV header that
 * does not name exactly the application's columns, or that is not well-formed CSV, not UTF-8, or
 * too long.
 */
public final class InvalidInputException extends InputProblemsException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(List<Problem> problems) {
    super(problems);
  }
}
