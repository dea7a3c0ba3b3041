package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.Browser;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.http.support.WorkbookCells;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Screening a file on the page, in a real browser: counts, table, downloads (CSV and workbook),
 * encodings, a workbook uploaded.
 */
final class ScreeningIT {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();
  @RegisterExtension static final Browser browser = new Browser();

  private static final Path COHORT =
      Path.of(System.getProperty("regen.cases"))
          .resolveSibling("examples/src/main/resources/cohort.csv");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String HEADER =
      "id,projectName,applicantName,origin,role,sectors,primarySector,pathway,stage,"
          + "yearsToIndustrialization\n";

  @TempDir static Path files;

  @Test
  void cohortCsv_screened_showsTheCountsTheLibraryGives_andEveryRecord() throws IOException {
    String cohort = Files.readString(COHORT);
    Path file = Files.writeString(files.resolve("cohort.csv"), cohort);
    browser.open(server.uri("/?lang=en").toString());

    browser.screen(file);

    Map<String, Integer> expected = countsByTheLibrary(cohort);
    assertThat(expected.keySet()).contains("INVALID").containsAll(tierNames());
    for (Map.Entry<String, Integer> count : expected.entrySet()) {
      assertThat(browser.find("[data-count='" + count.getKey() + "']").getText())
          .as(count.getKey())
          .isEqualTo(String.valueOf(count.getValue()));
    }
    int records = expected.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(browser.find("[data-count='TOTAL']").getText()).isEqualTo(String.valueOf(records));
    assertThat(browser.findAll("[data-result='results'] tbody tr")).hasSize(records);
    assertThat(browser.findAll("tr[data-tier='INVALID']"))
        .allSatisfy(
            row -> assertThat(row.findElements(By.cssSelector("[data-problem-for]"))).isNotEmpty());
    assertThat(browser.find("[data-result='encoding']").getDomAttribute("data-value"))
        .isEqualTo("UTF-8");
  }

  @Test
  void screeningForm_submitted_staysOnThePageAndScreensTheFileAgain() throws IOException {
    Path file = Files.writeString(files.resolve("submitted.csv"), Files.readString(COHORT));
    String page = server.uri("/?lang=en").toString();
    browser.open(page);
    browser.screen(file);
    browser.script(
        "document.getElementById('screen-result').removeAttribute('data-elapsed-ms');"
            + " document.getElementById('screening').requestSubmit(); return true;");

    browser
        .waiting()
        .until(d -> browser.find("#screen-result").getDomAttribute("data-elapsed-ms") != null);

    assertThat(browser.driver().getCurrentUrl()).isEqualTo(page);
    assertThat(browser.findAll("[data-result='results'] tbody tr")).isNotEmpty();
  }

  @Test
  void download_holdsTheBatchRoutesCsvAnswerForTheFile() throws IOException {
    byte[] cohort = Files.readAllBytes(COHORT);
    String downloaded = screenAndDownload(cohort, "download", "en");

    HttpResponse<String> answer = csvAnswer(cohort, "en");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(downloaded).isEqualTo(answer.body());
  }

  @Test
  void download_onTheChinesePage_isTheSpreadsheetCsv_withAByteOrderMarkAndChineseHeaders()
      throws IOException {
    byte[] cohort = Files.readAllBytes(COHORT);
    String downloaded = screenAndDownload(cohort, "spreadsheet", "zh");

    HttpResponse<String> answer = spreadsheetAnswer(cohort);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(downloaded).isEqualTo(answer.body()).startsWith("\uFEFF行号,");
  }

  /**
   * Screens {@code cohort}, as the file {@code name}.csv, on the page in {@code lang}; returns the
   * results downloaded from its link.
   */
  private static String screenAndDownload(byte[] cohort, String name, String lang)
      throws IOException {
    Path file = Files.write(files.resolve(name + ".csv"), cohort);
    browser.open(server.uri("/?lang=" + lang).toString());
    browser.screen(file);

    browser.find("a[data-result='download']").click();
    return Browser.read(browser.downloaded(name + "-results.csv"));
  }

  @Test
  void gb18030File_isDecodedInTheBrowser_sentAsUtf8_andSaysSo() throws IOException {
    String text =
        HEADER
            + "GB-1,自体间充质干细胞注射液,北京再生医学有限公司,DOMESTIC,INNOVATOR,STEM_CELLS,"
            + "STEM_CELLS,DRUG,CLINICAL_APPROVED,4\n"
            + "GB-2,骨修复支架,大兴生物材料公司,国内,INNOVATOR,BIOMATERIALS,BIOMATERIALS,DEVICE,"
            + "PRECLINICAL,3\n";
    Path file = Files.write(files.resolve("gb18030.csv"), text.getBytes(GB18030));
    browser.open(server.uri("/?lang=zh").toString());

    browser.screen(file);

    assertThat(browser.find("[data-result='encoding']").getDomAttribute("data-value"))
        .isEqualTo("GB18030");
    assertThat(browser.find("[data-result='encoding']").getText())
        .contains(PageText.READ_AS_GB18030.in(io.github.regeneligibility.model.Language.CHINESE));
    assertThat(browser.find("[data-count='PRIORITY']").getText()).isEqualTo("1");
    assertThat(browser.find("[data-count='INVALID']").getText()).isEqualTo("1");
    assertThat(browser.find("tr[data-line='2']").getText()).contains("国内");

    browser.find("a[data-result='download']").click();
    String downloaded = Browser.read(browser.downloaded("gb18030-results.csv"));
    assertThat(downloaded)
        .isEqualTo(spreadsheetAnswer(text.getBytes(StandardCharsets.UTF_8)).body());
    browser.open(server.uri("/?lang=en").toString());
  }

