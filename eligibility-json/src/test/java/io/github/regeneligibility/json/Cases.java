package io.github.regeneligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The example cases as data: each line of a {@code .jsonl} file is {@code {"application": …,
 * "expected": …}}. {@link #mismatches} compares an outcome, from the library or from HTTP, with the
 * expectation and lists every difference; a case passes when the list is empty.
 */
public final class Cases {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cases() {}

  /** One case: its line number, the application as JSON, and what is expected. */
  public record Case(int line, JsonNode application, JsonNode expected) {
    @Override
    public String toString() {
      return application.path("id").asText("line " + line);
    }
  }

  /** An outcome to compare: a status, and either an assessment's JSON or the 400's fields. */
  public record Outcome(int status, @Nullable JsonNode assessment, List<String> fields) {}

  /** Returns the directory of the project's case files. */
  public static Path directory() {
    return Path.of(System.getProperty("regen.cases", "../cases"));
  }

  /** Reads every case of {@code file} in the project's case directory. */
  public static List<Case> read(String file) {
    Path path = directory().resolve(file);
    List<Case> cases = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(path);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        JsonNode node = MAPPER.readTree(lines.get(i));
        cases.add(new Case(i + 1, node.get("application"), node.get("expected")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cases from " + path, e);
    }
    return cases;
  }

  /** Returns the application of the public case whose {@code id} is {@code id}. */
  public static JsonNode publicApplication(String id) {
    return read("public.jsonl").stream()
        .map(Case::application)
        .filter(application -> application.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** Lists every way {@code outcome} differs from the expectation of {@code c}. */
  public static List<String> mismatches(Case c, Outcome outcome) {
    List<String> differences = new ArrayList<>();
    JsonNode expected = c.expected();
    int status = expected.get("status").intValue();
    if (outcome.status() != status) {
      differences.add("status " + outcome.status() + ", expected " + status);
      return differences;
    }
    if (status == 400) {
      TreeSet<String> want = new TreeSet<>();
      expected.get("fields").forEach(field -> want.add(field.textValue()));
      TreeSet<String> got = new TreeSet<>(outcome.fields());
      if (!got.equals(want)) {
        differences.add("fields " + got + ", expected " + want);
      }
      return differences;
    }
    JsonNode assessment = outcome.assessment();
    if (assessment == null) {
      differences.add("no assessment, expected one with status " + status);
      return differences;
    }
    compare(differences, "tier", assessment.path("tier").asText(), expected.get("tier").asText());
    compare(
        differences, "score", assessment.path("score").asInt(-1), expected.get("score").asInt());
    compare(
        differences,
        "gates",
        entries(assessment.path("gates"), "gate", g -> g.path("passed").asBoolean()),
        expected(expected.get("gates"), JsonNode::asBoolean));
    compare(
        differences,
        "points",
        entries(assessment.path("criteria"), "criterion", k -> k.path("points").asInt()),
        expected(expected.get("points"), JsonNode::asInt));
    return differences;
  }

  /** The elements of {@code array} by their {@code key} member, each mapped by {@code value}. */
  private static Map<String, Object> entries(
      JsonNode array, String key, Function<JsonNode, Object> value) {
    Map<String, Object> entries = new TreeMap<>();
    array.forEach(element -> entries.put(element.path(key).asText(), value.apply(element)));
    return entries;
  }

  /** The members of {@code object}, each mapped by {@code value}. */
  private static Map<String, Object> expected(JsonNode object, Function<JsonNode, Object> value) {
    Map<String, Object> entries = new TreeMap<>();
    object.properties().forEach(e -> entries.put(e.getKey(), value.apply(e.getValue())));
    return entries;
  }

  private static void compare(List<String> differences, String what, Object got, Object want) {
    if (!got.equals(want)) {
      differences.add(what + " " + got + ", expected " + want);
    }
  }
}
