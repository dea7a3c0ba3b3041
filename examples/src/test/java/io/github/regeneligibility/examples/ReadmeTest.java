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

/** The README's embedding section shows what the examples do, word for word. */
final class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final String SOURCES = "src/main/java/io/github/regeneligibility/examples/";

  /**
   * Returns the lines of each fenced block of {@code language} in the README, in order, without the
   * indentation of the fence (blocks in list items are indented).
   */
  private static List<List<String>> blocks(String language) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    int indent = 0;
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
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

  /** Returns the lines between AssessOne's snippet markers, without their common indentation. */
  private static List<String> snippetRegion() throws IOException {
    List<String> source =
        Files.readAllLines(Path.of(SOURCES + "AssessOne.java"), StandardCharsets.UTF_8);
    int start = source.indexOf("    // README snippet start");
    int end = source.indexOf("    // README snippet end");
    assertThat(start).as("snippet markers").isNotNegative().isLessThan(end);
    List<String> region = source.subList(start + 1, end);
    int indent =
        region.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
  }

  @Test
  void readme_embeddingSnippet_isAssessOnesMarkedRegion() throws IOException {
    List<String> region = snippetRegion();

    assertThat(region).hasSizeGreaterThanOrEqualTo(10);
    assertThat(blocks("java")).first().isEqualTo(region);
  }

  @Test
  void readme_embeddingOutput_isWhatAssessOnePrints() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessOne.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(blocks("text"))
        .first()
        .isEqualTo(bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void readme_linksEachExampleWithItsCommand() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> commands = blocks("sh").stream().flatMap(List::stream).toList();

    for (String example : List.of("AssessOne", "ScreenCohort", "CompareEditions")) {
      assertThat(Path.of(SOURCES + example + ".java")).exists();
      assertThat(readme).contains("(examples/" + SOURCES + example + ".java)");
      assertThat(commands)
          .contains(
              "./mvnw -q -B -pl examples exec:java"
                  + " -Dexec.mainClass=io.github.regeneligibility.examples."
                  + example);
    }
  }

  @Test
  void readme_bomCoordinates_areThisBuildsVersion() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String bom = Files.readString(Path.of("../eligibility-bom/pom.xml"), StandardCharsets.UTF_8);

    assertThat(readme).contains("<artifactId>eligibility-bom</artifactId>");
    assertThat(bom).contains("<version>0.1.0-SNAPSHOT</version>");
    assertThat(readme).contains("<version>0.1.0-SNAPSHOT</version>");
  }
}
