package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.ValidityCode;
import io.github.regeneligibility.rules.PolicyCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads workbooks saved by LibreOffice Calc, and rows of every kind of cell. */
final class WorkbookApplicationsTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = WorkbookApplicationsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsTheFirstSheetOfAWorkbookSavedByLibreOffice() throws IOException {
    // applications.xlsx: applications.fods converted by `soffice --headless --convert-to xlsx`;
    // Chinese headers in another order, labels and codes, number cells, empty rows, a second sheet.
    List<WorkbookApplications.Row> rows = TestWorkbooks.rows(fixture("applications.xlsx"));

    assertThat(rows).extracting(WorkbookApplications.Row::row).containsExactly(2, 4, 5, 7);
    assertThat(rows).extracting(WorkbookApplications.Row::number).containsExactly(1L, 3L, 4L, 6L);
    assertThat(rows)
        .extracting(row -> row.id().orElseThrow())
        .containsExactly("APP-001", "APP-002", "APP-003", "APP-004");

    Application first = rows.get(0).input().application().orElseThrow();
    assertThat(first.getProjectName()).isEqualTo("干细胞治疗膝骨关节炎");
    assertThat(first.getApplicantName()).isEqualTo("北京再生医学有限公司");
    assertThat(first.getRole()).isEqualTo(Role.MANUFACTURER);
    assertThat(first.getSectors())
        .containsExactlyInAnyOrder(Sector.STEM_CELLS, Sector.IMMUNE_CELLS);
    assertThat(first.getStage()).contains(Stage.PRECLINICAL);
    assertThat(first.getYearsToIndustrialization()).isEqualTo(4);

    Application second = rows.get(1).input().application().orElseThrow();
    assertThat(second.getOrigin()).isEqualTo(Origin.FOREIGN);
    assertThat(second.getSectors())
        .containsExactlyInAnyOrder(Sector.TISSUE_ENGINEERING, Sector.BIOMATERIALS);
    assertThat(second.getYearsToIndustrialization()).isEqualTo(6); // text holding a whole number

