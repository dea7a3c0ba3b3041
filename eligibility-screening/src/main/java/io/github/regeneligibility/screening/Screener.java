package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.sheets.WorkbookApplications;
import java.util.Objects;

/**
 * Screens one record in a worker: reads it (an NDJSON line is parsed here, off the reading thread),
 * validates and assesses it, and tells the listener.
 */
record Screener(EligibilityJson json, Assessor assessor, ScreeningListener listener) {

  /**
   * Returns what became of {@code record}: its assessment, or the problems that kept it from being
   * assessed. Bad input never throws; a failure (which no input causes) is told to the listener and
   * answered with the internal-error problem.
   */
  Screened screen(Entry record) {
    Screened screened;
    try {
      byte[] line = record.json();
      WorkbookApplications.Cells cells = record.cells();
      ApplicationInput input =
          line != null
              ? json.readApplication(line)
              : cells != null ? cells.bind().input() : Objects.requireNonNull(record.input());
      screened =
          input
              .application()
              .map(
                  valid ->
                      Screened.assessed(record.number(), record.line(), assessor.assess(valid)))
              .orElseGet(
                  () ->
                      Screened.refused(
                          record.number(),
                          record.line(),
                          record.id(),
                          ProblemDocument.invalidApplication(
                              input.problems(), input.omittedProblems())));
    } catch (RuntimeException e) {
      screened = failed(record, e);
    }
    listener.screened(screened);
    return screened;
  }

  /**
   * Tells the listener that screening or writing {@code record} failed with {@code failure}, and
   * returns the record answered with the internal-error problem.
   */
  Screened failed(Entry record, Throwable failure) {
    listener.failed(record.number(), failure);
    return Screened.refused(
        record.number(), record.line(), record.id(), ProblemDocument.internalError());
  }
}
