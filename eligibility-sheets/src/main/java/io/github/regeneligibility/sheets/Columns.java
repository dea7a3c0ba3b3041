package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.rules.PolicyCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a sheet, as its header row names them: each application field once, by its JSON
 * name ({@code primarySector}) or its Simplified Chinese label (主要领域), in any order, as the CSV
 * reader takes them.
 */
final class Columns {

  /** The fields, in their order. */
  static final ImmutableList<String> FIELDS = ApplicationForm.FIELDS;

  private static final ImmutableMap<String, String> NAMES = names();

  /** The column of each field (from 1), by the field's index in {@link #FIELDS}. */
  private final int[] columns;

  /** The index in {@link #FIELDS} of each column's field, by column (from 1); -1 for none. */
  private final int[] fields;

  private Columns(int[] columns, int[] fields) {
    this.columns = columns;
    this.fields = fields;
  }

  private static ImmutableMap<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String field : FIELDS) {
      names.put(field, field);
      names.put(SheetTexts.field(field).in(Language.CHINESE), field);
    }
    return ImmutableMap.copyOf(names);
  }

  /**
   * Reads the header row {@code header} of sheet {@code sheet}.
   *
   * @throws WorkbookException naming the cell of each unknown or repeated column, and each missing
   *     one
   */
  static Columns of(SheetRows.Row header, String sheet) throws WorkbookException {
    int[] columns = new int[FIELDS.size()];
    List<Problem> problems = new ArrayList<>();
    for (SheetRows.Cell cell : header.cells()) {
      String at = CellReference.cell(sheet, cell.column(), header.number());
      String field = cell.kind() == SheetRows.Kind.TEXT ? NAMES.get(cell.value()) : null;
      if (field == null) {
        problems.add(
            SheetTexts.inCell(
                Problem.of(Template.echo(cell.value()), FormatCode.UNKNOWN_PROPERTY), at));
        continue;
      }
      int index = FIELDS.indexOf(field);
      if (columns[index] != 0) {
        problems.add(SheetTexts.inCell(Problem.of(field, FormatCode.DUPLICATE_PROPERTY), at));
        continue;
      }
      columns[index] = cell.column();
    }
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] == 0) {
        problems.add(
            SheetTexts.inCell(
                Problem.of(FIELDS.get(i), PolicyCode.MISSING_PROPERTY),
                CellReference.row(sheet, header.number())));
      }
    }
    if (!problems.isEmpty()) {
      throw new WorkbookException(problems.subList(0, Math.min(problems.size(), 100)));
    }
    int last = Arrays.stream(columns).max().orElse(0);
    int[] fields = new int[last + 1];
    Arrays.fill(fields, -1);
    for (int i = 0; i < columns.length; i++) {
      fields[columns[i]] = i;
    }
    return new Columns(columns, fields);
  }

  /**
   * Returns the index in {@link #FIELDS} of the field of column {@code column}, or -1 where the
   * header names none.
   */
  int field(int column) {
    return column < fields.length ? fields[column] : -1;
  }

  /** Returns the column of {@code field}. */
  int column(String field) {
    return columns[FIELDS.indexOf(field)];
  }
}
