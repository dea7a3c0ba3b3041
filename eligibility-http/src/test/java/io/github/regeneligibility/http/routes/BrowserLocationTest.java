package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.http.support.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the browser tests find their browser and driver: the environment, Debian, then PATH. */
final class BrowserLocationTest {

  @TempDir Path dir;

  private Path executable(String name) throws IOException {
    Path file = Files.createFile(dir.resolve(name));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void executable_variableSet_isTheVariablesFile() throws IOException {
    Path mine = executable("my-chrome");
    executable("chromium");

    Path found =
        Browser.executable(
            Map.of("CHROME_BIN", mine.toString(), "PATH", dir.toString()),
            "CHROME_BIN",
            Browser.BROWSERS);

    assertThat(found).isEqualTo(mine);
  }

  @Test
  void executable_variableNamesACommand_isLookedUpOnPath() throws IOException {
    Path driver = executable("my-driver");

    Path found =
        Browser.executable(
            Map.of("CHROMEDRIVER", "my-driver", "PATH", "/nowhere:" + dir),
            "CHROMEDRIVER",
            Browser.DRIVERS);

    assertThat(found).isEqualTo(driver);
  }

  @Test
  void executable_variableNamesNoExecutable_failsNamingTheVariableAndWhatToInstall()
      throws IOException {
    Path plain = Files.createFile(dir.resolve("not-executable"));

    assertThatThrownBy(
            () ->
                Browser.executable(
                    Map.of("CHROME_BIN", plain.toString(), "PATH", dir.toString()),
                    "CHROME_BIN",
                    Browser.BROWSERS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("CHROME_BIN=" + plain + " names no executable file: install")
        .hasMessageContaining("CHROME_BIN and CHROMEDRIVER");
  }

  @Test
  void executable_variableUnset_takesTheFirstCandidateOnPathInOrder() throws IOException {
    executable("google-chrome");
    Path chromium = executable("chromium-browser");

    Path found =
        Browser.executable(
            Map.of("PATH", dir.toString()),
            "CHROME_BIN",
            List.of("chromium-browser", "google-chrome"));

    assertThat(found).isEqualTo(chromium);
  }

  @Test
  void executable_noneFound_failsSayingWhatToInstall() {
    assertThatThrownBy(
            () ->
                Browser.executable(
                    Map.of("PATH", dir.toString()), "CHROMEDRIVER", List.of(dir + "/chromedriver")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "is an executable file or on PATH: install Chromium and ChromeDriver");
  }
}