  @Test
  void results_sortedByTier_listTheHighestTierFirst_thenByScore() throws IOException {
    Path file = Files.write(files.resolve("sorting.csv"), Files.readAllBytes(COHORT));
    browser.open(server.uri("/?lang=en").toString());
    browser.screen(file);

    browser.find("th[data-sort='tier'] button").click();

    List<WebElement> rows = browser.findAll("[data-result='results'] tbody tr");
    List<Integer> ranks = new ArrayList<>();
    for (WebElement row : rows) {
      String tier = String.valueOf(row.getDomAttribute("data-tier"));
      ranks.add(tier.equals("INVALID") ? -1 : Tier.valueOf(tier).ordinal());
    }
    assertThat(ranks).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(browser.find("th[data-sort='tier']").getDomAttribute("aria-sort"))
        .isEqualTo("descending");
  }

  @Test
  void screenedPage_hasNoWcagViolations_andNoConsoleErrors() throws IOException {
    Path file = Files.write(files.resolve("axe.csv"), Files.readAllBytes(COHORT));
    browser.consoleErrors();
    for (String lang : List.of("zh", "en")) {
      browser.open(server.uri("/?lang=" + lang).toString());
      browser.screen(file);
      assertThat(browser.accessibilityViolations()).as(lang).isEmpty();
    }
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** The batch route's CSV answer for spreadsheets ({@code labels=zh}) to {@code body}. */
  private static HttpResponse<String> spreadsheetAnswer(byte[] body) {
    return server.send(
        HttpRequest.newBuilder(server.uri("/v1/assessments/batch?labels=zh"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        "Content-Type",
        "text/csv; charset=utf-8");
  }

  @Test
  void workbook_screened_showsTheCounts_andItsResultsWorkbookCountsTheSame() throws IOException {
    byte[] filled;
    try (var in = ScreeningIT.class.getResourceAsStream("template-filled-by-libreoffice.xlsx")) {
      filled = java.util.Objects.requireNonNull(in).readAllBytes();
    }
    Path file = Files.write(files.resolve("officers.xlsx"), filled);
    browser.open(server.uri("/?lang=zh").toString());
    assertThat(browser.find("a[data-result='template']").getDomAttribute("href"))
        .isEqualTo("/v1/templates/applications.xlsx");

    browser.screen(file);

    assertThat(browser.find("[data-result='encoding']").getDomAttribute("data-value"))
        .isEqualTo("xlsx");
    assertThat(browser.find("[data-count='TOTAL']").getText()).isEqualTo("5");
    assertThat(browser.find("[data-count='INVALID']").getText()).isEqualTo("1");
    browser.find("a[data-result='download-xlsx']").click();
    byte[] downloaded = Files.readAllBytes(browser.downloaded("officers-results.xlsx"));
    Map<Integer, Map<String, String>> summary = WorkbookCells.sheet(downloaded, 1);
    Map<Integer, Map<String, String>> results = WorkbookCells.sheet(downloaded, 2);
    assertThat(results).hasSize(1 + 5);
    for (Tier tier : Tier.values()) {
      String shown = browser.find("[data-count='" + tier.name() + "']").getText();
      assertThat(summary.values())
          .as(tier.name())
          .anySatisfy(
              row ->
                  assertThat(row)
                      .containsEntry("A", tier.label(Language.CHINESE))
                      .containsEntry("B", shown));
      long listed =
          results.values().stream()
              .filter(row -> tier.label(Language.CHINESE).equals(row.get("E")))
              .count();
      assertThat(String.valueOf(listed)).as(tier.name()).isEqualTo(shown);
    }
    browser.open(server.uri("/?lang=en").toString());
  }

  private static HttpResponse<String> csvAnswer(byte[] body, String language) {
    return server.send(
        HttpRequest.newBuilder(server.uri("/v1/assessments/batch"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        "Content-Type",
        "text/csv; charset=utf-8",
        "Accept",
        "text/csv",
        "Accept-Language",
        language);
  }

  /** Counts the cohort's records by tier, and the invalid ones, with the library alone. */
  private static Map<String, Integer> countsByTheLibrary(String cohort) throws IOException {
    Assessor assessor = Eligibility.assessor(Eligibility.defaultEdition());
    Map<String, Integer> counts = new HashMap<>();
    try (CsvApplications csv = CsvApplications.open(new StringReader(cohort))) {
      for (var row = csv.next(); row.isPresent(); row = csv.next()) {
        String key =
            row.get()
                .input()
                .application()
                .map(a -> assessor.assess(a).getTier().name())
                .orElse("INVALID");
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static List<String> tierNames() {
    return java.util.Arrays.stream(Tier.values()).map(Tier::name).toList();
  }
}
