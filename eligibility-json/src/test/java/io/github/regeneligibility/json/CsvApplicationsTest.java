package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CsvApplicationsTest {

  private static final String HEADER = String.join(",", CsvApplications.COLUMNS);
  private static final String VALID =
      "A-1,Cartilage MSC,Applicant,DOMESTIC,INNOVATOR,STEM_CELLS;TISSUE_ENGINEERING,STEM_CELLS,"
          + "DRUG,PRECLINICAL,4";

  /** The problems of the format exception reading {@code lines} raises, described in English. */
  private static List<String> described(String... lines) {
    return refusal(lines).stream().map(p -> p.describe(Language.ENGLISH)).toList();
  }

  /** The messages, in English, of the format exception reading {@code lines} raises. */
  private static List<String> messages(String... lines) {
    return refusal(lines).stream().map(p -> p.getMessage(Language.ENGLISH)).toList();
  }

  private static List<Problem> refusal(String... lines) {
    CsvFormatException refusal = catchThrowableOfType(CsvFormatException.class, () -> read(lines));
    assertThat(refusal).as("a format exception").isNotNull();
    return refusal.getProblems();
  }

  private static List<CsvApplications.Row> read(String... lines) throws IOException {
    List<CsvApplications.Row> rows = new ArrayList<>();
    try (CsvApplications csv = CsvApplications.open(new StringReader(String.join("\n", lines)))) {
      for (Optional<CsvApplications.Row> row = csv.next(); row.isPresent(); row = csv.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  private static CsvApplications.Row only(String... lines) throws IOException {
    List<CsvApplications.Row> rows = read(lines);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static List<String> problems(CsvApplications.Row row) {
    return row.input().problems().stream().map(p -> p.describe(Language.ENGLISH)).toList();
  }

  /** The header in the Chinese labels of the glossary, in another order than the JSON names. */
  private static final String CHINESE_HEADER =
      "项目名称,申请编号,申请单位,企业性质,企业类型,所属领域,主要领域,申报路径,研发阶段,距产业化年限";

  @Test
  void read_chineseHeaderAndLabels_givesTheSameApplicationAsTheCodes() throws IOException {
    CsvApplications.Row chinese =
        only(
            CHINESE_HEADER,
            "Cartilage MSC,A-1,Applicant,内资,原研原创企业,干细胞、组织工程,干细胞," + "药品（含细胞和基因治疗产品）,临床前研究,4");
    CsvApplications.Row codes = only(HEADER, VALID);

    assertThat(chinese.id()).hasValue("A-1");
    assertThat(chinese.input().application()).isPresent().isEqualTo(codes.input().application());
  }

  @Test
  void read_codesAndLabelsMixed_areBothRead() throws IOException {
    CsvApplications.Row row =
        only(
            "id,项目名称,applicantName,origin,企业类型,sectors,主要领域,pathway,stage,距产业化年限",
            "A-2,P,A,中外合资,SERVICE_PROVIDER,生物材料;GENE_ENGINEERING、免疫细胞,基因工程,,,3");

    assertThat(row.input().application())
        .hasValueSatisfying(
            application -> {
              assertThat(application.getRole()).isEqualTo(Role.SERVICE_PROVIDER);
              assertThat(application.getSectors())
                  .containsExactlyInAnyOrder(
                      Sector.BIOMATERIALS, Sector.GENE_ENGINEERING, Sector.IMMUNE_CELLS);
              assertThat(application.getPrimarySector()).isEqualTo(Sector.GENE_ENGINEERING);
            });
  }

  @Test
  void read_unknownChineseValue_isAProblemListingTheLabels() throws IOException {
    CsvApplications.Row row =
        only(CHINESE_HEADER, "P,A-3,A,国内,原研原创企业,干细胞,干细胞,药品（含细胞和基因治疗产品）,临床前研究,4");

    assertThat(row.input().problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getPath()).isEqualTo("origin");
              assertThat(problem.getMessage(Language.CHINESE))
                  .isEqualTo("“企业性质”不接受 \"国内\"：可选值为“内资”、“外资”、“中外合资”。");
            });
  }

  @Test
  void open_fieldNamedByItsCodeAndItsLabel_isRefusedAsGivenTwice() {
    assertThat(described(HEADER.replace("origin", "项目名称"), VALID))
        .containsExactly(
            "origin: origin is required.", "projectName: projectName is given more than once.");
  }

  @Test
  void read_validRecord_givesTheApplication() throws IOException {
    CsvApplications.Row row = only(HEADER, VALID);

    assertThat(row.number()).isEqualTo(1);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.id()).hasValue("A-1");
    assertThat(row.input().application())
        .hasValueSatisfying(
            application -> {
              assertThat(application.getRole()).isEqualTo(Role.INNOVATOR);
              assertThat(application.getSectors())
                  .containsExactly(Sector.STEM_CELLS, Sector.TISSUE_ENGINEERING);
              assertThat(application.getStage()).hasValue(Stage.PRECLINICAL);
              assertThat(application.getYearsToIndustrialization()).isEqualTo(4);
            });
  }

  @Test
  void read_columnsInAnotherOrder_areReadByName() throws IOException {
    CsvApplications.Row row =
        only(
            "yearsToIndustrialization,stage,pathway,primarySector,sectors,role,origin,"
                + "applicantName,projectName,id",
            "0,,,STEM_CELLS,STEM_CELLS,SERVICE_PROVIDER,FOREIGN,Applicant,CDMO,B-2");

    assertThat(row.input().application())
        .hasValueSatisfying(a -> assertThat(a.getId()).isEqualTo("B-2"));
  }

  @Test
  void read_unknownEnumNames_areProblemsNamingTheirColumns() throws IOException {
    CsvApplications.Row row =
        only(
            HEADER,
            "A-1,Cartilage MSC,Applicant,domestic,INVENTOR,STEM_CELLS,STEM_CELL,DRUGS,"
                + "PRECLINICAL,4");

    assertThat(problems(row))
        .containsExactly(
            "origin: origin must be one of DOMESTIC, FOREIGN, JOINT_VENTURE, not \"domestic\".",
            "role: role must be one of INNOVATOR, MANUFACTURER, SERVICE_PROVIDER, SUPPLY_CHAIN,"
                + " not \"INVENTOR\".",
            "primarySector: primarySector must be one of IMMUNE_CELLS, STEM_CELLS,"
                + " TISSUE_ENGINEERING, GENE_ENGINEERING, BIOMATERIALS, OTHER_REGENERATIVE,"
                + " NON_REGENERATIVE, not \"STEM_CELL\".",
            "pathway: pathway must be one of DRUG, DEVICE, CLINICAL_RESEARCH, not \"DRUGS\".");
  }

  @Test
  void read_unreadableSectors_areProblemsOfTheirElementsAndNotAlsoAMismatchedPrimary()
      throws IOException {
    CsvApplications.Row row =
        only(
            HEADER,
            "A-1,Name,Applicant,DOMESTIC,INNOVATOR,STEM_CELLS; BIOMATERIALS;,BIOMATERIALS,"
                + "DRUG,PRECLINICAL,4");

    assertThat(row.input().problems())
        .extracting(Problem::getPath, p -> p.getCode().name())
        .containsExactly(
            tuple("sectors[1]", "UNKNOWN_VALUE"), tuple("sectors[2]", "UNKNOWN_VALUE"));
  }

  @Test
  void read_yearsThatAreNoWholeNumber_areAProblemNotACoercion() throws IOException {
    for (String years : new String[] {"five", "4.0", "+4", " 4", "1234567890"}) {
      CsvApplications.Row row =
          only(HEADER, VALID.substring(0, VALID.lastIndexOf(',') + 1) + "\"" + years + "\"");

      assertThat(problems(row))
          .as(years)
          .containsExactly(
              "yearsToIndustrialization: yearsToIndustrialization must be a whole number.");
    }
  }

  @Test
  void read_wholeNumberOutOfRange_isReportedByValidation() throws IOException {
    CsvApplications.Row row = only(HEADER, VALID.substring(0, VALID.lastIndexOf(',') + 1) + "-1");

    assertThat(problems(row))
        .containsExactly(
            "yearsToIndustrialization: yearsToIndustrialization must be a whole number from 0 to"
                + " 50.");
  }

  @Test
  void read_emptyCells_areAbsentFieldsThatValidationReports() throws IOException {
    CsvApplications.Row row = only(HEADER, ",,,,INNOVATOR,,,,,");

    assertThat(row.id()).isEmpty();
    assertThat(row.input().problems())
        .extracting(Problem::getPath)
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
    CsvApplications.Row row =
        only(
            HEADER,
            "bad id,Name,Applicant,DOMESTIC,SUPPLY_CHAIN,STEM_CELLS,STEM_CELLS,,MARKETED,x");

    assertThat(row.id()).hasValue("bad id");
    assertThat(row.input().problems())
        .extracting(Problem::getPath)
        .containsExactly("id", "stage", "yearsToIndustrialization");
  }

  @Test
  void read_recordWithTooFewCells_isAProblemOfTheWholeRecord() throws IOException {
    CsvApplications.Row row = only(HEADER, "A-1,Name,Applicant");

    assertThat(problems(row))
        .containsExactly(
            "$: The record has 3 cells where the header has 10: check for a missing or extra"
                + " comma, or quote a cell that holds one.");
  }

  @Test
  void read_repeatedId_isTwoApplications() throws IOException {
    assertThat(read(HEADER, VALID, VALID))
        .extracting(CsvApplications.Row::number, row -> row.input().isValid())
        .containsExactly(tuple(1L, true), tuple(2L, true));
  }

  @Test
  void read_blankLinesAndCellsOverSeveralLines_keepTheFileLineNumbers() throws IOException {
    List<CsvApplications.Row> rows =
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
        .extracting(
            CsvApplications.Row::number, CsvApplications.Row::line, row -> row.input().isValid())
        .containsExactly(tuple(1L, 3L, true), tuple(2L, 6L, false), tuple(3L, 8L, false));
    assertThat(rows.get(1).input().problems())
        .extracting(Problem::getPath)
        .containsExactly("projectName");
  }

  @Test
  void read_byteOrderMark_isNotPartOfTheFirstColumnName() throws IOException {
    assertThat(read("\uFEFF" + HEADER, VALID)).hasSize(1);
  }

  @Test
  void read_malformedCsv_isAFormatExceptionNamingTheLine() {
    assertThat(messages(HEADER, VALID, "A-3,\"Unclosed,Applicant"))
        .containsExactly(
            "The body is not well-formed CSV: a quote is not closed, or text follows"
                + " a closing quote (line 3).");
  }

  @Test
  void open_headerWithoutAColumnOrWithAnUnknownOne_isRefusedNamingBoth() {
    assertThat(described(HEADER.replace(",stage", ",phase"), VALID))
        .containsExactly(
            "stage: stage is required.",
            "phase: phase is not a known property: check its spelling (unknown"
                + " properties are refused).");
  }

  @Test
  void open_headerNamingAColumnTwice_isRefusedSayingSo() {
    assertThat(described(HEADER.replace(",origin", ",id"), VALID))
        .containsExactly(
            "$: The body is not well-formed CSV: a column is named twice in the" + " header.");
  }

  @Test
  void write_assessedAndRefusedRecords_oneRowEachInTheRequestedLanguage() throws IOException {
    List<CsvApplications.Row> rows =
        read(
            HEADER,
            VALID,
            "bad id,Name,Applicant,DOMESTIC,INNOVATOR,"
                + "STEM_CELLS,STEM_CELLS,DRUG,PRECLINICAL,4");
    StringWriter out = new StringWriter();
    try (CsvResults results = CsvResults.open(out, Language.CHINESE)) {
      results.write(
          1,
          io.github.regeneligibility.rules.Eligibility.assessor(
                  io.github.regeneligibility.rules.Eligibility.defaultEdition())
              .assess(rows.get(0).input().application().orElseThrow()));
      results.write(2, rows.get(1).id().orElseThrow(), rows.get(1).input().problems());
    }

    assertThat(out.toString().lines())
        .containsExactly(
            "line,id,tier,score,sectorFit,maturity,horizon,role,tierReason,edition,problems",
            "1,A-1,ELIGIBLE,63,30,10,15,8,TIER_SCORE_AT_THRESHOLD,park-intake 2026.1,",
            "2,bad id,,,,,,,,,id: “申请编号”须为 1 至 64 个字符，只能包含英文字母、数字、点（.）、下划线（_）和连字符（-）。");
  }
}
