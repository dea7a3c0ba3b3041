package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetRowsTest {
  private static final String SHARED =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<si><t>shared</t></si></sst>";

  @Test
  void eachTypeOfCellIsReadFromItsAttributesAsWritten() throws Exception {
    List<SheetRows.Row> rows =
        read(
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B3\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                + "<c t=\"str\" r=\"C3\"><f>A1</f><v>formula</v></c>"
                + "<c r=\"D3\" t=\"n\"><v>5</v></c><c r=\"E3\"><v>6</v></c>"
                + "<c r=\"F3\" t=\"b\"><v>1</v></c><c><v>7</v></c>"
                + "<c r=\"AB3\" t=\"s \"><v>0</v></c><c t=\" s\" r=\"AC3\"><v>0</v></c></row>"
                + "<row><c r=\"A4\" t=\"\"><v>8</v></c></row>");

    assertThat(rows).extracting(SheetRows.Row::number).containsExactly(3, 4);
    assertThat(rows.get(0).cells())
        .containsExactly(
            new SheetRows.Cell(1, SheetRows.Kind.TEXT, "shared"),
            new SheetRows.Cell(2, SheetRows.Kind.TEXT, "inline"),
            new SheetRows.Cell(3, SheetRows.Kind.TEXT, "formula"),
            new SheetRows.Cell(4, SheetRows.Kind.NUMBER, "5"),
            new SheetRows.Cell(5, SheetRows.Kind.NUMBER, "6"),
            new SheetRows.Cell(6, SheetRows.Kind.OTHER, "1"),
            new SheetRows.Cell(7, SheetRows.Kind.NUMBER, "7"),
            // a type with white space is not "s": the cell's text is kept as it is
            new SheetRows.Cell(28, SheetRows.Kind.OTHER, "0"),
            new SheetRows.Cell(29, SheetRows.Kind.OTHER, "0"));
    assertThat(rows.get(1).cells())
        .containsExactly(new SheetRows.Cell(1, SheetRows.Kind.OTHER, "8"));
  }

  @Test
  void aReferenceWithWhiteSpaceIsNotACellReference() {
    for (String cell :
        List.of(
            "<c r=\" A2\"><v>1</v></c>",
            "<c r=\"A2 \"><v>1</v></c>",
            "<c r=\"\"><v>1</v></c>",
            "<c r=\"A3\"><v>1</v></c>")) {
      assertThatThrownBy(() -> read("<row r=\"2\">" + cell + "</row>"))
          .isInstanceOfSatisfying(
              WorkbookException.class,
              e ->
                  assertThat(e.getProblems())
                      .extracting(problem -> problem.getMessage(Language.ENGLISH))
                      .containsExactly(
                          "The file is not an .xlsx workbook that can be read: the part"
                              + " xl/worksheets/sheet1.xml holds a row or cell reference that is"
                              + " not valid or out of order."));
    }
    assertThatThrownBy(() -> read("<row r=\" 2\"><c><v>1</v></c></row>"))
        .isInstanceOf(WorkbookException.class);
  }

  private static List<SheetRows.Row> read(String rows) throws Exception {
    List<SheetRows.Row> read = new ArrayList<>();
    try (Parts parts =
            Parts.open(TestWorkbooks.sheet(rows, SHARED), WorkbookApplications.MAX_EXPANDED_BYTES);
        SheetRows sheet =
            new SheetRows(
                parts,
                "xl/worksheets/sheet1.xml",
                "申请表",
                SharedStrings.read(parts, "xl/sharedStrings.xml"))) {
      for (SheetRows.Row row = sheet.next(); row != null; row = sheet.next()) {
        read.add(row);
      }
    }
    return read;
  }
}
