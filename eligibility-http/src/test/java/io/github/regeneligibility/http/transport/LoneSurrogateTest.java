package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bodies with an unpaired surrogate, written as a JSON escape, in every string position of an
 * application (every property name, every string value, every element of {@code sectors}), alone,
 * before, after, at the echo's limit and past a pair that straddles it: 1,000 bodies on each
 * assessment route. Every answer is written: no 500, every non-200 is {@code
 * application/problem+json}, every answer is well-formed UTF-8 and JSON whose texts are
 * well-formed, and a free-text field (id, names) that holds one is refused naming the field.
 */
final class LoneSurrogateTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BODIES_PER_ROUTE = 1_000;
  private static final Set<String> FREE_TEXT = Set.of("id", "projectName", "applicantName");

  /** Unpaired surrogates, as JSON escapes: each half alone, and a pair in the wrong order. */
  private static final List<String> HALVES =
      List.of("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\ude00\\ud83d");

  /** The base applications: a product role with pathway and stage, and a service role. */
  private static final List<String> BASES =
      List.of(
          TestServer.APPLICATION,
          "{\"id\": \"CDMO-7\", \"projectName\": \"Cell therapy CDMO\", \"applicantName\":"
              + " \"Daxing CDMO Ltd.\", \"origin\": \"JOINT_VENTURE\", \"role\":"
              + " \"SERVICE_PROVIDER\", \"sectors\": [\"IMMUNE_CELLS\"], \"primarySector\":"
              + " \"IMMUNE_CELLS\", \"yearsToIndustrialization\": 0}");

  /**
   * One generated body: {@code json} is an application whose property {@code field} holds an
   * unpaired surrogate in its value, or in its name when {@code inName}.
   */
  private record Mutant(String field, boolean inName, String json) {
    /** Whether the surrogate is in the value of a free-text field, which must be named. */
    boolean inFreeText() {
      return !inName && FREE_TEXT.contains(field);
    }
  }

  /** Every mutant of every base: each string position, each half, each placement. */
  private static List<Mutant> mutants() {
    List<Mutant> mutants = new ArrayList<>();
    for (String base : BASES) {
      JsonNode application = read(base);
      for (Map.Entry<String, JsonNode> property : application.properties()) {
        String name = property.getKey();
        String quotedName = "\"" + name + "\"";
        for (String half : HALVES) {
          for (String placed : placements(name, half)) {
            mutants.add(new Mutant(name, true, base.replace(quotedName, "\"" + placed + "\"")));
          }
        }
        JsonNode value = property.getValue();
        List<String> strings = new ArrayList<>();
        if (value.isTextual()) {
          strings.add(value.asText());
        } else if (value.isArray()) {
          value.forEach(element -> strings.add(element.asText()));
        } else {
          strings.add(value.asText()); // a number, sent as a string holding the surrogate
        }
        for (String string : strings) {
          String quoted = value.isNumber() ? quotedName + ": " + string : "\"" + string + "\"";
          for (String half : HALVES) {
            for (String placed : placements(string, half)) {
              String replacement =
                  value.isNumber() ? quotedName + ": \"" + placed + "\"" : "\"" + placed + "\"";
              mutants.add(new Mutant(name, false, base.replace(quoted, replacement)));
            }
          }
        }
      }
    }
    return mutants;
  }

  /** {@code text} with {@code half} alone, before, after, at the echo's limit, past a pair. */
  private static List<String> placements(String text, String half) {
    String pad = "x".repeat(Math.max(0, 39 - text.length()));
    return List.of(
        half,
        half + text,
        text + half,
        text + pad + half + "tail",
        text + pad.substring(Math.min(1, pad.length())) + "\\ud83d\\ude00" + half + "tail");
  }

  /** The mutants, cycled or cut to {@code count}. */
  private static List<Mutant> bodies(int count) {
    List<Mutant> all = mutants();
    assertThat(all.size()).as("mutants").isGreaterThan(count / 2);
    List<Mutant> bodies = new ArrayList<>(count);
    for (int i = 0; bodies.size() < count; i++) {
      bodies.add(all.get(i % all.size()));
    }
    return bodies;
  }

  @Test
  void singleRoute_everyAnswerIsAWellFormedProblem_namingTheFreeTextField() {
    for (Mutant mutant : bodies(BODIES_PER_ROUTE)) {
      HttpResponse<byte[]> response =
          post("/v1/assessments", TestServer.JSON, mutant.json(), "Accept-Language", "zh");

      assertThat(response.statusCode()).as(mutant.json()).isEqualTo(400);
      assertThat(TestServer.contentType(response)).isEqualTo(TestServer.PROBLEM_JSON);
      JsonNode problem = wellFormedJson(response.body(), mutant.json());
      assertThat(problem.get("errors")).as(mutant.json()).isNotEmpty();
      if (mutant.inFreeText()) {
        assertThat(problem.get("errors").findValuesAsText("field"))
            .as(mutant.json())
            .contains(mutant.field());
      }
    }
  }

  @Test
  void batchRoute_eachLineIsAnswered_theBatchEnds_andEveryLineIsWellFormed() {
    for (Mutant mutant : bodies(BODIES_PER_ROUTE)) {
      String body = String.join("\n", BASES.get(0), mutant.json(), BASES.get(1)) + "\n";
      HttpResponse<byte[]> response =
          post("/v1/assessments/batch", TestServer.NDJSON, body, "Accept-Language", "en");

      assertThat(response.statusCode()).as(mutant.json()).isEqualTo(200);
      String[] lines = decode(response.body(), mutant.json()).split("\n", -1);
      assertThat(lines).as(mutant.json()).hasSize(5);
      assertThat(wellFormedJson(lines[0], mutant.json()).has("assessment")).isTrue();
      JsonNode refused = wellFormedJson(lines[1], mutant.json());
      assertThat(refused.at("/error/status").asInt()).as(mutant.json()).isEqualTo(400);
      if (mutant.inFreeText()) {
        assertThat(refused.at("/error/errors").findValuesAsText("field"))
            .as(mutant.json())
            .contains(mutant.field());
      }
      assertThat(wellFormedJson(lines[2], mutant.json()).has("assessment")).isTrue();
      assertThat(lines[3])
          .as(mutant.json())
          .isEqualTo("{\"end\":{\"lines\":3,\"assessments\":2,\"errors\":1}}");
      assertThat(lines[4]).isEmpty();
    }
  }

  @Test
  void batchRoute_csvAnswer_isWellFormedUtf8() {
    List<Mutant> mutants = bodies(100);
    StringBuilder body = new StringBuilder();
    mutants.forEach(mutant -> body.append(mutant.json()).append('\n'));

    HttpResponse<byte[]> response =
        post(
            "/v1/assessments/batch",
            TestServer.NDJSON,
            body.toString(),
            "Accept",
            "text/csv",
            "Accept-Language",
            "zh");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> rows = decode(response.body(), "the CSV answer").lines().toList();
    assertThat(rows).hasSize(mutants.size() + 1);
  }

  private static HttpResponse<byte[]> post(
      String path, String contentType, String body, String... headers) {
    HttpRequest request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .headers(headers)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return server.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Decodes {@code bytes} as UTF-8, failing on any malformed sequence. */
  private static String decode(byte[] bytes, String what) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the answer to " + what + " is not well-formed UTF-8", e);
    }
  }

  /** Returns the JSON in {@code text}, after checking that each of its strings is well-formed. */
  private static JsonNode wellFormedJson(byte[] bytes, String what) {
    return wellFormedJson(decode(bytes, what), what);
  }

  private static JsonNode wellFormedJson(String text, String what) {
    JsonNode node = read(text);
    assertWellFormed(node, what);
    return node;
  }

  private static void assertWellFormed(JsonNode node, String what) {
    if (node.isTextual()) {
      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(node.asText()))
          .as("%s well-formed, in the answer to %s", node.asText(), what)
          .isTrue();
    }
    node.fieldNames()
        .forEachRemaining(
            name ->
                assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(name))
                    .as("property %s", name)
                    .isTrue());
    node.forEach(child -> assertWellFormed(child, what));
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }
}
