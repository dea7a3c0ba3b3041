package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.FieldLabel;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.util.Map;

/**
 * The texts of this package, from {@code sheets_<locale>.properties}; the fields' names are the
 * model's {@link FieldLabel}s.
 */
final class SheetTexts {
  private static final Texts TEXTS = Texts.read(SheetTexts.class, "sheets");

  private SheetTexts() {}

  /** Returns the text of {@code key}, its facts filled in. */
  static Text text(String key, Map<String, ?> facts) {
    return Template.of(TEXTS.get(key)).render(facts);
  }

  /** Returns the text of {@code key}, which names no fact. */
  static Text text(String key) {
    return TEXTS.get(key);
  }

  /** Returns the name of {@code field} (a JSON name) in a header, in every language. */
  static Text field(String field) {
    return FieldLabel.ofField(field)
        .orElseThrow(() -> new IllegalStateException("no label for the field " + field));
  }

  /** Returns the problem of a workbook past a bound, {@code limit} saying which. */
  static Problem limit(String limit, Map<String, ?> facts) {
    return Problem.of(
        Problem.WHOLE, FormatCode.LIMIT_EXCEEDED, Map.of("limit", text("limit." + limit, facts)));
  }

  /** Returns the problem of a file that is not a workbook, {@code detail} saying why. */
  static Problem notAWorkbook(String detail, Map<String, ?> facts) {
    return Problem.of(
        Problem.WHOLE,
        SheetCode.NOT_A_WORKBOOK,
        ImmutableMap.of("detail", text("detail." + detail, facts)));
  }

  /**
   * Returns {@code problem} as found in {@code cell}: the cell beside its field, and named in its
   * message in every language.
   */
  static Problem inCell(Problem problem, String cell) {
    return new Problem.Builder()
        .from(problem)
        .cell(cell)
        .text(text("cell", ImmutableMap.of("cell", cell, "problem", problem.getText())))
        .build();
  }
}
