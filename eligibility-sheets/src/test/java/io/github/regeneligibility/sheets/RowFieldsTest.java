package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Sector;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cells of a row read by hand (sectors split, whole numbers) read as the general rules say. */
final class RowFieldsTest {

  private static WorkbookApplications.Row read(String from, String to) throws IOException {
    String row = TestWorkbooks.validRow(2, "A-1").replace(from, to);
    return TestWorkbooks.rows(TestWorkbooks.sheet(TestWorkbooks.HEADER + row)).get(0);
  }

  @Test
  void wholeNumbersReadAlikeFromTextAndNumberCellsOfAnyForm() throws IOException {
    String given = "<c r=\"J2\"><v>4</v></c>";
    for (String cell :
        List.of(
            "<c r=\"J2\"><v>4.0</v></c>",
            "<c r=\"J2\"><v>0.4E1</v></c>",
            TestWorkbooks.inline("J2", "004"),
            TestWorkbooks.inline("J2", "4"))) {
      Application read = read(given, cell).input().application().orElseThrow();
      assertThat(read.getYearsToIndustrialization()).as(cell).isEqualTo(4);
    }
    assertThat(read(given, TestWorkbooks.inline("J2", "4.0")).input().problems())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("yearsToIndustrialization", FormatCode.WRONG_TYPE));
  }

  @Test
  void aNumberCellInATextFieldReadsAsItsPlainNumber() throws IOException {
    String given = TestWorkbooks.inline("B2", "Project");
    assertThat(name(read(given, "<c r=\"B2\"><v>1024</v></c>"))).isEqualTo("1024");
    assertThat(name(read(given, "<c r=\"B2\"><v>0010</v></c>"))).isEqualTo("10");
    assertThat(name(read(given, "<c r=\"B2\"><v>2.50E2</v></c>"))).isEqualTo("250");
    assertThat(name(read(given, "<c r=\"B2\"><v>-12</v></c>"))).isEqualTo("-12");
  }

  private static String name(WorkbookApplications.Row row) {
    return row.input().application().orElseThrow().getProjectName();
  }

  @Test
  void sectorsAreSplitOnEitherSeparatorAndEachIsReadAtItsIndex() throws IOException {
    String given = TestWorkbooks.inline("F2", "STEM_CELLS");
    assertThat(
            read(given, TestWorkbooks.inline("F2", "STEM_CELLS;免疫细胞、BIOMATERIALS"))
                .input()
                .application()
                .orElseThrow()
                .getSectors())
        .containsExactlyInAnyOrder(Sector.STEM_CELLS, Sector.IMMUNE_CELLS, Sector.BIOMATERIALS);
    assertThat(read(given, TestWorkbooks.inline("F2", "STEM_CELLS;;X")).input().problems())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sectors[1]", FormatCode.UNKNOWN_VALUE),
            org.assertj.core.groups.Tuple.tuple("sectors[2]", FormatCode.UNKNOWN_VALUE));
  }

  @Test
  void tooManySectorsAreCountedAsTheCsvReaderCountsThem() throws IOException {
    String many = "STEM_CELLS;".repeat(Application.MAX_SECTORS + 2) + "DRUG";
    List<Problem> problems =
        read(TestWorkbooks.inline("F2", "STEM_CELLS"), TestWorkbooks.inline("F2", many))
            .input()
            .problems();
    assertThat(problems)
        .filteredOn(p -> p.getCode() == FormatCode.TOO_MANY_ELEMENTS)
        .singleElement()
        .satisfies(p -> assertThat(p.getMessage(Language.ENGLISH)).contains("10"));
  }
}
