package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.http.support.WorkbookCells;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvResults;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line tool's subcommands: their exit statuses and output formats. */
final class CommandLineToolTest {
  private static final Path POLICIES = Path.of(System.getProperty("regen.policies", "../policies"));
  private static final String P2027 = POLICIES.resolve("park-intake-2027.1.json").toString();

  @TempDir static Path editions;

  /** The default edition's policy file, written from the edition embedded in the rules. */
  private static String p2026 = "";

  @BeforeAll
  static void writeTheDefaultEdition() throws IOException {
    p2026 =
        Files.writeString(
                editions.resolve("park-intake-2026.1.json"),
                EligibilityJson.create().writePolicy(Eligibility.defaultEdition()))
            .toString();
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return run(out, err, args);
  }

  /**
   * Runs the jar's command line in this JVM with {@code args}, writing to {@code out} and {@code
   * err}.
   */
  static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine commandLine = ServeCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void policy_printsTheDefaultEditionAsAPolicyFileThatReadsBackAsIt() throws Exception {
    EligibilityJson json = EligibilityJson.create();

    assertThat(run("policy")).isZero();

    assertThat(out.toString())
        .isEqualTo(json.writePolicy(Eligibility.defaultEdition()) + "\n")
        .startsWith("{\n  \"id\" : \"park-intake\",\n  \"version\" : \"2026.1\",\n")
        .endsWith("\n  \"eligibilityThreshold\" : 60\n}\n");
    assertThat(json.readPolicy(out.toString().getBytes(StandardCharsets.UTF_8), "printed"))
        .isEqualTo(Eligibility.defaultEdition());
    assertThat(err.toString()).isEmpty();
    assertThat(run("policy", "extra")).isEqualTo(2);
  }

