package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The service's guide, {@code docs/service.md}, documents every option of the service with its
 * environment variable and default, and every route of the OpenAPI document, and nothing else.
 */
final class ServiceGuideTest {
  private static final Path GUIDE =
      Path.of(System.getProperty("regen.docs", "../docs")).resolve("service.md");

  /** An option's default as the command declares it: an environment variable, then a default. */
  private static final Pattern FROM_ENVIRONMENT =
      Pattern.compile("\\$\\{env:([A-Z_]+)(?::-([^}]*))?\\}");

  /** Returns the rows of every table of the guide whose header row starts with {@code header}. */
  private static List<List<String>> rows(String header) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
      if (line.startsWith(header)) {
        inTable = true;
      } else if (!line.startsWith("|")) {
        inTable = false;
      } else if (inTable && !line.startsWith("|---")) {
        rows.add(
            Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
                .map(String::strip)
                .toList());
      }
    }
    return rows;
  }

  @Test
  void guide_optionAndLimitTables_listEveryServeOptionWithItsEnvironmentAndDefault()
      throws IOException {
    Map<String, List<String>> documented = new TreeMap<>();
    for (List<String> row : rows("| option | environment | default |")) {
      documented.put(row.get(0), row);
    }
    Set<String> expected = new TreeSet<>();

    CommandSpec command = ServeCommand.commandLine().getCommandSpec();
    command.interpolateVariables(false); // so that each default names its environment variable
    for (OptionSpec option : command.options()) {
      String name = option.longestName();
      String cell =
          option.negatable()
              ? "`--[no-]" + name.substring(2) + "`"
              : "`" + name + (option.arity().max() == 0 ? "" : " " + option.paramLabel()) + "`";
      expected.add(cell);
      assertThat(documented).as("the guide's options and limits").containsKey(cell);
      List<String> row = documented.getOrDefault(cell, List.of());
      String declared = option.defaultValue();
      Matcher environment = FROM_ENVIRONMENT.matcher(declared == null ? "" : declared);
      if (environment.matches()) {
        assertThat(row.get(1))
            .as(cell + " environment")
            .isEqualTo("`" + environment.group(1) + "`");
        if (environment.group(2) != null) {
          assertThat(row.get(2)).as(cell + " default").isEqualTo("`" + environment.group(2) + "`");
        }
      } else {
        assertThat(row.get(1)).as(cell + " environment").isEmpty();
        if ("true".equals(declared)) {
          assertThat(row.get(2)).as(cell + " default").isEqualTo("on");
        }
      }
    }

    assertThat(documented.keySet()).as("options the command has").isEqualTo(expected);
  }

  @Test
  void guide_routeTable_listsEveryRouteOfTheOpenApiDocument() throws IOException {
    Set<String> documented = new TreeSet<>();
    for (List<String> row : rows("| route | body | answer |")) {
      documented.add(row.get(0).replace("`", ""));
    }
    Set<String> routes = new TreeSet<>();
    try (InputStream in = ServiceGuideTest.class.getResourceAsStream("routes/openapi.json")) {
      JsonNode paths = new ObjectMapper().readTree(in).get("paths");
      for (Map.Entry<String, JsonNode> path : paths.properties()) {
        if (path.getKey().startsWith("/assets/")) {
          continue; // the page's assets, named in the row of GET /
        }
        for (String method : List.of("get", "post", "put", "delete", "patch")) {
          if (path.getValue().has(method)) {
            routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
          }
        }
      }
    }

    assertThat(routes).isNotEmpty();
    assertThat(documented).isEqualTo(routes);
  }
}
