package io.github.regeneligibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README, the other Markdown files at the root and the guides under
 * {@code docs/} leads to a file or directory that exists, and a link to a heading ({@code
 * file.md#heading}, or {@code #heading} in the same file) to a heading that file has.
 */
final class DocumentationLinksTest {

  private static final Path ROOT = Path.of("..");

  /** An inline link or image, {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern INLINE = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

  /** A reference definition, {@code [label]: target}. */
  private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*(\\S+)");

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  /** Returns the Markdown files checked: the ones at the root and under {@code docs/}. */
  private static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path directory : List.of(ROOT, ROOT.resolve("docs"))) {
      try (Stream<Path> listing = Files.list(directory)) {
        listing
            .filter(file -> file.getFileName().toString().endsWith(".md"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  /** Returns the lines of {@code file} outside fenced code blocks. */
  private static List<String> outsideFences(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Returns the lines of {@code file} outside fenced code blocks, inline code spans removed. */
  private static List<String> prose(Path file) throws IOException {
    return outsideFences(file).stream().map(line -> line.replaceAll("`[^`]*`", "")).toList();
  }

  /** Returns the link targets of {@code file}, in order. */
  private static List<String> targets(Path file) throws IOException {
    List<String> targets = new ArrayList<>();
    for (String line : prose(file)) {
      Matcher inline = INLINE.matcher(line);
      while (inline.find()) {
        targets.add(inline.group(1));
      }
      Matcher reference = REFERENCE.matcher(line);
      if (reference.find()) {
        targets.add(reference.group(1));
      }
    }
    return targets;
  }

  /**
   * Returns the anchors GitHub gives the headings of {@code file}: lower case, punctuation dropped,
   * spaces as hyphens, a repeated one suffixed with {@code -1}, {@code -2}, ….
   */
  private static Set<String> anchors(Path file) throws IOException {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : outsideFences(file)) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug =
            heading
                .group(1)
                .replaceAll("\\]\\([^)]*\\)", "]")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                .replace(' ', '-');
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return anchors;
  }

  @Test
  void everyRelativeLink_inTheReadmeAndTheGuides_leadsToAFileAndHeadingThatExist()
      throws IOException {
    List<Path> files = markdownFiles();
    assertThat(files)
        .contains(ROOT.resolve("README.md"), ROOT.resolve("docs").resolve("embedding.md"));

    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path file : files) {
      for (String target : targets(file)) {
        if (SCHEME.matcher(target).find()) {
          continue;
        }
        checked++;
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path resolved = path.isEmpty() ? file : file.resolveSibling(path).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(file) + ": " + target + " (no such file)");
        } else if (hash >= 0
            && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(target.substring(hash + 1))) {
          broken.add(ROOT.relativize(file) + ": " + target + " (no such heading)");
        }
      }
    }

    assertThat(checked).as("relative links checked").isGreaterThan(40);
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void anchors_ofHeadings_areGitHubs() throws IOException {
    Path file = Files.createTempFile("headings", ".md");
    try {
      Files.writeString(
          file,
          """
          # Input, strict and bounded
          ## `GET /` and 中文
          ```sh
          # not a heading
          ```
          ## Drain
          ## Drain
          """,
          StandardCharsets.UTF_8);

      assertThat(anchors(file))
          .containsExactlyInAnyOrder("input-strict-and-bounded", "get--and-中文", "drain", "drain-1");
    } finally {
      Files.delete(file);
    }
  }
}
