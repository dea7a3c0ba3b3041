package io.github.regeneligibility.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A workbook (.xlsx) of one table, for an export: a bold header row, frozen and filtered, then one
 * row per item. A cell holds text, a number, or nothing ({@code null}). Text is written as text,
 * never read as a formula, whatever it starts with.
 */
public final class TableWorkbook {
  /** The width of every column, in characters: enough for a date and time or a short name. */
  static final int WIDTH = 22;

  private TableWorkbook() {}

  /**
   * Writes the table {@code header}, then {@code rows} (each as long as the header at most), as the
   * sheet named {@code sheet} to {@code out}; {@code out} is flushed and left open.
   *
   * @throws IllegalArgumentException when a row is longer than the header, or a cell is neither
   *     text, a number nor {@code null}
   */
  public static void write(
      OutputStream out, String sheet, List<String> header, List<? extends List<?>> rows)
      throws IOException {
    Workbook workbook = new Workbook(new KeepOpen(out), "regen-eligibility", null);
    Worksheet table = workbook.newWorksheet(sheet);
    for (int c = 0; c < header.size(); c++) {
      table.value(0, c, header.get(c));
      table.style(0, c).bold().set();
      table.width(c, WIDTH);
    }
    table.freezePane(0, 1);
    if (!header.isEmpty()) {
      table.setAutoFilter(0, 0, header.size() - 1);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<?> row = rows.get(r);
      if (row.size() > header.size()) {
        throw new IllegalArgumentException(
            "row " + (r + 1) + " has " + row.size() + " cells, the header " + header.size());
      }
      for (int c = 0; c < row.size(); c++) {
        cell(table, r + 1, c, row.get(c));
      }
    }
    workbook.finish();
  }

  private static void cell(Worksheet table, int r, int c, @Nullable Object value) {
    if (value instanceof String text) {
      table.value(r, c, text);
    } else if (value instanceof Number number) {
      table.value(r, c, number);
    } else if (value != null) {
      throw new IllegalArgumentException(
          "a cell holds text or a number, not " + value.getClass().getSimpleName());
    }
  }
}
