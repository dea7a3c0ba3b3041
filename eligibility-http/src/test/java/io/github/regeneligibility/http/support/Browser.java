package io.github.regeneligibility.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through ChromeDriver, one per test class: started before its tests,
 * quit after them. Selenium is given both binaries, so that it never looks for or downloads a
 * browser. Waits are explicit and on conditions of the page, never on time alone.
 *
 * <p>The browser is {@code CHROME_BIN} and the driver {@code CHROMEDRIVER} when they are set (an
 * absolute path, or a name looked up on {@code PATH}); else Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}; else the first {@code chromium}, {@code chromium-browser}, {@code
 * google-chrome} or {@code google-chrome-stable}, and the first {@code chromedriver}, on {@code
 * PATH}: the order in which {@code bin/test} looks for them. Without them the tests fail, saying
 * what to install; they never skip.
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {
  public static final List<String> BROWSERS =
      List.of(
          "/usr/bin/chromium",
          "chromium",
          "chromium-browser",
          "google-chrome",
          "google-chrome-stable");
  public static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "chromedriver");
  private static final String HOW_TO_INSTALL =
      "install Chromium and ChromeDriver (bin/test does so on Debian and Ubuntu; elsewhere, e.g."
          + " dnf install chromium chromedriver, or brew install --cask chromium chromedriver), or"
          + " set CHROME_BIN and CHROMEDRIVER to them";

  /** The window size of every run, so that screenshots are comparable. */
  public static final int WIDTH = 1280;

  public static final int HEIGHT = 1400;

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private @Nullable ChromeDriver driver;
  private @Nullable Path profile;
  private @Nullable Path downloads;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    System.setProperty("SE_OFFLINE", "true");
    profile = Files.createTempDirectory("regen-chromium-profile");
    downloads = Files.createTempDirectory("regen-chromium-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable(System.getenv(), "CHROME_BIN", BROWSERS).toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--lang=en-US",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            "en-US,en",
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(executable(System.getenv(), "CHROMEDRIVER", DRIVERS).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(PATIENCE);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    for (Path directory : new Path[] {profile, downloads}) {
      if (directory != null) {
        try (Stream<Path> files = Files.walk(directory)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
    }
  }

  /**
   * Returns the executable named by {@code variable} of the environment {@code env} when it is set,
   * else the first of {@code candidates} that is one (a path, or a name looked up on {@code PATH}).
   *
   * @throws IllegalStateException saying what to install, when there is none
   */
  public static Path executable(Map<String, String> env, String variable, List<String> candidates) {
    String given = env.get(variable);
    List<String> names = given == null || given.isEmpty() ? candidates : List.of(given);
    for (String name : names) {
      Optional<Path> found = onPath(name, env.getOrDefault("PATH", ""));
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalStateException(
        (given == null || given.isEmpty()
                ? "none of " + candidates + " is an executable file or on PATH: "
                : variable + "=" + given + " names no executable file: ")
            + HOW_TO_INSTALL);
  }

  /** Returns {@code name} if it is a path to an executable file, else the first on PATH. */
  private static Optional<Path> onPath(String name, String path) {
    if (name.contains(File.separator)) {
      Path file = Path.of(name);
      return Files.isRegularFile(file) && Files.isExecutable(file)
          ? Optional.of(file)
          : Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, name))
        .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
        .findFirst();
  }

  public ChromeDriver driver() {
    if (driver == null) {
      throw new IllegalStateException("the browser starts before all tests");
    }
    return driver;
  }

  public Path downloads() {
    if (downloads == null) {
      throw new IllegalStateException("the browser starts before all tests");
    }
    return downloads;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver(), PATIENCE);
  }

  /** Opens {@code url} and waits until the page's script has run. */
  public void open(String url) {
    driver().get(url);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-primarySector")));
    waiting()
        .until(
            d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }

  public WebElement find(String css) {
    return driver().findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver().findElements(By.cssSelector(css));
  }

  /**
   * Fills the form with {@code application} as far as the form can hold it, leaving empty what the
   * application lacks, and submits it; returns when the answer is shown.
   */
  public void assess(JsonNode application) {
    for (String name : List.of("id", "projectName", "applicantName")) {
      WebElement input = find("[name='" + name + "']");
      input.clear();
      if (application.has(name)) {
        input.sendKeys(application.get(name).asText());
      }
    }
    choose("origin", application);
    choose("role", application);
    Set<String> sectors = new HashSet<>();
    application.path("sectors").forEach(sector -> sectors.add(sector.asText()));
    for (WebElement box : findAll("input[name='sectors']")) {
      if (box.isSelected() != sectors.contains(box.getDomAttribute("value"))) {
        box.click();
      }
    }
    String primary = application.path("primarySector").asText("");
    Select primarySelect = new Select(find("[name='primarySector']"));
    boolean offered =
        primarySelect.getOptions().stream()
            .anyMatch(o -> primary.equals(o.getDomAttribute("value")) && o.isEnabled());
    primarySelect.selectByValue(offered ? primary : "");
    if (find("#product").isDisplayed()) {
      choose("pathway", application);
      choose("stage", application);
    }
    WebElement years = find("[name='yearsToIndustrialization']");
    years.clear();
    if (application.has("yearsToIndustrialization")) {
      years.sendKeys(application.get("yearsToIndustrialization").asText());
    }
    submitAndWait();
  }

  /** Submits the form and waits for the answer to be shown. */
  public void submitAndWait() {
    find("#application button[type='submit']").click();
    awaitAnswer();
  }

  /** Waits until the page has shown the answer to the assessment it sent. */
  public void awaitAnswer() {
    waiting().until(d -> find("#result").getDomAttribute("data-elapsed-ms") != null);
  }

  private void choose(String name, JsonNode application) {
    new Select(find("[name='" + name + "']")).selectByValue(application.path(name).asText(""));
  }

  /** Screens {@code file} through the file input and waits until its results are shown. */
  public void screen(Path file) {
    find("input[name='file']").sendKeys(file.toAbsolutePath().toString());
    waiting()
        .until(
            d ->
                find("#screen-result").getDomAttribute("data-elapsed-ms") != null
                    || !findAll("#screen-result .errors").isEmpty());
  }

  /** Runs {@code script} in the page and returns its value, which must not be null. */
  public Object script(String script) {
    Object value = driver().executeScript(script);
    if (value == null) {
      throw new AssertionError("the script returned nothing: " + script);
    }
    return value;
  }

  /** Returns the WCAG 2 A and AA violations axe-core finds on the page as it is now. */
  public List<String> accessibilityViolations() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver());
    List<String> violations = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      violations.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes());
    }
    assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
    return violations;
  }

  /** Returns the browser console's errors since the last call. */
  public List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver().manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  /** Returns the file that a download has left in the download directory, once it is complete. */
  public Path downloaded(String name) {
    Path file = downloads().resolve(name);
    Path partial = downloads().resolve(name + ".crdownload");
    waiting().until(d -> Files.isRegularFile(file) && !Files.exists(partial));
    return file;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
