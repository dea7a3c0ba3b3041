package io.github.regeneligibility.screening;

import static io.github.regeneligibility.sheets.TestWorkbooks.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Screening a workbook saved by LibreOffice Calc: records, answers in NDJSON and as a workbook. */
final class XlsxScreeningTest {
  private static final Screening SCREENING =
      Screening.of(Eligibility.assessor(Eligibility.defaultEdition()));

  private static byte[] fixture() throws IOException {
    try (InputStream in = XlsxScreeningTest.class.getResourceAsStream("applications.xlsx")) {
      return in.readAllBytes();
    }
  }

  @Test
  void eachRowIsScreenedInOrderNumberedByItsRow() throws IOException {
    List<Screened> records = new ArrayList<>();
    SCREENING.read(new ByteArrayInputStream(fixture()), RecordFormat.XLSX).forEach(records::add);

    assertThat(records).extracting(Screened::number).containsExactly(1L, 3L, 4L, 6L);
    assertThat(records).extracting(Screened::line).containsExactly(2L, 4L, 5L, 7L);
    assertThat(records).extracting(Screened::isAssessed).containsExactly(true, true, false, true);
    assertThat(records.get(2).problem().orElseThrow().errors())
        .extracting(p -> p.getCell().orElseThrow())
        .contains("'申请表'!C5", "'申请表'!I5");
  }

  @Test
  void theNdjsonAnswerOfAWorkbookNamesTheCellOfEachProblem() throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    SCREENING
        .read(new ByteArrayInputStream(fixture()), RecordFormat.XLSX)
        .answer(answer, RecordFormat.NDJSON, Language.CHINESE);
    String[] lines = answer.toString(StandardCharsets.UTF_8).split("\n");

    assertThat(lines).hasSize(5);
    assertThat(lines[2])
        .startsWith("{\"line\":4,\"error\":")
        .contains("\"field\":\"origin\",\"cell\":\"'申请表'!C5\",\"code\":\"UNKNOWN_VALUE\"")
        .contains("单元格 '申请表'!C5：");
    assertThat(lines[4]).contains("\"assessments\":3").contains("\"errors\":1");
  }

  @Test
  void theWorkbookAnswerHasASummaryAndOneRowPerApplication() throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    List<Screened> records = new ArrayList<>();
    SCREENING.read(new ByteArrayInputStream(fixture()), RecordFormat.XLSX).forEach(records::add);
    SCREENING
        .read(new ByteArrayInputStream(fixture()), RecordFormat.XLSX)
        .answer(answer, RecordFormat.XLSX, Language.ENGLISH);

    String summary = part(answer.toByteArray(), "xl/worksheets/sheet1.xml");
    String results = part(answer.toByteArray(), "xl/worksheets/sheet2.xml");
    assertThat(count(results, "<row ")).isEqualTo(1 + records.size());
    assertThat(summary).contains("<v>4</v>"); // rows screened
    assertThat(results).contains("!C5: ", "<c r=\"A4\"", "<v>5</v>");
  }

  @Test
  void aWorkbookPastABoundIsRefusedBeforeAnythingIsAnswered() {
    assertThatThrownBy(
            () ->
                SCREENING.read(
                    new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)),
                    RecordFormat.XLSX))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getCode)
                    .doesNotContain(FormatCode.MALFORMED_CSV)
                    .hasSize(1));
  }

  private static int count(String text, String what) {
    Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
