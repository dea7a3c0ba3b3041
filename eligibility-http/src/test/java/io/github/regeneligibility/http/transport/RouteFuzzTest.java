package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzzes the whole request path in-process: a real server in this JVM, and a request whose route,
 * query, headers and body come from the fuzzer's bytes; the answer's status and bytes are checked.
 * The contract, on every route and for any body: never a 500; every answer at 400 or above is
 * {@code application/problem+json} whose {@code status} is the answer's; every JSON, NDJSON, CSV or
 * problem answer is well-formed UTF-8, and its JSON parses with well-formed strings. The inputs
 * under {@code RouteFuzzTestInputs} (seeds for each route, and what campaigns found) replay in
 * every build; {@code JAZZER_FUZZ=1} fuzzes (see CONTRIBUTING.md).
 */
final class RouteFuzzTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> ROUTES =
      List.of(
          "POST /v1/assessments",
          "POST /v1/assessments/batch",
          "POST /v1/policy/impact",
          "GET /v1/policy",
          "GET /v1/policy/editions",
          "GET /health",
          "GET /metrics",
          "GET /",
          "PUT /v1/assessments",
          "POST /nowhere");
  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/x-ndjson",
          "text/csv",
          "text/csv; charset=utf-8",
          "application/json; charset=utf-16",
          "text/plain");
  private static final List<String> ACCEPTS =
      List.of("application/json", "text/csv", "application/x-ndjson", "*/*", "text/html");
  private static final List<String> LANGUAGES = List.of("zh", "en", "zh-TW", "fr", "zh-CN;q=0.1");
  private static final List<String> QUERY_NAMES = List.of("on", "ON", "lang", "x");

  @FuzzTest(maxDuration = "10m")
  void anyRequest(FuzzedDataProvider data) throws IOException, InterruptedException {
    String[] route = data.pickValue(ROUTES).split(" ", 2);
    StringBuilder query = new StringBuilder();
    int parameters = data.consumeInt(0, 2);
    for (int i = 0; i < parameters; i++) {
      query
          .append(i == 0 ? '?' : '&')
          .append(data.pickValue(QUERY_NAMES))
          .append('=')
          .append(URLEncoder.encode(data.consumeString(16), StandardCharsets.UTF_8));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.uri(route[1]) + query.toString()))
            .timeout(Duration.ofSeconds(30));
    if (data.consumeBoolean()) {
      request.header("Content-Type", data.pickValue(CONTENT_TYPES));
    }
    if (data.consumeBoolean()) {
      request.header("Accept", data.pickValue(ACCEPTS));
    }
    if (data.consumeBoolean()) {
      request.header("Accept-Language", data.pickValue(LANGUAGES));
    }
    byte[] body = data.consumeRemainingAsBytes();
    request.method(route[0], HttpRequest.BodyPublishers.ofByteArray(body));

    HttpResponse<InputStream> response;
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    boolean cut = false;
    // The fuzzer's SSRF detector flags every connection; this test's own, to its server, are meant.
    SilentCloseable ours = BugDetectors.allowNetworkConnections(this::isTheServer);
    try {
      response = server.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        in.transferTo(answer);
      } catch (IOException e) {
        cut = true;
      }
    } finally {
      ours.close();
    }

    if (cut) {
      // A batch whose input cannot be read on is answered up to there, then cut (API.md).
      assertThat(route[1])
          .as("only a batch's answer may be cut")
          .isEqualTo("/v1/assessments/batch");
      assertThat(response.statusCode()).isEqualTo(200);
    }
    meetsTheContract(response.statusCode(), TestServer.contentType(response), answer, cut);
  }

  private boolean isTheServer(String host, int port) {
    return host.equals("localhost") && port == server.server().port();
  }

  /**
   * Checks an answer against the contract of every answer; of a {@code cut} one, only the lines it
   * finished.
   */
  static void meetsTheContract(
      int status, String contentType, ByteArrayOutputStream answer, boolean cut) {
    String type = contentType.toLowerCase(Locale.ROOT);
    byte[] body = answer.toByteArray();
    if (cut) {
      int end = body.length;
      while (end > 0 && body[end - 1] != '\n') {
        end--;
      }
      body = Arrays.copyOf(body, end);
    }
    assertThat(status).as("status").isNotEqualTo(500).isLessThan(600);
    if (status >= 400) {
      assertThat(type).isEqualTo(TestServer.PROBLEM_JSON);
      JsonNode problem = wellFormedJson(decode(body));
      assertThat(problem.get("status").asInt()).isEqualTo(status);
      assertThat(problem.has("type") && problem.has("title") && problem.has("detail")).isTrue();
    } else if (type.startsWith("application/json")) {
      wellFormedJson(decode(body));
    } else if (type.startsWith("application/x-ndjson")) {
      decode(body).lines().forEach(RouteFuzzTest::wellFormedJson);
    } else if (type.startsWith("text/")) {
      decode(body);
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the answer is not well-formed UTF-8", e);
    }
  }

  private static JsonNode wellFormedJson(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("the answer is not JSON: " + text, e);
    }
    assertWellFormed(node);
    return node;
  }

  private static void assertWellFormed(JsonNode node) {
    if (node.isTextual()) {
      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(node.asText()))
          .as("a string of the answer is well-formed: %s", node.asText())
          .isTrue();
    }
    node.properties()
        .forEach(
            property ->
                assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(property.getKey()))
                    .as("a property name of the answer is well-formed")
                    .isTrue());
    node.forEach(RouteFuzzTest::assertWellFormed);
  }
}
