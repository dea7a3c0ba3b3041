package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.support.Browser;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.Cases;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The page for people, in a real browser: the form, its results, the languages, accessibility. */
final class PageIT {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();
  @RegisterExtension static final Browser browser = new Browser();

  private static String page(String query) {
    return server.uri("/" + query).toString();
  }

  static List<Cases.Case> assessedCases() {
    return Cases.read("public.jsonl").stream()
        .filter(c -> c.expected().get("status").asInt() == 200)
        .toList();
  }

  /** Every assessed public case, in each language of the page. */
  static List<Object[]> assessedCasesInEachLanguage() {
    List<Object[]> cases = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      assessedCases().forEach(c -> cases.add(new Object[] {lang, c}));
    }
    return cases;
  }

  /** Every refused public case the form can express, in each language of the page. */
  static List<Object[]> refusedCasesInEachLanguage() {
    List<Object[]> cases = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      for (Object[] c : refusedCases()) {
        cases.add(new Object[] {lang, c[0], c[1], c[2]});
      }
    }
    return cases;
  }

  /** A code of the vocabulary (STEM_CELLS, PRIORITY…) or a JSON field name shown as text. */
  private static final Pattern CODE_OR_FIELD =
      Pattern.compile(
          "\\b(?:[A-Z]+_[A-Z_]+|PRIORITY|ELIGIBLE|RESERVE|INELIGIBLE|INNOVATOR|MANUFACTURER|DRUG"
              + "|DEVICE|DOMESTIC|FOREIGN|SCOPE|HORIZON|MATURITY|ROLE|"
              + String.join("|", ApplicationForm.FIELDS)
              + ")\\b");

  /**
   * The refused public cases, each with the fields whose problems the form can show: a form cannot
   * repeat a sector (one checkbox each) nor give pathway or stage to a service role (it hides
   * them), so those problems are not expected of it. A case left with none is not expressible, and
   * not listed.
   */
  static List<Object[]> refusedCases() {
    List<Object[]> cases = new ArrayList<>();
    for (Cases.Case c : Cases.read("public.jsonl")) {
      if (c.expected().get("status").asInt() != 400) {
        continue;
      }
      JsonNode application = c.application();
      Set<String> fields = new TreeSet<>();
      c.expected().get("fields").forEach(field -> fields.add(field.asText()));
      Set<String> sectors = new HashSet<>();
      application.path("sectors").forEach(sector -> sectors.add(sector.asText()));
      if (sectors.size() < application.path("sectors").size()) {
        fields.remove("sectors");
      }
      if (!Role.valueOf(application.get("role").asText()).isProductRole()) {
        fields.remove("pathway");
        fields.remove("stage");
      }
      if (!fields.isEmpty()) {
        cases.add(new Object[] {application.get("id").asText(), application, fields});
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("assessedCasesInEachLanguage")
  void publicCase_filledInThroughTheForm_showsItsTierAndScore(String lang, Cases.Case c) {
    browser.open(page("?lang=" + lang));

    browser.assess(c.application());

    Tier tier = Tier.valueOf(c.expected().get("tier").asText());
    assertThat(browser.find("[data-result='tier']").getDomAttribute("data-value"))
        .isEqualTo(tier.name());
    assertThat(browser.find("[data-result='tier']").getText()).isEqualTo(tier.label(of(lang)));
    assertThat(browser.find("[data-result='score']").getText())
        .isEqualTo(c.expected().get("score").asText());
    assertThat(browser.findAll("[data-result='criteria'] meter")).hasSize(4);
    assertThat(browser.find("[data-result='edition']").getText()).contains("park-intake 2026.1");
    for (String field : List.of("id", "projectName", "applicantName")) {
      assertThat(browser.find("[data-result='" + field + "']").getText())
          .isEqualTo(c.application().get(field).asText());
    }
    assertThat(browser.find("#result").getText())
        .doesNotContainPattern("\\b(null|undefined|NaN)\\b");
    if (lang.equals("zh")) {
      for (WebElement part : browser.findAll("#result > :not([data-result='identity'])")) {
        assertThat(part.getText()).doesNotContainPattern(CODE_OR_FIELD);
      }
    }
  }

  @Test
  void assessedCases_coverEveryTier() {
    assertThat(assessedCases())
        .extracting(c -> Tier.valueOf(c.expected().get("tier").asText()))
        .containsAll(List.of(Tier.values()));
  }

  @ParameterizedTest(name = "{0} {1} {3}")
  @MethodSource("refusedCasesInEachLanguage")
  void refusedPublicCase_showsEachProblemBesideItsControl(
      String lang, String id, JsonNode application, Set<String> fields) {
    browser.open(page("?lang=" + lang));

    browser.assess(application);

    Set<String> shown = new TreeSet<>();
    for (WebElement problem : browser.findAll("[data-error-for]")) {
      String field = String.valueOf(problem.getDomAttribute("data-error-for"));
      shown.add(field);
      assertThat(problem.getText()).isNotBlank();
      if (lang.equals("zh")) {
        assertThat(problem.getText()).doesNotContainPattern(CODE_OR_FIELD);
      }
      WebElement box = problem.findElement(By.xpath(".."));
      assertThat(box.getDomAttribute("data-errors-of")).isEqualTo(field);
      WebElement control = browser.findAll("[name='" + field + "']").get(0);
      String describedBy =
          field.equals("sectors")
              ? browser.find("fieldset.sectors").getDomAttribute("aria-describedby")
              : control.getDomAttribute("aria-describedby");
      assertThat(describedBy).contains(box.getDomAttribute("id"));
      assertThat(control.getDomAttribute("aria-invalid")).isEqualTo("true");
    }
    assertThat(shown).isEqualTo(fields);
    assertThat(browser.find("[data-result='invalid']").getText()).isNotBlank();
    assertThat(browser.findAll("p p")).isEmpty();
  }

  @Test
  void refusedCases_areExpressibleForMostInvalidPublicCases() {
    assertThat(refusedCases()).extracting(c -> c[0]).contains("PUB-14", "PUB 15", "PUB-16");
  }

  @Test
  void improvement_applied_fillsTheFormAndShowsTheOutcomeTheServicePromised() {
    JsonNode application = Cases.publicApplication("PUB-03"); // RESERVE at 6 years
    JsonNode promised = json(server.assess(application.toString())).get("improvements");
    assertThat(promised).isNotEmpty();
    browser.open(page("?lang=en"));
    browser.assess(application);
    List<WebElement> buttons = browser.findAll("button[data-apply]");
    assertThat(buttons).hasSize(promised.size());

    for (int i = 0; i < promised.size(); i++) {
      browser.assess(application);
      JsonNode improvement = promised.get(i);
      browser.find("button[data-apply='" + i + "']").click();
      browser.awaitAnswer();

      assertThat(browser.find("[data-result='tier']").getDomAttribute("data-value"))
          .isEqualTo(improvement.get("tier").asText());
      assertThat(browser.find("[data-result='score']").getText())
          .isEqualTo(improvement.get("score").asText());
      String field = improvement.get("field").asText();
      if (field.equals("yearsToIndustrialization")) {
        assertThat(browser.find("[name='" + field + "']").getDomProperty("value"))
            .isEqualTo(improvement.get("value").asText());
      }
    }
  }

  @Test
  void languageSwitch_rendersThePageInChinese_remembersIt_andTheAnswersFollow() {
    browser.open(page("?lang=en"));
    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
    assertThat(browser.find("label[for='f-role']").getText())
        .isEqualTo(PageText.FIELD_ROLE.in(Language.ENGLISH));

    browser.find("nav a[hreflang='zh-CN']").click();
    browser.waiting().until(d -> "zh-CN".equals(browser.find("html").getDomAttribute("lang")));
    browser.open(page(""));

    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
    assertThat(browser.find("label[for='f-role']").getText())
        .isEqualTo(PageText.FIELD_ROLE.in(Language.CHINESE));
    assertThat(new Select(browser.find("[name='role']")).getOptions().get(1).getText())
        .isEqualTo(Role.values()[0].label(Language.CHINESE));
    JsonNode application = Cases.publicApplication("PUB-01");
    browser.assess(application);
    assertThat(browser.find("[data-result='tier']").getText())
        .isEqualTo(Tier.PRIORITY.label(Language.CHINESE));
    String reason =
        json(server.assess(application.toString(), "Accept-Language", "zh"))
            .at("/tierReason/message")
            .asText();
    assertThat(browser.find("[data-result='tierReason']").getText()).isEqualTo(reason);

    browser.find("nav a[hreflang='en']").click();
    browser.waiting().until(d -> "en".equals(browser.find("html").getDomAttribute("lang")));
  }

  @Test
  void roleOfAService_hidesPathwayAndStage_andAProductRoleShowsThem() {
    browser.open(page("?lang=en"));
    Select role = new Select(browser.find("[name='role']"));

    role.selectByValue(Role.SERVICE_PROVIDER.name());
    assertThat(browser.find("#product").isDisplayed()).isFalse();
    role.selectByValue(Role.MANUFACTURER.name());
    assertThat(browser.find("#product").isDisplayed()).isTrue();
  }

  @Test
  void primarySector_offersOnlyTheCheckedSectors() {
    browser.open(page("?lang=en"));
    browser.find("#f-sector-STEM_CELLS").click();

    Select primary = new Select(browser.find("[name='primarySector']"));
    assertThat(primary.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("STEM_CELLS");
    assertThat(primary.getOptions())
        .filteredOn(WebElement::isEnabled)
        .extracting(o -> o.getDomAttribute("value"))
        .containsExactly("", "STEM_CELLS");
  }

  @Test
  void accessibility_axeFindsNoWcagViolations_inEitherLanguage_emptyAssessedAndRefused() {
    for (String lang : List.of("en", "zh")) {
      browser.open(page("?lang=" + lang));
      assertThat(browser.accessibilityViolations()).as("empty page, %s", lang).isEmpty();

      browser.assess(Cases.publicApplication("PUB-03"));
      assertThat(browser.accessibilityViolations()).as("assessed, %s", lang).isEmpty();

      browser.find("button[data-apply='0']").click();
      browser.awaitAnswer();
      assertThat(browser.accessibilityViolations()).as("what-if, %s", lang).isEmpty();

      browser.script(
          "document.querySelectorAll('details').forEach(d => { d.open = true; }); return true;");
      browser.waiting().until(d -> !browser.findAll("[data-result='scoring-edition']").isEmpty());
      assertThat(browser.accessibilityViolations()).as("help open, %s", lang).isEmpty();

      browser.assess(Cases.publicApplication("PUB-16"));
      assertThat(browser.accessibilityViolations()).as("refused, %s", lang).isEmpty();
    }
    browser.open(page("?lang=en"));
  }

  @Test
  void page_carriesAStrictContentSecurityPolicy_andRunsWithoutConsoleErrors() {
    for (String path : List.of("/", Paths.STYLESHEET, Paths.SCRIPT, Paths.ICON)) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(Page.CONTENT_SECURITY_POLICY);
    }
    browser.consoleErrors(); // drops what earlier tests left
    browser.open(page("?lang=zh"));
    browser.assess(Cases.publicApplication("PUB-01"));
    browser.open(page("?lang=en"));
    browser.assess(Cases.publicApplication("PUB-09"));

    assertThat(browser.consoleErrors()).isEmpty();
    Object origins =
        browser.script(
            "return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).origin !== location.origin).length");
    assertThat(origins).isEqualTo(0L);
  }

  @Test
  void page_loadsAtMost150KilobytesInAtMostSixRequests() {
    browser.open(page("?lang=zh")); // waits until the document and its assets have loaded

    @SuppressWarnings("unchecked")
    List<Object> sizes =
        (List<Object>)
            browser.script(
                "const nav = performance.getEntriesByType('navigation')[0];"
                    + "return [nav.decodedBodySize].concat(performance"
                    + ".getEntriesByType('resource').map(e => e.decodedBodySize));");
    long total = sizes.stream().mapToLong(size -> ((Number) size).longValue()).sum();

    assertThat(sizes).hasSizeLessThanOrEqualTo(6);
    assertThat(total).isPositive().isLessThanOrEqualTo(150 * 1024);
  }

  /**
   * Takes the screenshots of the README and {@code docs/page.md}, and prints the page's figures
   * (bytes, requests, time from submit to result shown), when asked: {@code
   * -Dregen.screenshots=DIR}.
   */
  @Test
  @EnabledIfSystemProperty(named = "regen.screenshots", matches = ".+")
  void screenshots_ofTheAssessedPage_inBothLanguages() throws IOException {
    Path directory = Path.of(System.getProperty("regen.screenshots"));
    for (String lang : List.of("zh", "en")) {
      browser.open(page("?lang=" + lang));
      Object weight =
          browser.script(
              "const nav = performance.getEntriesByType('navigation')[0];"
                  + "const all = [nav].concat(performance.getEntriesByType('resource'));"
                  + "return all.length + ' requests, ' + all.reduce((s, e) => s + e.decodedBodySize, 0)"
                  + " + ' bytes decoded, ' + all.reduce((s, e) => s + e.transferSize, 0)"
                  + " + ' bytes transferred'");
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        browser.assess(Cases.publicApplication("PUB-03"));
        times.add(
            Long.parseLong(
                String.valueOf(browser.find("#result").getDomAttribute("data-elapsed-ms"))));
      }
      System.out.println(
          "page " + lang + ": " + weight + "; submit to result shown (ms): " + times);
      browser.driver().manage().window().setSize(new Dimension(Browser.WIDTH, 2700));
      browser.script("window.scrollTo(0, 0); return true;");
      byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
      browser.driver().manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
      Path file = directory.resolve("page-" + lang + ".png");
      Files.write(file, png);
      assertThat(Files.size(file)).isPositive();
    }
    browser.open(page("?lang=en"));
  }

  private static Language of(String lang) {
    return lang.equals("zh") ? Language.CHINESE : Language.ENGLISH;
  }

  @Test
  void assessed_movesFocusToTheResultHeading_andAnnouncesTheTier() {
    browser.open(page("?lang=zh"));

    browser.assess(Cases.publicApplication("PUB-01"));

    assertThat(browser.script("return document.activeElement.id")).isEqualTo("result-heading");
    assertThat(browser.find("#check-status").getText())
        .contains(Tier.PRIORITY.label(Language.CHINESE))
        .contains(browser.find("[data-result='score']").getText());
    assertThat(browser.find("#check-status").getDomAttribute("role")).isEqualTo("status");
  }

  @Test
  void serviceUnreachable_isExplainedInTheLanguageOfThePage_neverInTheBrowsersWords() {
    browser.open(page("?lang=zh"));
    browser.script(
        "window.fetch = () => Promise.reject(new TypeError('Failed to fetch')); return true;");

    browser.assess(Cases.publicApplication("PUB-01"));

    assertThat(browser.find("[data-result='failure']").getText())
        .isEqualTo(PageText.NETWORK_FAILED.in(Language.CHINESE));
    assertThat(browser.findAll("p p")).isEmpty();
    browser.open(page("?lang=en"));
  }

  @Test
  void print_givesTheInputsTheResultTheEditionAndTheTimeInBeijing_whateverTheComputersZone() {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Los_Angeles"));
    try {
      browser.open(page("?lang=zh"));
      JsonNode application = Cases.publicApplication("PUB-03");
      browser.assess(application);
      LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
      browser.printMedia(true);
      LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));

      assertThat(browser.find("form#application").isDisplayed()).isFalse();
      WebElement inputs = browser.find("[data-result='inputs']");
      assertThat(inputs.isDisplayed()).isTrue();
      assertThat(inputs.getText())
          .contains(application.get("projectName").asText())
          .contains(Role.valueOf(application.get("role").asText()).label(Language.CHINESE));
      assertThat(browser.find("[data-result='tier']").isDisplayed()).isTrue();
      assertThat(browser.find("[data-result='edition']").getText())
          .contains("park-intake 2026.1")
          .contains("2026-01-01");
      String printed = browser.find("[data-result='printed']").getText();
      assertThat(printed)
          .startsWith(PageText.PRINTED_ON.in(Language.CHINESE))
          .containsAnyOf(chineseDate(before), chineseDate(after));
    } finally {
      browser.printMedia(false);
      browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
    }
  }

  private static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  @Test
  void improvement_isAWhatIf_markedInPrint_andUndoneBackToTheSubmittedApplication() {
    JsonNode application = Cases.publicApplication("PUB-03"); // RESERVE at 6 years
    JsonNode submitted = json(server.assess(application.toString()));
    browser.open(page("?lang=zh"));
    browser.assess(application);
    assertThat(browser.findAll("[data-result='what-if']")).isEmpty();

    browser.find("button[data-apply='0']").click();
    browser.awaitAnswer();

    WebElement note = browser.find("[data-result='what-if']");
    assertThat(note.getText()).contains(PageText.WHAT_IF.in(Language.CHINESE));
    assertThat(browser.find("#result-heading").getText())
        .contains(PageText.WHAT_IF.in(Language.CHINESE));
    browser.printMedia(true);
    try {
      assertThat(browser.find("[data-result='what-if']").isDisplayed()).isTrue();
      assertThat(browser.find("[data-result='inputs'] tr.what-if").getText())
          .contains(PageText.WHAT_IF.in(Language.CHINESE));
    } finally {
      browser.printMedia(false);
    }

    browser.find("button[data-undo]").click();
    browser.awaitAnswer();

    assertThat(browser.findAll("[data-result='what-if']")).isEmpty();
    assertThat(browser.find("[data-result='tier']").getDomAttribute("data-value"))
        .isEqualTo(submitted.get("tier").asText());
    assertThat(browser.find("[data-result='score']").getText())
        .isEqualTo(submitted.get("score").asText());
    assertThat(browser.find("[name='yearsToIndustrialization']").getDomProperty("value"))
        .isEqualTo(application.get("yearsToIndustrialization").asText());
  }

  @Test
  void scoringTable_isTheEditionInForce_readFromTheService() {
    JsonNode edition = json(server.get(Paths.POLICY));
    browser.open(page("?lang=zh"));

    browser.find("#scoring summary").click();
    browser.waiting().until(d -> !browser.findAll("[data-result='scoring-edition']").isEmpty());

    assertThat(browser.find("[data-result='scoring-edition']").getText())
        .contains(edition.get("version").asText());
    List<String> maturity =
        browser.findAll("#scoring tbody[data-criterion='MATURITY'] tr").stream()
            .map(WebElement::getText)
            .toList();
    JsonNode stages = edition.at("/maturity/stages");
    for (Stage stage : Stage.values()) {
      String points = stages.get(stage.name()).asText();
      assertThat(maturity)
          .anySatisfy(
              row ->
                  assertThat(row).contains(stage.label(Language.CHINESE)).endsWith(" " + points));
    }
    assertThat(browser.find("#scoring").getText())
        .contains(String.valueOf(edition.get("eligibilityThreshold").asInt()))
        .doesNotContainPattern(CODE_OR_FIELD);
    assertThat(browser.find("[data-result='policy-link']").getDomAttribute("href"))
        .isEqualTo(Paths.POLICY);
  }

  @Test
  void help_saysWhatEachRoleStageAndPathwayMeans() {
    browser.open(page("?lang=zh"));
    List<WebElement> helps = browser.findAll("form details.help");
    assertThat(helps).hasSize(3);
    int terms = 0;
    for (WebElement help : helps) {
      help.findElement(By.tagName("summary")).click();
      terms += help.findElements(By.tagName("dd")).size();
      assertThat(help.findElements(By.tagName("dd")))
          .allSatisfy(dd -> assertThat(dd.getText()).isNotBlank());
    }
    assertThat(terms)
        .isEqualTo(Role.values().length + Stage.values().length + Pathway.values().length);
  }

  @Test
  void criterionBars_areAligned_andColouredByTheirShareOfTheMaximum() {
    browser.open(page("?lang=en"));
    browser.assess(Cases.publicApplication("PUB-03"));

    List<WebElement> meters = browser.findAll("[data-result='criteria'] meter");
    assertThat(meters).hasSize(4);
    Set<Integer> lefts = new HashSet<>();
    for (WebElement meter : meters) {
      lefts.add(meter.getRect().getX());
      double share =
          Double.parseDouble(String.valueOf(meter.getDomAttribute("value")))
              / Double.parseDouble(String.valueOf(meter.getDomAttribute("max")));
      String level = share >= 0.75 ? "high" : share >= 0.4 ? "middle" : "low";
      assertThat(meter.getDomAttribute("data-level")).isEqualTo(level);
    }
    assertThat(lefts).hasSize(1);
  }

  @Test
  void focusRing_contrastsAtLeastThreeToOneWithThePage() {
    browser.open(page("?lang=en"));
    browser.find("[name='id']").click();
    String colour =
        String.valueOf(
            browser.script(
                "return getComputedStyle(document.activeElement).outlineColor + ' '"
                    + " + getComputedStyle(document.activeElement).outlineWidth"));
    Matcher rgb = Pattern.compile("rgb\\((\\d+), (\\d+), (\\d+)\\) (\\d+)px").matcher(colour);
    assertThat(rgb.matches()).as(colour).isTrue();
    double ring =
        luminance(
            Integer.parseInt(rgb.group(1)),
            Integer.parseInt(rgb.group(2)),
            Integer.parseInt(rgb.group(3)));
    assertThat(1.05 / (ring + 0.05)).isGreaterThanOrEqualTo(3.0); // against white paper
    assertThat(Integer.parseInt(rgb.group(4))).isGreaterThanOrEqualTo(2);
  }

  private static double luminance(int red, int green, int blue) {
    double[] channels = new double[3];
    int[] values = {red, green, blue};
    for (int i = 0; i < 3; i++) {
      double c = values[i] / 255.0;
      channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }
}
