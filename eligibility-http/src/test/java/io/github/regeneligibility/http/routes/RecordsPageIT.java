package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regeneligibility.http.support.Browser;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.DecisionRecord;
import io.github.regeneligibility.records.Disposition;
import io.github.regeneligibility.records.UserRole;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page's records view in a real browser: the login form, the newest records once logged in, in
 * each language, and logging out.
 */
final class RecordsPageIT {
  private static final String PASSWORD = "correct horse battery";

  @RegisterExtension static final TestServer server = TestServer.withRecords();
  @RegisterExtension static final Browser browser = new Browser();

  private static JsonNode record = json("{}");

  @BeforeAll
  static void recordOne() {
    Accounts accounts = server.records().accounts();
    accounts.addUser("li.wei", UserRole.OFFICER, PASSWORD.toCharArray(), "test");
    String token = accounts.addToken("page-test", "li.wei", "test").token().orElseThrow();
    HttpResponse<String> created =
        server.post(
            "/v1/decisions",
            TestServer.JSON,
            "{\"application\": " + TestServer.APPLICATION + ", \"disposition\": \"ACCEPT\"}",
            "Authorization",
            "Bearer " + token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    record = json(created.body());
  }

  private static void logIn(String password) {
    browser.find("#f-user").clear();
    browser.find("#f-user").sendKeys("li.wei");
    browser.find("#f-password").sendKeys(password);
    browser.find("#login button[type='submit']").click();
  }

  @Test
  void loggedIn_inEachLanguage_seesTheRecordWithItsTierDispositionApplicantAndDate() {
    browser.consoleErrors(); // drops what earlier tests left
    String recordedOn =
        Instant.parse(record.get("recordedAt").asText())
            .atZone(ZoneId.of("Asia/Shanghai"))
            .toLocalDate()
            .toString();
    for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
      browser.open(server.uri(language == Language.CHINESE ? "/?lang=zh" : "/?lang=en").toString());
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));

