package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The documented start: {@code bin/eligibility-http} and the class-data archive it maps. */
final class LauncherIT {

  private static Path archive() {
    Path jar = ServiceProcess.jar();
    return jar.resolveSibling(jar.getFileName().toString().replace(".jar", ".jsa"));
  }

  @Test
  void archiveMadeAtPackageTime_mapsForTheJar_withSharingRequired() throws Exception {
    assertThat(archive()).isRegularFile();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-XX:SharedArchiveFile=" + archive(),
                "-Xshare:on",
                "-jar",
                ServiceProcess.jar().toString(),
                "--help")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("Usage: eligibility-http");
  }

  @Test
  void launcher_startsTheServiceWithItsOptions_andPassesItsArguments() throws Exception {
    Path launcher = Path.of("../bin/eligibility-http");
    assertThat(Files.isExecutable(launcher)).isTrue();
    Path javaBin = Path.of(ProcessHandle.current().info().command().orElse("java")).getParent();
    String path = javaBin + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");

    try (ServiceProcess service =
        ServiceProcess.run(
            List.of("sh", launcher.toString(), "--port", "0"),
            Map.of("PATH", path, "ELIGIBILITY_JAR", ServiceProcess.jar().toString()))) {
      int port = Integer.parseInt(service.awaitReady(Duration.ofSeconds(60)).group(1));

      assertThat(port).isPositive();
      List<String> options = service.process().info().arguments().map(List::of).orElse(List.of());
      assertThat(options)
          .contains(
              "-XX:+UseSerialGC",
              "-Xms16m",
              "-Xmx128m",
              "-Xss512k",
              "-XX:TieredStopAtLevel=1",
              "-XX:SharedArchiveFile=" + archive());
    }
  }
}
