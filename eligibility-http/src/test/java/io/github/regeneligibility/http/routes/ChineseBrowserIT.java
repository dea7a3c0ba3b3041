package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.Browser;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.Cases;
import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * The page in a browser whose language is Simplified Chinese ({@code --lang=zh-CN}), as an
 * officer's is: it gets the Chinese page without choosing it, and, when asked, takes the
 * screenshots of the README (a result, its print rendering, a screening).
 */
final class ChineseBrowserIT {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();
  @RegisterExtension static final Browser browser = new Browser("zh-CN");

  private static final Path COHORT =
      Path.of(System.getProperty("regen.cases"))
          .resolveSibling("examples/src/main/resources/cohort.csv");

  @Test
  void chineseBrowser_getsTheChinesePage_andItsResult_withoutChoosing() {
    browser.open(server.uri("/").toString());

    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
    browser.assess(Cases.publicApplication("PUB-01"));
    assertThat(browser.find("#result-heading").getText())
        .isEqualTo(PageText.RESULT_HEADING.in(Language.CHINESE));
  }

  /**
   * Writes {@code page-zh-result.png}, {@code page-zh-print.png} and {@code page-zh-screening.png}
   * into the directory {@code -Dregen.screenshots=DIR} names.
   */
  @Test
  @EnabledIfSystemProperty(named = "regen.screenshots", matches = ".+")
  void screenshots_ofTheChinesePage() throws IOException {
    Path directory = Path.of(System.getProperty("regen.screenshots"));
    browser.open(server.uri("/").toString());
    browser.assess(Cases.publicApplication("PUB-03"));
    browser.script("document.getElementById('result-heading').scrollIntoView(); return true;");
    shoot(directory.resolve("page-zh-result.png"), 1900);
    browser.printMedia(true);
    browser.script("window.scrollTo(0, 0); return true;");
    try {
      shoot(directory.resolve("page-zh-print.png"), 1900);
    } finally {
      browser.printMedia(false);
    }
    browser.screen(COHORT);
    browser.script("document.getElementById('screen-heading').scrollIntoView(); return true;");
    shoot(directory.resolve("page-zh-screening.png"), 1400);
  }

  private static void shoot(Path file, int height) throws IOException {
    browser.driver().manage().window().setSize(new Dimension(Browser.WIDTH, height));
    try {
      byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
    } finally {
      browser.driver().manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
    }
    assertThat(Files.size(file)).isPositive();
  }
}
