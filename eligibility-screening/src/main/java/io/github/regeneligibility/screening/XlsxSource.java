package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.sheets.WorkbookApplications;
import io.github.regeneligibility.sheets.WorkbookException;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a workbook's first sheet, read by the library's {@link WorkbookApplications}: the
 * whole workbook is read and checked against every bound when the source opens, so that a workbook
 * past one is refused before anything is answered. Each record is numbered by its row less the
 * header's, and starts on its row.
 */
final class XlsxSource implements RecordSource {
  private final WorkbookApplications workbook;

  private XlsxSource(WorkbookApplications workbook) {
    this.workbook = workbook;
  }

  /**
   * Opens the workbook in {@code in}, read to its end and checked.
   *
   * @throws InvalidInputException naming each problem that keeps it from being read
   * @throws IOException if {@code in} cannot be read
   */
  static XlsxSource open(InputStream in) throws IOException {
    try {
      return new XlsxSource(WorkbookApplications.open(in));
    } catch (WorkbookException e) {
      throw new InvalidInputException(e.getProblems());
    }
  }

  @Override
  public @Nullable Entry next() throws IOException {
    Optional<WorkbookApplications.Cells> row;
    try {
      row = workbook.nextCells();
    } catch (WorkbookException e) { // never for a workbook that was opened: each row was checked
      long number = workbook.rowCount() + 1L;
      throw new InputCut(
          Screened.refused(
              number, number, "", ProblemDocument.invalidApplication(e.getProblems(), 0)),
          e);
    }
    if (row.isEmpty()) {
      return null;
    }
    WorkbookApplications.Cells read = row.get();
    return new Entry(read.number(), read.row(), read.id().orElse(""), null, null, read);
  }

  @Override
  public void flushBeforeWaiting(Flushable flushable) {
    // The workbook is in memory: reading never waits.
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
