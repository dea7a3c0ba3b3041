package io.github.regeneligibility.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's pins win over Spring Boot's BOM: the versions on the class path are the parent's
 * properties (handed over by surefire), not Spring Boot's. The enforcer's dependencyConvergence
 * cannot see a BOM that lowers a pin, since managed versions converge; this test fails when a
 * Spring module forgets to import the parent's BOMs again before Spring Boot's.
 */
final class VersionPinsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "com.fasterxml.jackson.databind.ObjectMapper, pin.jackson",
    "io.micrometer.core.instrument.MeterRegistry, pin.micrometer",
    "io.prometheus.metrics.core.metrics.Counter, pin.prometheus",
    "org.slf4j.LoggerFactory, pin.slf4j",
    "org.junit.jupiter.api.Test, pin.junit",
  })
  void classPath_holdsTheParentsPin(String type, String pin) throws Exception {
    assertThat(version(Class.forName(type))).isEqualTo(System.getProperty(pin));
  }

  /** The version in the manifest of the jar that holds {@code type}. */
  private static String version(Class<?> type) throws IOException, URISyntaxException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      Attributes main = file.getManifest().getMainAttributes();
      String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
      return version != null ? version : main.getValue("Bundle-Version");
    }
  }
}
