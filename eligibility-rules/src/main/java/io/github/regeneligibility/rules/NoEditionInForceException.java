package io.github.regeneligibility.rules;

import java.time.LocalDate;
import java.util.Locale;

/** Thrown when asked for the edition in force on a date before the earliest edition. */
public final class NoEditionInForceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate earliest;

  NoEditionInForceException(LocalDate date, LocalDate earliest) {
    super(
        String.format(
            Locale.ROOT,
            "no policy edition is in force on %s: the earliest takes effect on %s",
            date,
            earliest));
    this.date = date;
    this.earliest = earliest;
  }

  /** Returns the date asked for. */
  public LocalDate getDate() {
    return date;
  }

  /** Returns the effective date of the earliest edition. */
  public LocalDate getEarliest() {
    return earliest;
  }
}
