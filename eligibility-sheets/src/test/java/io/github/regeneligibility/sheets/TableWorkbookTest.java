package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TableWorkbookTest {

  private static byte[] written(List<String> header, List<? extends List<?>> rows)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWorkbook.write(out, "决定记录", header, rows);
    return out.toByteArray();
  }

  @Test
  void table_isTheHeaderThenOneRowPerItem_textAsText_numbersAsNumbers_nullsEmpty()
      throws IOException {
    byte[] workbook =
        written(
            List.of("id", "applicantName", "score"),
            List.of(
                List.of("rec-1", "瑞金再生医学有限公司", 82),
                Arrays.asList("rec-2", "=HYPERLINK(\"x\")", null)));

    Map<Integer, Map<String, String>> cells = TestWorkbooks.cells(workbook, 1);
    assertThat(cells.get(1))
        .containsExactly(
            Map.entry("A", "id"), Map.entry("B", "applicantName"), Map.entry("C", "score"));
    assertThat(cells.get(2)).containsEntry("B", "瑞金再生医学有限公司").containsEntry("C", "82");
    assertThat(cells.get(3)).containsEntry("B", "=HYPERLINK(\"x\")").doesNotContainKey("C");
    String sheet = TestWorkbooks.part(workbook, "xl/worksheets/sheet1.xml");
    assertThat(sheet).doesNotContain("<f>").contains("state=\"frozen\"").contains("<autoFilter");
    assertThat(TestWorkbooks.part(workbook, "xl/workbook.xml"))
        .as("the sheet named, its header filtered")
        .contains("&#x51b3;&#x5b9a;&#x8bb0;&#x5f55;") // 决定记录, as character references
        .contains("_xlnm._FilterDatabase");
  }

  @Test
  void rowLongerThanTheHeader_orACellOfAnotherKind_isRefused() {
    assertThatThrownBy(() -> written(List.of("id"), List.of(List.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> written(List.of("id"), List.of(List.of(new Object()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text or a number");
  }
}
