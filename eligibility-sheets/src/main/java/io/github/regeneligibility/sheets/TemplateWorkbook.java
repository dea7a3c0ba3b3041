package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Labelled;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the workbook an officer fills in: a first sheet named {@value #SHEET}, its header row
 * naming each field in Chinese, each column with an input hint (a note on its header), and a
 * drop-down list (data validation) on every single-valued field of the vocabulary; then a second
 * sheet that explains each column and lists every value with its code. Filled in and read by {@link
 * WorkbookApplications}, it needs no other step.
 */
public final class TemplateWorkbook {

  /** The name of the sheet to fill in. */
  public static final String SHEET = "申请表";

  /** The vocabularies the second sheet lists, in order, by the field that names them. */
  private static final ImmutableMap<String, Class<? extends Enum<?>>> VOCABULARIES =
      ImmutableMap.of(
          "origin", Origin.class,
          "role", Role.class,
          "sectors", Sector.class,
          "pathway", Pathway.class,
          "stage", Stage.class);

  /** The fields with a drop-down list, each by the vocabulary it lists. */
  private static final ImmutableMap<String, String> LISTS =
      ImmutableMap.of(
          "origin", "origin",
          "role", "role",
          "primarySector", "sectors",
          "pathway", "pathway",
          "stage", "stage");

  private static final int[] WIDTHS = {18, 30, 30, 14, 22, 26, 16, 26, 22, 14};

  private TemplateWorkbook() {}

  /**
   * Writes the template to {@code out}, hints and explanations in {@code language} (the header is
   * in Chinese in every language); {@code out} is flushed and left open.
   */
  public static void write(OutputStream out, Language language) throws IOException {
    Workbook workbook = new Workbook(new KeepOpen(out), "regen-eligibility", null);
    Worksheet form = workbook.newWorksheet(SHEET);
    Worksheet guide = workbook.newWorksheet(SheetTexts.text("template.guideSheet").in(language));

    List<String> fields = Columns.FIELDS;
    guide.value(0, 0, text("template.column", language));
    guide.value(0, 1, text("template.field", language));
    guide.value(0, 2, text("template.hint", language));
    for (int c = 0; c < 3; c++) {
      guide.style(0, c).bold().set();
    }
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      String hint = text("hint." + field, language);
      form.value(0, i, SheetTexts.field(field).in(Language.CHINESE));
      form.style(0, i).bold().fillColor("DDEBF7").set();
      form.width(i, WIDTHS[i]);
      form.comment(0, i, hint);
      guide.value(i + 1, 0, SheetTexts.field(field).in(Language.CHINESE));
      guide.value(i + 1, 1, field);
      guide.value(i + 1, 2, hint);
    }
    guide.width(0, 16);
    guide.width(1, 26);
    guide.width(2, 70);

    int column = 4;
    for (Map.Entry<String, Class<? extends Enum<?>>> vocabulary : VOCABULARIES.entrySet()) {
      String field = vocabulary.getKey();
      Enum<?>[] values = vocabulary.getValue().getEnumConstants();
      guide.value(0, column, SheetTexts.field(field).in(Language.CHINESE));
      guide.value(0, column + 1, text("template.code", language));
      guide.style(0, column).bold().set();
      guide.style(0, column + 1).bold().set();
      for (int i = 0; i < values.length; i++) {
        guide.value(i + 1, column, ((Labelled) values[i]).label(Language.CHINESE));
        guide.value(i + 1, column + 1, values[i].name());
      }
      guide.width(column, 24);
      guide.width(column + 1, 24);
      for (Map.Entry<String, String> list : LISTS.entrySet()) {
        if (list.getValue().equals(field)) {
          int at = fields.indexOf(list.getKey());
          form.range(1, at, WorkbookApplications.MAX_ROWS, at)
              .validateWithList(guide.range(1, column, values.length, column))
              .showDropdown(true)
              .allowBlank(true)
              .showErrorMessage(true)
              .errorTitle(text("template.codes", language))
              .error(text("template.listError", language));
        }
      }
      column += 3;
    }
    form.freezePane(0, 1);
    form.finish();
    guide.finish();
    workbook.finish();
  }

  private static String text(String key, Language language) {
    return SheetTexts.text(key).in(language);
  }
}