      logIn(PASSWORD);

      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("[data-record='" + record.get("id").asText() + "']")));
      List<WebElement> cells =
          browser.findAll("[data-record='" + record.get("id").asText() + "'] td");
      Tier tier = Tier.valueOf(record.get("assessment").get("tier").asText());
      assertThat(cells.stream().map(WebElement::getText))
          .containsExactly(
              recordedOn,
              record.get("application").get("applicantName").asText(),
              record.get("application").get("projectName").asText(),
              tier.label(language),
              Disposition.ACCEPT.label(language));
      assertThat(browser.find("#login").isDisplayed()).isFalse();
      assertThat(browser.consoleErrors()).isEmpty();

      browser.find("[data-action='logout']").click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
      assertThat(browser.findAll("[data-record]")).isEmpty();
    }
  }

  @Test
  void afterAnAssessment_savesTheDecisionWithItsNote_findsItBySearch_andReplaysIt() {
    browser.consoleErrors(); // drops what earlier tests left
    browser.open(server.uri("/?lang=zh").toString());
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
    logIn(PASSWORD);
    browser.waiting().until(d -> browser.find("[data-action='logout']").isDisplayed());

    ObjectNode application = (ObjectNode) json(TestServer.APPLICATION);
    application.put("applicantName", "Deferred Cells Ltd.");
    browser.assess(application);
    Select disposition = new Select(browser.find("#f-disposition"));
    Tier tier =
        Tier.valueOf(
            Objects.requireNonNull(
                browser.find("[data-result='tier']").getDomAttribute("data-value")));
    assertThat(disposition.getFirstSelectedOption().getDomAttribute("value"))
        .as("the tier's own disposition is offered first")
        .isEqualTo(Disposition.ofTier(tier).name());
    disposition.selectByValue(Disposition.DEFER.name());
    browser.find("#f-note").sendKeys("待现场核查后再定");
    browser.find("[data-form='save-decision'] button[type='submit']").click();

    browser
        .waiting()
        .until(
            d -> browser.find("[data-result='save-status']").getDomAttribute("data-saved") != null);
    String id =
        Objects.requireNonNull(
            browser.find("[data-result='save-status']").getDomAttribute("data-saved"));
    DecisionRecord stored = server.records().find(id).orElseThrow();
    assertThat(stored.disposition()).isEqualTo(Disposition.DEFER);
    assertThat(stored.note()).contains("待现场核查后再定");
    assertThat(stored.recordedBy()).isEqualTo("li.wei");

    browser.find("#s-applicant").sendKeys("Deferred");
    browser.find("#records-search button[type='submit']").click();
    browser.waiting().until(d -> browser.findAll("[data-record]").size() == 1);
    assertThat(browser.findAll("[data-record='" + id + "'] td").stream().map(WebElement::getText))
        .contains("Deferred Cells Ltd.", Disposition.DEFER.label(Language.CHINESE));

    browser.find("[data-open='" + id + "']").click();
    browser.waiting().until(d -> !browser.findAll("[data-record-view='" + id + "']").isEmpty());
    assertThat(browser.find("[data-record-view] [data-field='note']").getText())
        .isEqualTo("待现场核查后再定");
    browser.find("[data-action='replay']").click();
    browser.waiting().until(d -> !browser.findAll("[data-replay='then']").isEmpty());
    assertThat(browser.find("[data-replay='then']").getDomAttribute("data-matches"))
        .isEqualTo("true");
    assertThat(browser.find("[data-replay='now']").getDomAttribute("data-changed"))
        .isEqualTo("false");
    assertThat(browser.consoleErrors()).isEmpty();
    browser.find("[data-action='logout']").click();
  }

  @Test
  void oneRecord_printsAlone_withItsFiguresAndSignatureLines() throws IOException {
    browser.consoleErrors(); // drops what earlier tests left
    browser.open(server.uri("/?lang=zh").toString());
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
    logIn(PASSWORD);
    String id = record.get("id").asText();
    browser.waiting().until(d -> !browser.findAll("[data-open='" + id + "']").isEmpty());
    browser.find("[data-open='" + id + "']").click();
    browser.waiting().until(d -> !browser.findAll("[data-record-view='" + id + "']").isEmpty());

    WebElement print = browser.find("#record-view [data-action='print-record']");
    assertThat(print.getText()).isEqualTo(PageText.PRINT_RECORD.in(Language.CHINESE));
    assertThat(
            browser.findAll("#record-view .signature-label").stream()
                .map(label -> label.getDomProperty("textContent")))
        .containsExactly("经办人（签字）", "审核人（签字）", "日期");
    assertThat(browser.find("[data-result='signatures']").isDisplayed())
        .as("the signature lines are for the print only")
        .isFalse();

    browser.script("window.printed = 0; window.print = () => { window.printed += 1; }; return 0;");
    print.click();
    assertThat(browser.script("return window.printed;")).isEqualTo(1L);
    assertThat(browser.find("body").getDomAttribute("class")).contains("printing-record");
    browser.printMedia(true);
    try {
      assertThat(browser.find("[data-result='signatures']").isDisplayed()).isTrue();
      assertThat(browser.find("[data-result='signatures']").getText())
          .contains("经办人（签字）", "审核人（签字）", "日期");
      String shown = browser.find("#record-view").getText();
      JsonNode assessment = record.get("assessment");
      assertThat(shown)
          .contains(id, record.get("application").get("id").asText())
          .contains(record.get("application").get("applicantName").asText())
          .contains(Tier.valueOf(assessment.get("tier").asText()).label(Language.CHINESE))
          .contains(assessment.get("score").asText() + " / 100")
          .contains(Disposition.ACCEPT.label(Language.CHINESE), "li.wei", "park-intake");
      assertThat(browser.findAll("[data-result='record-criteria'] tr[data-criterion]"))
          .hasSize(assessment.get("criteria").size());
      assertThat(browser.findAll("[data-result='record-gates'] li"))
          .hasSize(assessment.get("gates").size());
      for (String hidden :
          List.of(
              "nav.languages", "form#application", "#records-list", "#records-search", ".footer")) {
        assertThat(browser.find(hidden).isDisplayed()).as(hidden).isFalse();
      }
      assertThat(print.isDisplayed()).isFalse();
      shootPrint();
    } finally {
      browser.printMedia(false);
    }
    assertThat(browser.consoleErrors()).isEmpty();
    browser.find("[data-action='logout']").click();
  }

  /**
   * Writes {@code page-zh-record-print.png}, the record as printed, into the directory {@code
   * -Dregen.screenshots=DIR} names, when it names one.
   */
  private static void shootPrint() throws IOException {
    String directory = System.getProperty("regen.screenshots", "");
    if (!directory.isBlank()) {
      browser.script("window.scrollTo(0, 0); return true;");
      Path file = Path.of(directory, "page-zh-record-print.png");
      Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
      assertThat(Files.size(file)).isPositive();
    }
  }

  @Test
  void wrongPassword_showsTheServicesProblem_andNoRecords() {
    browser.open(server.uri("/?lang=zh").toString());
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));

    logIn("not the password");

    browser.waiting().until(d -> browser.find("#records-status").getText().contains("用户名或密码错误"));
    assertThat(browser.findAll("[data-record]")).isEmpty();
  }
}
