package io.github.regeneligibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding section and the embedding guide, {@code docs/embedding.md}, show what the
 * examples do, word for word.
 */
final class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final Path GUIDE = Path.of("../docs/embedding.md");
  private static final String SOURCES = "src/main/java/io/github/regeneligibility/examples/";
  private static final String VERSION = "0.1.0-SNAPSHOT";

  /**
   * Returns the lines of each fenced block of {@code language} in {@code file}, in order, without
   * the indentation of the fence (blocks in list items are indented).
   */
  private static List<List<String>> blocks(Path file, String language) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    int indent = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (block == null && line.strip().equals("```" + language)) {
        block = new ArrayList<>();
        indent = line.indexOf('`');
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block);
        block = null;
      } else if (block != null) {
        block.add(line.length() >= indent ? line.substring(indent) : line.strip());
      }
    }
    return blocks;
  }

  /**
   * Returns the lines between AssessOne's markers {@code // NAME snippet start} and {@code // NAME
   * snippet end}, without their common indentation.
   */
  private static List<String> snippetRegion(String name) throws IOException {
    return snippetRegion("AssessOne", name);
  }

  /** Returns the lines of {@code example}'s region {@code name}, as {@link #snippetRegion}. */
  private static List<String> snippetRegion(String example, String name) throws IOException {
    List<String> source =
        Files.readAllLines(Path.of(SOURCES + example + ".java"), StandardCharsets.UTF_8);
    int start = source.indexOf("    // " + name + " snippet start");
    int end = source.indexOf("    // " + name + " snippet end");
    assertThat(start).as(name + " snippet markers").isNotNegative().isLessThan(end);
    List<String> region = source.subList(start + 1, end);
    int indent =
        region.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
  }

  private static List<String> assessOnesOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessOne.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void readme_forANewcomer_isAtMost200Lines() throws IOException {
    assertThat(Files.readAllLines(README, StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(200);
  }

  @Test
  void readme_embeddingSnippet_isAssessOnesMarkedRegionOfAboutTenLines() throws IOException {
    List<String> region = snippetRegion("README");

    assertThat(region).hasSizeBetween(6, 12);
    assertThat(blocks(README, "java")).first().isEqualTo(region);
  }

  @Test
  void readme_embeddingOutput_isWhatAssessOnePrints() throws IOException {
    assertThat(blocks(README, "text")).first().isEqualTo(assessOnesOutput());
  }

  @Test
  void guide_embeddingSnippets_areAssessOnesFormThenTheReadmesRegion() throws IOException {
    List<String> form = snippetRegion("form");

    assertThat(form).hasSizeGreaterThanOrEqualTo(10);
    List<List<String>> blocks = blocks(GUIDE, "java");
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    assertThat(blocks.subList(0, 2)).isEqualTo(List.of(form, snippetRegion("README")));
  }

  @Test
  void guide_screeningSnippet_isScreenCohortsMarkedRegion() throws IOException {
    List<String> region = snippetRegion("ScreenCohort", "screening");

    assertThat(region).hasSizeBetween(3, 8);
    assertThat(blocks(GUIDE, "java")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(blocks(GUIDE, "java").get(2)).isEqualTo(region);
  }

  @Test
  void guide_embeddingOutput_isWhatAssessOnePrints() throws IOException {
    assertThat(blocks(GUIDE, "text")).first().isEqualTo(assessOnesOutput());
  }

  @Test
  void guide_linksEachExampleWithItsCommand() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    List<String> commands = blocks(GUIDE, "sh").stream().flatMap(List::stream).toList();

    for (String example : List.of("AssessOne", "ScreenCohort", "CompareEditions")) {
      assertThat(Path.of(SOURCES + example + ".java")).exists();
      assertThat(guide).contains("(../examples/" + SOURCES + example + ".java)");
      assertThat(commands)
          .contains(
              "./mvnw -q -B -pl examples exec:java"
                  + " -Dexec.mainClass=io.github.regeneligibility.examples."
                  + example);
    }
  }

  @Test
  void readmeAndGuide_bomCoordinates_areThisBuildsVersion() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    String bom = Files.readString(Path.of("../eligibility-bom/pom.xml"), StandardCharsets.UTF_8);

    assertThat(bom).contains("<version>" + VERSION + "</version>");
    assertThat(readme).contains("`io.github.regeneligibility:eligibility-bom:" + VERSION + "`");
    assertThat(guide)
        .contains("<artifactId>eligibility-bom</artifactId>")
        .contains("<version>" + VERSION + "</version>");
  }
}
