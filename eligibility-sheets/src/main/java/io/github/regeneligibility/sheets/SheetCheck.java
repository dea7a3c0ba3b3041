package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The check of a sheet: every row read once, against every bound, before any is returned; the
 * header found (the first row that holds something) and the rows of applications counted. The rows
 * of applications are kept as they are checked, so that the sheet is parsed once; past the budget
 * they are dropped, and the sheet is read again.
 *
 * @param header the row of the header, as Excel shows it
 * @param columns the fields the header names, by column
 * @param count how many rows of applications the sheet holds
 * @param kept the rows of applications kept, or null when they went past the budget
 */
record SheetCheck(int header, Columns columns, int count, @Nullable KeptRows kept) {

  /**
   * Checks the sheet in part {@code part}, named {@code sheet}, keeping its rows of applications
   * while they cost at most {@code keepBytes}.
   *
   * @throws WorkbookException if the sheet is past a bound, or has no header, or its header does
   *     not name exactly the application's fields
   */
  static SheetCheck of(
      Parts parts, String part, String sheet, SharedStrings strings, long keepBytes)
      throws WorkbookException {
    int header = 0;
    Columns columns = null;
    int count = 0;
    @Nullable KeptRows kept = new KeptRows(keepBytes);
    try (SheetRows check = new SheetRows(parts, part, sheet, strings)) {
      int madeBefore = 0;
      long createdBefore = 0;
      for (SheetRows.Row row = check.next(); row != null; row = check.next()) {
        int made = check.made() - madeBefore;
        long created = check.created() - createdBefore;
        madeBefore = check.made();
        createdBefore = check.created();
        if (row.isEmpty()) {
          continue;
        }
        if (columns == null) {
          columns = Columns.of(row, sheet);
          header = row.number();
        } else if (++count > WorkbookApplications.MAX_ROWS) {
          throw Parts.refused(
              SheetTexts.limit(
                  "rows",
                  ImmutableMap.of("max", WorkbookApplications.MAX_ROWS, "row", row.number())));
        } else if (kept != null && !kept.keep(row, made, created)) {
          kept = null;
        }
      }
    }
    if (columns == null) {
      throw Parts.refused(
          SheetTexts.inCell(
              Problem.of(Problem.WHOLE, SheetCode.NO_HEADER), CellReference.row(sheet, 1)));
    }
    return new SheetCheck(header, columns, count, kept);
  }

  /**
   * Returns the rows of the sheet read again, after its header, when they were not kept: the bytes
   * the parts expand to are counted anew.
   */
  static SheetRows readAgain(
      Parts parts, String part, String sheet, SharedStrings strings, int header)
      throws WorkbookException {
    parts.startReading();
    SheetRows rows = new SheetRows(parts, part, sheet, strings);
    SheetRows.Row row = rows.next();
    while (row != null && row.number() < header) {
      row = rows.next();
    }
    return rows;
  }
}
