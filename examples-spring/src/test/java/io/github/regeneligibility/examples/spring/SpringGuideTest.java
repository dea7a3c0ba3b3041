package io.github.regeneligibility.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.spring.EligibilityMeters;
import io.github.regeneligibility.spring.EligibilityProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The embedding guide's Spring Boot section says what the starter and this example do: its settings
 * are the ones the configuration processor describes, its controller is the example's, its meters
 * are the starter's names, and its versions are this build's.
 */
final class SpringGuideTest {
  private static final Path GUIDE =
      Path.of(System.getProperty("regen.docs", "../docs")).resolve("embedding.md");

  private static final Pattern SETTING_ROW =
      Pattern.compile("^\\| `(regen\\.eligibility\\.[a-z-]+)` \\| ([^|]+) \\|");

  /** Returns the guide from its Spring Boot section on. */
  private static List<String> section() throws IOException {
    List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
    int start = lines.indexOf("## Spring Boot");
    assertThat(start).as("the guide's Spring Boot section").isNotNegative();
    return lines.subList(start, lines.size());
  }

  /** Returns the lines of each fenced block of {@code language} in the section, in order. */
  private static List<List<String>> blocks(String language) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : section()) {
      if (block == null && line.equals("```" + language)) {
        block = new ArrayList<>();
      } else if (block != null && line.equals("```")) {
        blocks.add(block);
        block = null;
      } else if (block != null) {
        block.add(line);
      }
    }
    return blocks;
  }

  @Test
  void settings_areTheStartersWithTheirDefaults() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    for (String line : section()) {
      Matcher row = SETTING_ROW.matcher(line);
      if (row.find()) {
        documented.put(row.group(1), row.group(2).strip());
      }
    }

    Map<String, String> described = new TreeMap<>();
    metadata()
        .get("properties")
        .forEach(
            p ->
                described.put(
                    p.get("name").asText(),
                    p.has("defaultValue") ? "`" + p.get("defaultValue").asText() + "`" : "(none)"));
    assertThat(documented).isEqualTo(described);
    assertThat(described)
        .containsKeys(EligibilityProperties.POLICY, EligibilityProperties.POLICIES);
  }

  /** The starter's configuration metadata, among the class path's. */
  private static JsonNode metadata() throws IOException {
    for (URL url :
        Collections.list(
            SpringGuideTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonNode metadata = new ObjectMapper().readTree(in);
        if (metadata.path("groups").path(0).path("name").asText().equals("regen.eligibility")) {
          return metadata;
        }
      }
    }
    throw new AssertionError("the starter's configuration metadata is not on the class path");
  }

  @Test
  void controller_isTheExamplesMarkedRegion() throws IOException {
    List<String> source =
        Files.readAllLines(
            Path.of(
                "src/main/java/io/github/regeneligibility/examples/spring/AssessmentController.java"),
            StandardCharsets.UTF_8);
    int start = source.indexOf("  // guide snippet start");
    int end = source.indexOf("  // guide snippet end");
    assertThat(start).isNotNegative().isLessThan(end);
    // The formatter leaves a blank line before the end marker.
    List<String> region =
        String.join("\n", source.subList(start + 1, end))
            .stripTrailing()
            .lines()
            .map(line -> line.isBlank() ? "" : line.substring(2))
            .toList();

    assertThat(blocks("java")).containsExactly(region);
  }

  @Test
  void meters_areTheStartersNames() throws IOException {
    String section = String.join("\n", section());

    for (String name :
        List.of(
            EligibilityMeters.ASSESSMENTS,
            EligibilityMeters.RELOADS,
            EligibilityMeters.TIER,
            EligibilityMeters.EDITION,
            EligibilityMeters.RESULT,
            EligibilityMeters.APPLIED,
            EligibilityMeters.REFUSED)) {
      assertThat(section).contains("`" + name + "`");
    }
  }

  @Test
  void versions_areThisBuilds() throws IOException {
    String section = String.join("\n", section());
    String springBoot = System.getProperty("pin.spring-boot");
    String xml =
        blocks("xml").stream().flatMap(List::stream).map(String::strip).reduce("", String::concat);

    assertThat(section).contains("tested with Spring Boot " + springBoot + ",");
    assertThat(xml)
        .contains(
            "<artifactId>jackson-bom</artifactId><version>"
                + System.getProperty("pin.jackson")
                + "</version>")
        .contains(
            "<artifactId>spring-boot-dependencies</artifactId><version>"
                + springBoot
                + "</version>");
  }
}
