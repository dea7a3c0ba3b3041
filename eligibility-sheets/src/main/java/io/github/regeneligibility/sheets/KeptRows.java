package io.github.regeneligibility.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of applications read while a sheet is checked, kept compactly (two arrays for the cells
 * of every row, none of an object per cell) so that the sheet's XML is parsed once: about 8 bytes a
 * cell and 8 a row, and the characters of the values not taken from the table of shared strings.
 * The rows are kept while they cost at most a budget; past it they are dropped, and the sheet is
 * read again after the check.
 */
final class KeptRows {

  /**
   * The most bytes (estimated) that the rows kept from a check may take: past it they are dropped
   * and the sheet is read again, so that a workbook of many or long cells stays within the heap.
   * 100 000 rows of ten short cells take about 15 MiB.
   */
  static final long BUDGET = 24L << 20;

  private static final SheetRows.Kind[] KINDS = SheetRows.Kind.values();
  private static final int KIND_BITS = 2;

  /** What a row costs beside its cells, and a cell beside its value: an estimate, in bytes. */
  private static final int ROW_BYTES = 8;

  private static final int CELL_BYTES = 8;

  /** What a value made for its cell costs beside its characters (a String and its array). */
  private static final int VALUE_BYTES = 40;

  private final long budget;
  private long cost;
  private int rows;
  private int cells;
  private int[] numbers = new int[1024];
  private int[] starts = new int[1025];
  private int[] columns = new int[8192];
  private String[] values = new String[8192];
  private int read;

  /** Keeps rows while they cost at most {@code budget} bytes. */
  KeptRows(long budget) {
    this.budget = budget;
  }

  /**
   * Keeps {@code row}, whose cells made {@code made} values holding {@code chars} characters of
   * their own.
   *
   * @return whether the rows kept still fit the budget; when not, they are all dropped
   */
  boolean keep(SheetRows.Row row, int made, long chars) {
    List<SheetRows.Cell> given = row.cells();
    cost += ROW_BYTES + (long) CELL_BYTES * given.size() + (long) VALUE_BYTES * made + 2 * chars;
    if (cost > budget) {
      numbers = new int[0];
      starts = new int[0];
      columns = new int[0];
      values = new String[0];
      return false;
    }
    if (rows + 1 >= numbers.length) {
      numbers = Arrays.copyOf(numbers, numbers.length * 2);
      starts = Arrays.copyOf(starts, numbers.length + 1);
    }
    if (cells + given.size() > columns.length) {
      int length = Math.max(columns.length * 2, cells + given.size());
      columns = Arrays.copyOf(columns, length);
      values = Arrays.copyOf(values, length);
    }
    numbers[rows] = row.number();
    for (SheetRows.Cell cell : given) {
      columns[cells] = cell.column() << KIND_BITS | cell.kind().ordinal();
      values[cells] = cell.value();
      cells++;
    }
    rows++;
    starts[rows] = cells;
    return true;
  }

  /** Returns the next row kept, or null after the last; a kept row is returned once. */
  SheetRows.@Nullable Row next() {
    if (read >= rows) {
      return null;
    }
    int from = starts[read];
    int to = starts[read + 1];
    List<SheetRows.Cell> row = new ArrayList<>(to - from);
    for (int at = from; at < to; at++) {
      row.add(
          new SheetRows.Cell(
              columns[at] >>> KIND_BITS, KINDS[columns[at] & ((1 << KIND_BITS) - 1)], values[at]));
      values[at] = "";
    }
    return new SheetRows.Row(numbers[read++], row);
  }
}
