package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** Each bound of the reader refuses a workbook past it, with a problem, before any row is read. */
final class WorkbookBoundsTest {

  private static WorkbookException refused(ThrowableAssert.ThrowingCallable open) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(open);
    assertThat(thrown).isInstanceOf(WorkbookException.class);
    return (WorkbookException) thrown;
  }

  private static String limit(WorkbookException e) {
    assertThat(e.getProblems()).hasSize(1);
    Problem problem = e.getProblems().get(0);
    assertThat(problem.getCode()).isEqualTo(FormatCode.LIMIT_EXCEEDED);
    assertThat(problem.getMessage(Language.CHINESE))
        .isNotEqualTo(problem.getMessage(Language.ENGLISH));
    return problem.getMessage(Language.ENGLISH);
  }

  @Test
  void aZipBombIsRefusedOnceItsPartExpandsPastTheRatio() {
    // 48 MiB of one repeated row, which deflates to well under a hundredth of its size.
    String row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    String rows = row.repeat((48 << 20) / row.length());

    WorkbookException e =
        refused(() -> WorkbookApplications.open(TestWorkbooks.sheet(TestWorkbooks.HEADER + rows)));

    assertThat(limit(e)).contains("xl/worksheets/sheet1.xml").contains("100 times");
  }

  @Test
  void partsThatExpandPastTheTotalAreRefused() {
    StringBuilder rows = new StringBuilder(TestWorkbooks.HEADER);
    for (int r = 2; rows.length() < 3 << 20; r++) {
      rows.append(TestWorkbooks.validRow(r, "APP-" + r));
    }
    byte[] workbook = TestWorkbooks.sheet(rows.toString());

    WorkbookException e = refused(() -> WorkbookApplications.open(workbook, 2 << 20));

    assertThat(limit(e)).contains("expand to more than " + (2 << 20) + " bytes");
  }

  @Test
  void tooManyPartsAreRefusedBeforeAnyIsRead() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i <= WorkbookApplications.MAX_ENTRIES; i++) {
      parts.put("part" + i, new byte[0]);
    }

    WorkbookException e = refused(() -> WorkbookApplications.open(TestWorkbooks.zip(parts)));

    assertThat(limit(e)).contains("more than " + WorkbookApplications.MAX_ENTRIES + " parts");
  }

  /** The header row, then {@code count} rows of one number each (rows 2 to count + 1). */
  private static String headerAndRows(int count) {
    StringBuilder rows = new StringBuilder(TestWorkbooks.HEADER);
    for (int r = 2; r <= count + 1; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\"><v>")
          .append(r)
          .append("</v></c></row>");
    }
    return rows.toString();
  }

  @Test
  void moreThanTheMostRowsAreRefused() {
    String rows = headerAndRows(WorkbookApplications.MAX_ROWS + 1);

    WorkbookException e = refused(() -> WorkbookApplications.open(TestWorkbooks.sheet(rows)));

    assertThat(limit(e)).contains("more than 100000 rows").contains("row 100002");
  }

  @Test
  void theMostRowsAreRead() throws Exception {
    String rows = headerAndRows(WorkbookApplications.MAX_ROWS);
    try (WorkbookApplications reader = WorkbookApplications.open(TestWorkbooks.sheet(rows))) {
      assertThat(reader.rowCount()).isEqualTo(WorkbookApplications.MAX_ROWS);
    }
  }

  @Test
  void aCellPastTheStringLimitIsRefusedNamingItsCell() {
    String huge = "x".repeat(WorkbookApplications.MAX_CELL_CHARS + 1);
    String rows =
        TestWorkbooks.HEADER + "<row r=\"2\">" + TestWorkbooks.inline("C2", huge) + "</row>";

    WorkbookException e = refused(() -> WorkbookApplications.open(TestWorkbooks.sheet(rows)));

    assertThat(limit(e)).contains("'申请表'!C2").contains("32767 characters");
  }

  @Test
  void aSharedStringPastTheStringLimitRefusesTheCellThatUsesIt() {
    String shared =
        "<sst><si><t>" + "y".repeat(WorkbookApplications.MAX_CELL_CHARS + 1) + "</t></si></sst>";
    String rows = TestWorkbooks.HEADER + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>";

    WorkbookException e =
        refused(() -> WorkbookApplications.open(TestWorkbooks.sheet(rows, shared)));

    assertThat(limit(e)).contains("'申请表'!B2");
  }

  @Test
  void aTableOfSharedStringsPastItsBoundIsRefused() {
    StringBuilder shared = new StringBuilder("<sst>");
    for (int i = 0; i <= WorkbookApplications.MAX_SHARED_STRINGS; i++) {
      shared.append("<si><t>").append(Integer.toHexString(i * 7919)).append("</t></si>");
    }
    shared.append("</sst>");

    WorkbookException e =
        refused(
            () ->
                WorkbookApplications.open(
                    TestWorkbooks.sheet(TestWorkbooks.HEADER, shared.toString())));

    assertThat(limit(e)).contains("shared strings");
  }

  @Test
  void aDtdIsNeverReadAndAnExternalEntityNeverResolved() {
    String shared =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<sst><si><t>&xxe;</t></si></sst>";
    String rows = TestWorkbooks.HEADER + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>";

    WorkbookException e =
        refused(() -> WorkbookApplications.open(TestWorkbooks.sheet(rows, shared)));

    assertThat(e.getProblems())
        .extracting(Problem::getCode)
        .containsExactly(SheetCode.NOT_A_WORKBOOK);
    assertThat(e.getProblems().get(0).getMessage(Language.ENGLISH))
        .contains("xl/sharedStrings.xml")
        .doesNotContain("root:");
  }

  @Test
  void elementsNestedTooDeepAreRefused() {
    String deep = "<x>".repeat(Parts.MAX_DEPTH) + "</x>".repeat(Parts.MAX_DEPTH);
    String rows = TestWorkbooks.HEADER + "<row r=\"2\">" + deep + "</row>";

    WorkbookException e = refused(() -> WorkbookApplications.open(TestWorkbooks.sheet(rows)));

    assertThat(e.getProblems())
        .extracting(Problem::getCode)
        .containsExactly(SheetCode.NOT_A_WORKBOOK);
  }

  @Test
  void aWorkbookPastTheMostBytesIsRefusedWithoutReadingOn() {
    byte[] big = new byte[WorkbookApplications.MAX_WORKBOOK_BYTES + 1];

    WorkbookException e = refused(() -> WorkbookApplications.open(new ByteArrayInputStream(big)));

    assertThat(limit(e)).contains(String.valueOf(WorkbookApplications.MAX_WORKBOOK_BYTES));
  }

  @Test
  void aFileThatIsNotAZipIsNotAWorkbook() {
    WorkbookException e =
        refused(
            () ->
                WorkbookApplications.open(
                    "id,projectName\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(e.getProblems())
        .extracting(Problem::getCode)
        .containsExactly(SheetCode.NOT_A_WORKBOOK);
  }
}
