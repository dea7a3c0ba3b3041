package io.github.regeneligibility.sheets;

import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Texts;

/**
 * The codes of a workbook that cannot be read as one of applications. A workbook past a bound is
 * refused with {@link io.github.regeneligibility.json.FormatCode#LIMIT_EXCEEDED}, and a cell that
 * cannot be read with the codes of CSV and JSON input; texts in {@code
 * problems_<locale>.properties} beside this enum.
 */
public enum SheetCode implements ProblemCode {
  /** The file is not a workbook that can be read: not a zip, a part missing or not XML. */
  NOT_A_WORKBOOK,
  /** The first sheet holds nothing, so it names no columns. */
  NO_HEADER,
  /** A cell holds a value in a column that the header leaves unnamed. */
  UNNAMED_COLUMN;

  private final Template template;

  SheetCode() {
    this.template = Template.of(Texts.wording(this, "problems"));
  }

  @Override
  public Template template() {
    return template;
  }
}
