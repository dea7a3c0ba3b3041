package io.github.regeneligibility.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.rules.Eligibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScreenCohortTest {

  /** The output and the results file of one screening: the assessed records, then the others. */
  private record Screening(List<String> output, List<CSVRecord> all) {
    /** The rows of the assessed records. */
    List<CSVRecord> results() {
      return all.stream().filter(r -> r.get("problems").isEmpty()).toList();
    }
  }

  private static Screening screen(InputStream cohort) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter results = new StringWriter();
    ScreenCohort.screen(
        cohort,
        Eligibility.defaultEdition(),
        results,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(results.toString()))
            .getRecords();
    return new Screening(bytes.toString(StandardCharsets.UTF_8).lines().toList(), records);
  }

  private static Screening screenBundled() throws IOException {
    try (InputStream cohort = ScreenCohort.bundled()) {
      return screen(cohort);
    }
  }

  @Test
  void screen_bundledCohort_ranksByTierThenScoreThenId() throws IOException {
    Screening screening = screenBundled();

    // Worked out by hand from the default edition for each row of cohort.csv; ties in tier and
    // score go by id (RM-001, RM-009, RM-020 at 100; RM-004, RM-023 at 78).
    assertThat(screening.results())
        .extracting(r -> r.get("id"))
        .containsExactly(
            "RM-001", "RM-009", "RM-020", "RM-010", "RM-015", "RM-019", "RM-006", // PRIORITY
            "RM-004", "RM-023", "RM-024", "RM-028", "RM-026", "RM-022", "RM-018", // ELIGIBLE
            "RM-012", "RM-005", "RM-002", "RM-013", "RM-014", "RM-027", "RM-017", "RM-021",
            "RM-003", "RM-011", "RM-025", // RESERVE
            "RM-007", "RM-016", "RM-008"); // INELIGIBLE
    assertThat(screening.output())
        .containsSubsequence(
            "rank  id      tier        score  project",
            "   1  RM-001  PRIORITY      100  Autologous CD19 CAR-T cell injection",
            "  28  RM-008  INELIGIBLE     38  Small-molecule anti-fibrotic tablet");
  }

  @Test
  void screen_bundledCohort_writesTierScorePointsAndReasonOfKnownRows() throws IOException {
    Screening screening = screenBundled();

    assertThat(screening.results().get(0).getParser().getHeaderNames())
        .containsExactly(
            "line",
            "id",
            "tier",
            "score",
            "sectorFit",
            "maturity",
            "horizon",
            "role",
            "tierReason",
            "edition",
            "problems");
    assertThat(screening.results())
        .extracting(r -> r.toList().subList(1, 10))
        .contains(
            // MANUFACTURER, IMMUNE_CELLS, DRUG, MARKETED, 0 years: 30 + 40 + 20 + 10 = 100;
            // a product past the CLINICAL_APPROVED milestone is PRIORITY.
            List.of(
                "RM-001",
                "PRIORITY",
                "100",
                "30",
                "40",
                "20",
                "10",
                "TIER_PRIORITY_MILESTONE",
                "park-intake 2026.1"),
            // INNOVATOR, OTHER_REGENERATIVE only, CLINICAL_RESEARCH, CLINICAL_APPROVED, 8 years:
            // 10 + 24 + 8 + 8 = 50, yet PRIORITY: the milestone outranks the score.
            List.of(
                "RM-006",
                "PRIORITY",
                "50",
                "10",
                "24",
                "8",
                "8",
                "TIER_PRIORITY_MILESTONE",
                "park-intake 2026.1"),
            // SUPPLY_CHAIN, primary NON_REGENERATIVE + STEM_CELLS, 1 year:
            // 20 (a secondary focus sector) + 20 (operating service) + 20 + 5 = 65 >= 60.
            List.of(
                "RM-005",
                "ELIGIBLE",
                "65",
                "20",
                "20",
                "20",
                "5",
                "TIER_SCORE_AT_THRESHOLD",
                "park-intake 2026.1"),
            // SUPPLY_CHAIN, primary OTHER_REGENERATIVE + BIOMATERIALS, 4 years:
            // 20 + 20 + 15 + 5 = 60, exactly the threshold.
            List.of(
                "RM-014",
                "ELIGIBLE",
                "60",
                "20",
                "20",
                "15",
                "5",
                "TIER_SCORE_AT_THRESHOLD",
                "park-intake 2026.1"),
            // INNOVATOR, NON_REGENERATIVE + GENE_ENGINEERING, CLINICAL_APPLICATION, 4 years:
            // 20 + 16 + 15 + 8 = 59, one below the threshold.
            List.of(
                "RM-027",
                "RESERVE",
                "59",
                "20",
                "16",
                "15",
                "8",
                "TIER_SCORE_BELOW_THRESHOLD",
                "park-intake 2026.1"),
            // INNOVATOR, STEM_CELLS, DRUG, CLINICAL_APPROVED, 11 years: 30 + 24 + 0 + 8 = 62,
            // but 11 years exceed the horizon limit of 10: INELIGIBLE, however high the score.
            List.of(
                "RM-007",
                "INELIGIBLE",
                "62",
                "30",
                "24",
                "0",
                "8",
                "TIER_GATE_FAILED",
                "park-intake 2026.1"),
            // SUPPLY_CHAIN, NON_REGENERATIVE only, 0 years: 0 + 20 + 20 + 5 = 45, out of scope.
            List.of(
                "RM-016",
                "INELIGIBLE",
                "45",
                "0",
                "20",
                "20",
                "5",
                "TIER_GATE_FAILED",
                "park-intake 2026.1"));
  }

  @Test
  void screen_bundledCohort_listsEveryProblemOfEveryInvalidRowByLine() throws IOException {
    Screening screening = screenBundled();

    assertThat(screening.output().stream().filter(line -> line.startsWith("line ")))
        .containsExactly(
            "line 11: stage: stage must be omitted for the SERVICE_PROVIDER and SUPPLY_CHAIN"
                + " roles.",
            "line 20: id: id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.",
            "line 27: primarySector: primarySector must be one of sectors: add it to sectors or"
                + " choose another.",
            "line 33: stage: stage must be one of DISCOVERY, PRECLINICAL, CLINICAL_APPLICATION,"
                + " CLINICAL_APPROVED, CLINICAL_TRIAL_EARLY, CLINICAL_TRIAL_PIVOTAL,"
                + " MARKETING_APPLICATION, MARKETING_APPROVED, MARKETED, not \"PHASE_2\".",
            "line 33: yearsToIndustrialization: yearsToIndustrialization must be a whole"
                + " number.");
    // The invalid records follow the assessed ones, by their record number (the header and
    // line 1 not counted), with their problems in place of a tier.
    assertThat(screening.all().subList(28, 32))
        .extracting(r -> r.get("line"), r -> r.get("tier"), r -> r.get("problems").isEmpty())
        .containsExactly(
            tuple("10", "", false),
            tuple("19", "", false),
            tuple("26", "", false),
            tuple("32", "", false));
  }

  @Test
  void screen_bundledCohort_endsWithTierCountsAndRowCounts() throws IOException {
    Screening screening = screenBundled();

    assertThat(screening.output())
        .endsWith(
            "",
            "Tiers: 7 PRIORITY, 12 ELIGIBLE, 6 RESERVE, 3 INELIGIBLE",
            "32 rows: 28 assessed, 4 invalid");
    assertThat(screening.results()).hasSize(28);
    assertThat(screening.all()).hasSize(32);
  }

  @Test
  void screen_everyRowValid_printsNoInvalidSection() throws IOException {
    Screening screening =
        screen(
            new ByteArrayInputStream(
                String.join(
                        "\n",
                        String.join(",", CsvApplications.COLUMNS),
                        "A-1,Scaffold,Applicant,DOMESTIC,MANUFACTURER,BIOMATERIALS,BIOMATERIALS,"
                            + "DEVICE,MARKETED,0")
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(screening.output()).noneMatch(line -> line.startsWith("Invalid rows"));
    assertThat(screening.output()).last().isEqualTo("1 row: 1 assessed, 0 invalid");
  }

  @Test
  void run_resultsPathGiven_writesTheResultsThere(@TempDir Path directory) throws IOException {
    Path results = directory.resolve("out").resolve("results.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ScreenCohort.run(
        new String[] {results.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(Files.readAllLines(results, StandardCharsets.UTF_8))
        .hasSize(33)
        .first()
        .isEqualTo(
            "line,id,tier,score,sectorFit,maturity,horizon,role,tierReason,edition,problems");
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .contains("32 rows: 28 assessed, 4 invalid")
        .last()
        .isEqualTo("Results written to " + results);
  }

  @Test
  void run_cohortPathGiven_readsThatFile(@TempDir Path directory) throws IOException {
    Path cohort = directory.resolve("cohort.csv");
    Files.writeString(
        cohort,
        String.join(",", CsvApplications.COLUMNS)
            + "\nB-1,Vector plant,Applicant,FOREIGN,SERVICE_PROVIDER,GENE_ENGINEERING,"
            + "GENE_ENGINEERING,,,3\n",
        StandardCharsets.UTF_8);
    Path results = directory.resolve("results.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ScreenCohort.run(
        new String[] {results.toString(), cohort.toString()},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // SERVICE_PROVIDER, GENE_ENGINEERING, 3 years: 30 + 20 + 15 + 8 = 73.
    assertThat(Files.readAllLines(results, StandardCharsets.UTF_8))
        .containsExactly(
            "line,id,tier,score,sectorFit,maturity,horizon,role,tierReason,edition,problems",
            "1,B-1,ELIGIBLE,73,30,20,15,8,TIER_SCORE_AT_THRESHOLD,park-intake 2026.1,");
  }
}
