package io.github.regeneligibility.screening;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a screening could not be finished: the input broke off, or cannot be read on from a
 * record (not UTF-8, a CSV quote never closed, a record past the limit), or a record's answer could
 * not be written in the answer's format. The record it was cut at has been answered with its
 * problem where the format can say it; nothing after it was read, and the answer has no end:
 * whoever reads it must not take it for a whole one.
 */
public final class CutInputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long number;

  CutInputException(long number, @Nullable Throwable cause) {
    super(message(number, cause), cause);
    this.number = number;
  }

  private static String message(long number, @Nullable Throwable cause) {
    String why = cause == null ? null : cause.getMessage();
    return "the screening was cut at record " + number + (why == null ? "" : ": " + why);
  }

  /** Returns the number of the record the screening was cut at. */
  public long number() {
    return number;
  }
}