    assertThat(rows.get(3).input().application().orElseThrow().getYearsToIndustrialization())
        .isZero();
  }

  @Test
  void everyProblemOfARowNamesItsCellAndSaysSoInBothLanguages() throws IOException {
    WorkbookApplications.Row bad = TestWorkbooks.rows(fixture("applications.xlsx")).get(2);

    assertThat(bad.input().isValid()).isFalse();
    assertThat(bad.input().problems())
        .extracting(Problem::getPath, p -> p.getCell().orElseThrow(), Problem::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("origin", "'申请表'!C5", FormatCode.UNKNOWN_VALUE),
            org.assertj.core.groups.Tuple.tuple(
                "primarySector", "'申请表'!F5", ValidityCode.PRIMARY_SECTOR_NOT_IN_SECTORS),
            org.assertj.core.groups.Tuple.tuple(
                "pathway", "'申请表'!G5", ValidityCode.PATHWAY_NOT_ALLOWED),
            org.assertj.core.groups.Tuple.tuple(
                "stage", "'申请表'!H5", ValidityCode.STAGE_NOT_ALLOWED),
            org.assertj.core.groups.Tuple.tuple(
                "yearsToIndustrialization", "'申请表'!I5", FormatCode.WRONG_TYPE));
    Problem origin = bad.input().problems().get(0);
    assertThat(origin.getMessage(Language.ENGLISH)).startsWith("Cell '申请表'!C5: ").contains("火星");
    assertThat(origin.getMessage(Language.CHINESE)).startsWith("单元格 '申请表'!C5：");
  }

  @Test
  void theTemplateReadsBackAsAnEmptySheetOfApplications() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    TemplateWorkbook.write(out, Language.CHINESE);

    try (WorkbookApplications reader = WorkbookApplications.open(out.toByteArray())) {
      assertThat(reader.sheetName()).isEqualTo("申请表");
      assertThat(reader.headerRow()).isEqualTo(1);
      assertThat(reader.rowCount()).isZero();
      assertThat(reader.next()).isEmpty();
    }
  }

  @Test
  void aHeaderNamesEachFieldOnceByJsonNameOrLabel() {
    byte[] workbook =
        TestWorkbooks.sheet(
            "<row r=\"2\">"
                + TestWorkbooks.inline("A2", "申请编号")
                + TestWorkbooks.inline("B2", "id")
                + TestWorkbooks.inline("C2", "颜色")
                + "</row>");

    assertThatThrownBy(() -> WorkbookApplications.open(workbook))
        .isInstanceOfSatisfying(
            WorkbookException.class,
            e -> {
              assertThat(e.getProblems())
                  .extracting(Problem::getCode)
                  .startsWith(FormatCode.DUPLICATE_PROPERTY, FormatCode.UNKNOWN_PROPERTY)
                  .contains(PolicyCode.MISSING_PROPERTY);
              assertThat(e.getProblems().get(0).getCell()).contains("'申请表'!B2");
              assertThat(e.getProblems().get(1).getCell()).contains("'申请表'!C2");
              assertThat(e.getProblems().get(2).getCell()).contains("'申请表'!2:2");
            });
  }

  @Test
  void aCellUnderNoColumnAndCellsOfTheWrongKindAreProblemsOfTheirRow() throws IOException {
    String row =
        TestWorkbooks.validRow(2, "A-1")
            .replace("<c r=\"J2\"><v>4</v></c>", "<c r=\"J2\"><v>1E+12</v></c>")
            .replace("</row>", TestWorkbooks.inline("L2", "extra") + "</row>");

    WorkbookApplications.Row read =
        TestWorkbooks.rows(TestWorkbooks.sheet(TestWorkbooks.HEADER + row)).get(0);

    assertThat(read.input().problems())
        .extracting(p -> p.getCell().orElseThrow(), Problem::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("'申请表'!L2", SheetCode.UNNAMED_COLUMN),
            org.assertj.core.groups.Tuple.tuple("'申请表'!J2", FormatCode.WRONG_TYPE));
  }

  @Test
  void sharedStringsRichTextAndFormulaResultsAreRead() throws IOException {
    String shared =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><r><t>STEM_</t></r><r><t>CELLS</t></r><rPh><t>x</t></rPh></si>"
            + "<si><t>DRUG</t></si></sst>";
    String row =
        TestWorkbooks.validRow(2, "A-1")
            .replace(TestWorkbooks.inline("F2", "STEM_CELLS"), "<c r=\"F2\" t=\"s\"><v>0</v></c>")
            .replace(
                TestWorkbooks.inline("H2", "DRUG"),
                "<c r=\"H2\" t=\"str\"><f>Sheet2!A1</f><v>DRUG</v></c>");

    WorkbookApplications.Row read =
        TestWorkbooks.rows(TestWorkbooks.sheet(TestWorkbooks.HEADER + row, shared)).get(0);

    assertThat(read.input().application().orElseThrow().getSectors())
        .containsExactly(Sector.STEM_CELLS);
  }

  @Test
  void rowsKeptFromTheCheckAreTheRowsReadAgain() throws IOException {
    // Past the budget of the rows kept, the sheet is parsed a second time: the rows are the same.
    String shared =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>STEM_CELLS</t></si><si><t>DRUG</t></si></sst>";
    StringBuilder rows = new StringBuilder(TestWorkbooks.HEADER);
    for (int r = 2; r < 40; r++) {
      if (r % 7 == 0) {
        continue; // an empty row, counted
      }
      String row = TestWorkbooks.validRow(r, "APP-" + r);
      if (r % 3 == 0) {
        row =
            row.replace(
                TestWorkbooks.inline("F" + r, "STEM_CELLS"),
                "<c r=\"F" + r + "\" t=\"s\"><v>0</v></c>");
      }
      if (r % 5 == 0) {
        row =
            row.replace("<v>4</v>", "<v>1E+12</v>")
                .replace("</row>", TestWorkbooks.inline("L" + r, "extra") + "</row>");
      }
      rows.append(row);
    }
    for (byte[] workbook :
        List.of(fixture("applications.xlsx"), TestWorkbooks.sheet(rows.toString(), shared))) {
      List<WorkbookApplications.Row> kept = TestWorkbooks.rows(workbook, KeptRows.BUDGET, true);
      List<WorkbookApplications.Row> readAgain = TestWorkbooks.rows(workbook, 0, false);

      assertThat(kept).anyMatch(row -> row.input().isValid());
      assertThat(kept).anyMatch(row -> !row.input().isValid());
      assertThat(kept).usingRecursiveComparison().isEqualTo(readAgain);
    }
  }

  @Test
  void anEmptySheetHasNoHeader() {
    assertThatThrownBy(() -> WorkbookApplications.open(TestWorkbooks.sheet("<row r=\"1\"/>")))
        .isInstanceOfSatisfying(
            WorkbookException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getCode)
                    .containsExactly(SheetCode.NO_HEADER));
  }
}