  @Test
  void checkPolicy_validAndBrokenFiles_exits1NamingEveryProblem(@TempDir Path dir)
      throws Exception {
    Path broken =
        write(
            dir,
            "broken.json",
            Files.readString(Path.of(P2027))
                .replace("\"eligibilityThreshold\" : 65", "\"eligibilityThreshold\" : 101")
                .replace("\"horizonLimit\" : 8", "\"horizonLimit\" : 60"));

    assertThat(run("check-policy", p2026, P2027)).isZero();
    assertThat(out.toString()).contains("park-intake 2027.1 effective 2027-01-01");
    assertThat(run("check-policy", p2026, broken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("eligibilityThreshold", "horizonLimit");
    assertThat(run("check-policy")).isEqualTo(2);
  }

  @Test
  void impact_json_isTheRouteFormatWithTheShippedMatrix() throws Exception {
    assertThat(run("impact", p2026, P2027, "--format", "json")).isZero();

    JsonNode impact = new ObjectMapper().readTree(out.toString());
    assertThat(impact.get("domain").get("applications").asInt()).isEqualTo(1_096_704);
    assertThat(impact.get("domain").get("transitions")).hasSize(8);
  }

  @Test
  void impact_csvAndText_haveTheMatrixAndTheLargestMovements() {
    assertThat(run("impact", p2026, P2027, "--format", "csv")).isZero();
    assertThat(out.toString().lines())
        .hasSize(9)
        .first()
        .isEqualTo("scope,from,to,count,exampleIndex,exampleFromScore,exampleToScore");
    assertThat(out.toString()).contains("domain,ELIGIBLE,RESERVE,19452,");

    out.getBuffer().setLength(0);
    assertThat(run("impact", p2026, P2027)).isZero();
    assertThat(out.toString())
        .contains("| ELIGIBLE | 5,120 | 19,452 | 26,820 | 0 | 51,392 |")
        .contains("1. **PRIORITY → INELIGIBLE**: 25,032")
        .contains("| 60 | 189,068 |");
  }

  @Test
  void impact_cohortWithABadLineAndMissingFiles_countsTheGoodOnesOrExits1(@TempDir Path dir)
      throws Exception {
    Path cohort = dir.resolve("cohort.ndjson");
    Files.writeString(cohort, TestServer.APPLICATION + "\n\n{\"id\": 1}\n", StandardCharsets.UTF_8);

    JsonNode impact = impactOfOneGoodApplication(cohort);
    assertThat(impact.get("cohort").get("invalid").get(0).get("index").asInt()).isEqualTo(2);

    assertThat(run("impact", p2026, dir.resolve("none.json").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("none.json: cannot be read");
    assertThat(run("impact", p2026, P2027, "--format", "xml")).isEqualTo(2);
  }

  @Test
  void screen_ndjson_answersEveryLineAsTheBatchRouteDoes(@TempDir Path dir) throws Exception {
    Path in = write(dir, "in.ndjson", TestServer.APPLICATION + "\n{\"id\": \"X\"}\n");
    Path results = dir.resolve("out.ndjson");

    assertThat(run("screen", in.toString(), "--out", results.toString())).isZero();

    assertThat(Files.readAllLines(results))
        .hasSize(3)
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("{\"line\":1,\"assessment\":"))
        .satisfies(lines -> assertThat(lines.get(1)).startsWith("{\"line\":2,\"error\":"))
        .satisfies(
            lines ->
                assertThat(lines.get(2))
                    .isEqualTo("{\"end\":{\"lines\":2,\"assessments\":1,\"errors\":1}}"));
    assertThat(run("screen", dir.resolve("missing.ndjson").toString())).isEqualTo(1);
  }

  /**
   * Runs {@code impact} on {@code cohort} in JSON and returns the impact, one application counted.
   */
  private JsonNode impactOfOneGoodApplication(Path cohort) throws Exception {
    assertThat(run("impact", p2026, P2027, "--cohort", cohort.toString(), "--format", "json"))
        .isZero();
    JsonNode impact = new ObjectMapper().readTree(out.toString());
    assertThat(impact.get("cohort").get("applications").asInt()).isEqualTo(1);
    return impact;
  }

  /** Writes {@code text} in UTF-8 to the file {@code name} in {@code dir}; returns the file. */
  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A CSV cohort: the library's header, the test application, then a record with problems. */
  private static final String CSV_COHORT =
      String.join(",", CsvApplications.COLUMNS)
          + "\nAPP-2026-0001,Allogeneic MSC therapy,Example Regenerative Co.,DOMESTIC,INNOVATOR,"
          + "STEM_CELLS;TISSUE_ENGINEERING,STEM_CELLS,DRUG,CLINICAL_APPROVED,4\n"
          + "X-2,,,DOMESTIC,INNOVATOR,STEM_CELLS,STEM_CELLS,DRUG,PRECLINICAL,many\n";

  @Test
  void impact_csvCohort_readsItByExtensionWithTheLibrarysReader(@TempDir Path dir)
      throws Exception {
    Path cohort = write(dir, "cohort.csv", CSV_COHORT);

    JsonNode invalid = impactOfOneGoodApplication(cohort).get("cohort").get("invalid");
    assertThat(invalid).hasSize(1);
    assertThat(invalid.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(invalid.get(0).get("problems").findValuesAsText("code"))
        .contains("PROJECT_NAME_REQUIRED", "WRONG_TYPE");

    Path named = dir.resolve("cohort.txt");
    Files.writeString(named, "id,role\n", StandardCharsets.UTF_8);
    assertThat(run("impact", p2026, P2027, "--cohort", named.toString(), "--cohort-format", "csv"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("cohort.txt: not valid CSV", "projectName: ");
  }

  @Test
  void screen_csvToCsvAndToNdjson_answersEveryRecordInTheChosenFormat(@TempDir Path dir)
      throws Exception {
    Path in = write(dir, "in.csv", CSV_COHORT);
    Path csv = dir.resolve("out.csv");
    Path ndjson = dir.resolve("out.txt");

    assertThat(run("screen", in.toString(), "--out", csv.toString())).isZero();
    assertThat(
            run("screen", in.toString(), "--out", ndjson.toString(), "--output-format", "ndjson"))
        .isZero();

    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(String.join(",", CsvResults.COLUMNS));
    assertThat(rows.get(1)).startsWith("1,APP-2026-0001,PRIORITY,");
    assertThat(rows.get(2)).startsWith("2,X-2,").contains("projectName: ");
    assertThat(Files.readAllLines(ndjson))
        .hasSize(3)
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("{\"line\":1,\"assessment\":"))
        .satisfies(
            lines ->
                assertThat(lines.get(1))
                    .startsWith("{\"line\":2,\"error\":")
                    .contains("\"code\":\"PROJECT_NAME_REQUIRED\""));
  }

  @Test
  void screen_labelsZh_writesTheSpreadsheetCsv_andRefusesItForNdjson(@TempDir Path dir)
      throws Exception {
    Path in = write(dir, "in.csv", CSV_COHORT);
    Path csv = dir.resolve("out.csv");

    assertThat(run("screen", in.toString(), "--out", csv.toString(), "--labels", "zh")).isZero();
    assertThat(run("screen", in.toString(), "--output-format", "ndjson", "--labels", "zh"))
        .isEqualTo(2);
    assertThat(run("screen", in.toString(), "--labels", "fr")).isEqualTo(2);

    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("\uFEFF行号,记录序号,申请编号,");
    assertThat(rows.get(1)).startsWith("2,1,APP-2026-0001,").contains("重点引进项目");
    assertThat(rows.get(2)).startsWith("3,2,X-2,").contains("“项目名称”");
  }

  @Test
  void screen_ndjsonToCsv_writesTheLibrarysResultsByTheOutExtension(@TempDir Path dir)
      throws Exception {
    Path in = write(dir, "in.ndjson", TestServer.APPLICATION + "\n\n{\"id\": \"X\"}\n");
    Path results = dir.resolve("out.csv");

    assertThat(run("screen", in.toString(), "--out", results.toString())).isZero();

    List<String> rows = Files.readAllLines(results);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("1,APP-2026-0001,PRIORITY,");
    assertThat(rows.get(2)).startsWith("3,,").contains("projectName: ");
    assertThat(run("screen", in.toString(), "--output-format", "xml")).isEqualTo(2);
  }

  @Test
  void screen_workbook_answersEachRowInNdjson_andInAResultsWorkbookByTheOutExtension(
      @TempDir Path dir) throws Exception {
    Path in = dir.resolve("filled.xlsx");
    try (var fixture =
        CommandLineToolTest.class.getResourceAsStream(
            "/io/github/regeneligibility/http/routes/template-filled-by-libreoffice.xlsx")) {
      Files.write(in, java.util.Objects.requireNonNull(fixture).readAllBytes());
    }
    Path ndjson = dir.resolve("out.ndjson");
    Path workbook = dir.resolve("out.xlsx");

    assertThat(run("screen", in.toString(), "--out", ndjson.toString())).isZero();
    assertThat(run("screen", in.toString(), "--out", workbook.toString(), "--language", "zh"))
        .isZero();

    List<String> lines = Files.readAllLines(ndjson);
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("{\"line\":1,\"assessment\":");
    assertThat(lines.get(3)).startsWith("{\"line\":5,\"error\":").contains("\"cell\":\"'申请表'!A6\"");
    assertThat(lines.get(5)).startsWith("{\"end\":{\"lines\":5,");
    var results = WorkbookCells.sheet(Files.readAllBytes(workbook), 2);
    assertThat(results).hasSize(1 + 5);
    assertThat(results.get(2)).containsEntry("A", "2").containsEntry("B", "TPL-001");
  }

  @Test
  void screen_aFileThatIsNotAWorkbook_exits1_namingTheProblem(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("not.xlsx"), "id,projectName\n");

    assertThat(run("screen", in.toString())).isEqualTo(1);

    assertThat(err.toString()).contains("not a workbook of applications that can be read");
    assertThat(run("impact", p2026, P2027, "--cohort", in.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("a cohort is read from NDJSON or CSV, not from a workbook");
  }
}
