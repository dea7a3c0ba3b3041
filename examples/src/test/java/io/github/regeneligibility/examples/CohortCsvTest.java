package io.github.regeneligibility.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

final class CohortCsvTest {

  private static final String HEADER = String.join(",", CohortCsv.COLUMNS);
  private static final String VALID =
      "A-1,Cartilage MSC,Applicant,DOMESTIC,INNOVATOR,STEM_CELLS;TISSUE_ENGINEERING,STEM_CELLS,"
          + "DRUG,PRECLINICAL,4";

  private static ImmutableList<CohortRow> read(String... lines) throws IOException {
    return CohortCsv.read(new StringReader(String.join("\n", lines)));
  }

  private static CohortRow only(String... lines) throws IOException {
    ImmutableList<CohortRow> rows = read(lines);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void read_validRow_givesTheApplication() throws IOException {
    CohortRow row = only(HEADER, VALID);

    assertThat(row.line()).isEqualTo(2);
    assertThat(row.problems()).isEmpty();
    assertThat(row.application()).hasValueSatisfying(application -> {
      assertThat(application.getId()).isEqualTo("A-1");
      assertThat(application.getRole()).isEqualTo(Role.INNOVATOR);
      assertThat(application.getSectors())
          .containsExactly(Sector.STEM_CELLS, Sector.TISSUE_ENGINEERING);
      assertThat(application.getStage()).hasValue(Stage.PRECLINICAL);
      assertThat(application.getYearsToIndustrialization()).isEqualTo(4);
    });
  }

  @Test
  void read_columnsInAnotherOrder_areReadByName() throws IOException {
    CohortRow row =
        only(
            "yearsToIndustrialization,stage,pathway,primarySector,sectors,role,origin,"
                + "applicantName,projectName,id",
            "0,,,STEM_CELLS,STEM_CELLS,SERVICE_PROVIDER,FOREIGN,Applicant,CDMO,B-2");

    assertThat(row.application()).hasValueSatisfying(a -> assertThat(a.getId()).isEqualTo("B-2"));
  }

  @Test
  void read_unknownEnumNames_areProblemsNamingTheirColumns() throws IOException {
    CohortRow row =
        only(
            HEADER,
            "A-1,Cartilage MSC,Applicant,domestic,INVENTOR,STEM_CELLS,STEM_CELL,DRUGS,"
                + "PRECLINICAL,4");

    assertThat(row.application()).isEmpty();
    assertThat(row.problems())
        .containsExactly(
            new CohortRow.Problem(
                "origin",
                "origin must be one of DOMESTIC, FOREIGN, JOINT_VENTURE, not 'domestic'."),
            new CohortRow.Problem(
                "role",
                "role must be one of INNOVATOR, MANUFACTURER, SERVICE_PROVIDER, SUPPLY_CHAIN, not"
                    + " 'INVENTOR'."),
            new CohortRow.Problem(
                "primarySector",
                "primarySector must be one of IMMUNE_CELLS, STEM_CELLS, TISSUE_ENGINEERING,"
                    + " GENE_ENGINEERING, BIOMATERIALS, OTHER_REGENERATIVE, NON_REGENERATIVE, not"
                    + " 'STEM_CELL'."),
            new CohortRow.Problem(
                "pathway",
                "pathway must be one of DRUG, DEVICE, CLINICAL_RESEARCH, not 'DRUGS'."));
  }

  @Test
  void read_unreadableSectors_isOneProblemAndNotAlsoAMismatchedPrimarySector() throws IOException {
    CohortRow row =
        only(HEADER, "A-1,Name,Applicant,DOMESTIC,INNOVATOR,STEM_CELLS; BIOMATERIALS;,STEM_CELLS,"
            + "DRUG,PRECLINICAL,4");

    assertThat(row.problems())
        .containsExactly(
            new CohortRow.Problem(
                "sectors",
                "sectors must be names of IMMUNE_CELLS, STEM_CELLS, TISSUE_ENGINEERING,"
                    + " GENE_ENGINEERING, BIOMATERIALS, OTHER_REGENERATIVE, NON_REGENERATIVE,"
                    + " separated by ';', not ' BIOMATERIALS', ''."));
  }

  @Test
  void read_yearsThatAreNoWholeNumber_areAProblemNotACoercion() throws IOException {
    for (String years : new String[] {"five", "4.0", "+4", " 4", "1234567890"}) {
      CohortRow row =
          only(HEADER, VALID.substring(0, VALID.lastIndexOf(',') + 1) + "\"" + years + "\"");

      assertThat(row.problems())
          .as(years)
          .containsExactly(
              new CohortRow.Problem(
                  "yearsToIndustrialization",
                  "yearsToIndustrialization must be a whole number from 0 to 50, not '"
                      + years
                      + "'."));
    }
  }

  @Test
  void read_wholeNumberOutOfRange_isReportedByValidation() throws IOException {
    CohortRow row = only(HEADER, VALID.substring(0, VALID.lastIndexOf(',') + 1) + "-1");

    assertThat(row.problems())
        .containsExactly(
            new CohortRow.Problem(
                "yearsToIndustrialization",
                "yearsToIndustrialization must be a whole number from 0 to 50."));
  }

  @Test
  void read_emptyCells_areAbsentAttributesThatValidationReports() throws IOException {
    CohortRow row = only(HEADER, ",,,,INNOVATOR,,,,,");

    assertThat(row.problems())
        .extracting(CohortRow.Problem::field)
        .containsExactly(
            "id",
            "projectName",
            "applicantName",
            "origin",
            "sectors",
            "primarySector",
            "pathway",
            "stage",
            "yearsToIndustrialization");
  }

  @Test
  void read_unreadableCellAndBrokenRule_areReportedTogetherInColumnOrder() throws IOException {
    CohortRow row =
        only(
            HEADER,
            "bad id,Name,Applicant,DOMESTIC,SUPPLY_CHAIN,STEM_CELLS,STEM_CELLS,,MARKETED,x");

    assertThat(row.problems())
        .extracting(CohortRow.Problem::field)
        .containsExactly("id", "stage", "yearsToIndustrialization");
  }

  @Test
  void read_rowWithTooFewCells_isAProblemOfTheRow() throws IOException {
    CohortRow row = only(HEADER, "A-1,Name,Applicant");

    assertThat(row.problems())
        .containsExactly(
            new CohortRow.Problem(
                "row",
                "the row has 3 cells where the header has 10: check for a missing or extra"
                    + " comma, or quote a cell that holds one"));
  }

  @Test
  void read_repeatedId_isAProblemOfTheLaterRow() throws IOException {
    ImmutableList<CohortRow> rows = read(HEADER, VALID, VALID);

    assertThat(rows.get(0).application()).isPresent();
    assertThat(rows.get(1).problems())
        .containsExactly(
            new CohortRow.Problem(
                "id", "id A-1 is already the id of the row on line 2: give each application its"
                    + " own id"));
  }

  @Test
  void read_blankLinesAndCellsOverSeveralLines_keepTheFileLineNumbers() throws IOException {
    ImmutableList<CohortRow> rows =
        read(
            HEADER,
            "",
            VALID,
            "",
            "",
            "A-2,\"Two-line",
            "name\",Applicant,DOMESTIC,INNOVATOR,STEM_CELLS,STEM_CELLS,DRUG,PRECLINICAL,4",
            "bad id,Name,Applicant,DOMESTIC,INNOVATOR,STEM_CELLS,STEM_CELLS,DRUG,PRECLINICAL,4");

    assertThat(rows)
        .extracting(CohortRow::line, row -> row.problems().isEmpty())
        .containsExactly(tuple(3, true), tuple(6, false), tuple(8, false));
    assertThat(rows.get(1).problems())
        .extracting(CohortRow.Problem::field)
        .containsExactly("projectName");
  }

  @Test
  void read_byteOrderMark_isNotPartOfTheFirstColumnName() throws IOException {
    assertThat(read("\uFEFF" + HEADER, VALID)).hasSize(1);
  }

  @Test
  void read_malformedCsv_isAnIOExceptionNamingTheLine() {
    assertThatThrownBy(() -> read(HEADER, VALID, "A-3,\"Unclosed,Applicant"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void read_headerWithoutAColumnOrWithAnUnknownOne_isRefused() {
    assertThatThrownBy(() -> read(HEADER.replace(",stage", ",phase"), VALID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the header must name the columns id, projectName, applicantName, origin,"
                + " role, sectors, primarySector, pathway, stage, yearsToIndustrialization (in any"
                + " order); missing: [stage], unknown: [phase]");
  }
}
