package io.github.regeneligibility.sheets;

import io.github.regeneligibility.model.Template;

/**
 * Excel's references: columns as letters ({@code A} … {@code XFD}), cells as {@code F7}, and either
 * with the sheet's own name, quoted: {@code '申请表'!F7}, {@code '申请表'!7:7} for a whole row. Columns
 * and rows are numbered from 1, as Excel shows them.
 */
final class CellReference {

  /** The most columns of a sheet (XFD). */
  static final int MAX_COLUMNS = 16_384;

  /** The most rows of a sheet. */
  static final int MAX_ROWS = 1_048_576;

  /** The most characters of a sheet's name that a reference echoes: a valid name's most. */
  private static final int SHEET_NAME_ECHO = 31;

  private CellReference() {}

  /** Returns the letters of column {@code column}, from 1: 1 is A, 27 is AA. */
  static String column(int column) {
    StringBuilder letters = new StringBuilder(3);
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.append((char) ('A' + (n - 1) % 26));
    }
    return letters.reverse().toString();
  }

  /**
   * Returns the column (from 1) of a cell reference such as {@code F7}, or 0 when it is not one
   * within a sheet's bounds; {@code row} must be the row the reference names, else 0.
   */
  static int parseColumn(CharSequence reference, int row) {
    int column = 0;
    int i = 0;
    while (i < reference.length() && i < 4) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
      i++;
    }
    if (i == 0 || column > MAX_COLUMNS || parseRow(reference, i) != row) {
      return 0;
    }
    return column;
  }

  /** Returns the row number {@code digits} names, or 0 when it is not one within a sheet. */
  static int parseRow(CharSequence digits) {
    return parseRow(digits, 0);
  }

  /**
   * Returns the row number that {@code text} names from index {@code from} to its end (so that a
   * cell's reference is read without a copy of its digits), or 0 when it is not one within a sheet.
   */
  private static int parseRow(CharSequence text, int from) {
    int length = text.length() - from;
    if (length <= 0 || length > 7 || text.charAt(from) == '0') {
      return 0;
    }
    int row = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      row = row * 10 + (c - '0');
    }
    return row <= MAX_ROWS ? row : 0;
  }

  /** Returns the reference of cell ({@code column}, {@code row}) on sheet {@code sheet}. */
  static String cell(String sheet, int column, int row) {
    return sheet(sheet) + column(column) + row;
  }

  /** Returns the reference of the whole of row {@code row} on sheet {@code sheet}. */
  static String row(String sheet, int row) {
    return sheet(sheet) + row + ":" + row;
  }

  private static String sheet(String name) {
    return "'" + Template.echo(name, SHEET_NAME_ECHO).replace("'", "''") + "'!";
  }
}
