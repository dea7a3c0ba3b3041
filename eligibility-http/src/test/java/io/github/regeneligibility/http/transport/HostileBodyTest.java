package io.github.regeneligibility.http.transport;

import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies built to hurt the service, over a real port: each is refused with a small 400 that names
 * what is wrong, never a 5xx, and never an answer larger than the documented bound.
 */
final class HostileBodyTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  /** The largest problem answer, whatever the body: 64 KiB. */
  private static final int ANSWER_BOUND = 64 * 1024;

  /** About 520,000 elements: the most a 1 MiB body can hold. */
  private static byte[] millionSectors() {
    StringBuilder body = new StringBuilder(Limits.MAX_BODY_BYTES);
    body.append("{\"sectors\":[1");
    while (body.length() < Limits.MAX_BODY_BYTES - 4) {
      body.append(",1");
    }
    return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** 60,000 unknown properties in well under 1 MiB. */
  private static byte[] unknownProperties() {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < 60_000; i++) {
      body.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":1");
    }
    return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
    return send(request(path, contentType, body));
  }

  /** Posts {@code application}, in UTF-8, to be assessed. */
  private static HttpResponse<byte[]> assess(String application) {
    return post("/v1/assessments", TestServer.JSON, application.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpRequest request(String path, String contentType, byte[] body) {
    return HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static HttpResponse<byte[]> send(HttpRequest request) {
    return server.client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).join();
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    return TestServer.json(new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void assess_arrayOfHalfAMillionElements_isA400WithinTheBound_namingTheArray() {
    HttpResponse<byte[]> response = post("/v1/assessments", TestServer.JSON, millionSectors());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body().length).isLessThanOrEqualTo(ANSWER_BOUND);
    JsonNode errors = json(response).get("errors");
    assertThat(errors.findValuesAsText("code")).contains("TOO_MANY_ELEMENTS");
    assertThat(errors.findValuesAsText("field")).doesNotContain("sectors[7]");
  }

  @Test
  void assess_sixtyThousandUnknownProperties_lists100ErrorsAndCountsTheRest() {
    HttpResponse<byte[]> response = post("/v1/assessments", TestServer.JSON, unknownProperties());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body().length).isLessThanOrEqualTo(ANSWER_BOUND);
    JsonNode problem = json(response);
    assertThat(problem.get("errors")).hasSize(100);
    long omitted = problem.get("omittedErrors").asLong();
    assertThat(100 + omitted).isGreaterThanOrEqualTo(60_000);
    assertThat(problem.get("detail").asText()).isEqualTo((100 + omitted) + " problems");
  }

  @Test
  void assess_eightWorstCaseBodiesAtOnce_eachGetsItsSmall400() {
    List<CompletableFuture<HttpResponse<byte[]>>> answers =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    request(
                        "/v1/assessments",
                        TestServer.JSON,
                        i % 2 == 0 ? millionSectors() : unknownProperties()))
            .map(
                request ->
                    server.client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
            .toList();

    assertThat(answers)
        .allSatisfy(
            answer -> {
              HttpResponse<byte[]> response = answer.join();
              assertThat(response.statusCode()).isEqualTo(400);
              assertThat(response.body().length).isLessThanOrEqualTo(ANSWER_BOUND);
            });
  }

  @Test
  void assess_longPropertyName_isEchoedCutTo40Characters() {
    String name = "n".repeat(10_000);
    HttpResponse<byte[]> response = assess("{\"" + name + "\": 1}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode unknown = json(response).get("errors").get(json(response).get("errors").size() - 1);
    assertThat(unknown.get("code").asText()).isEqualTo("UNKNOWN_PROPERTY");
    assertThat(unknown.get("field").asText()).isEqualTo("n".repeat(40) + "…");
    assertThat(response.body().length).isLessThan(4096);
  }

  @Test
  void batchLine_sixtyThousandUnknownProperties_isAnErrorLineWithinTheBound() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(unknownProperties());
    body.writeBytes(("\n" + TestServer.APPLICATION + "\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> response =
        post("/v1/assessments/batch", TestServer.NDJSON, body.toByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = new String(response.body(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0).getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(ANSWER_BOUND);
    JsonNode first = TestServer.json(lines.get(0));
    assertThat(first.at("/error/errors")).hasSize(100);
    assertThat(first.at("/error/omittedErrors").asLong()).isPositive();
    assertThat(TestServer.json(lines.get(1)).at("/assessment/tier").asText()).isEqualTo("PRIORITY");
  }

  /** The valid application in an encoding, with or without its byte-order mark. */
  private static byte[] encoded(String charset, boolean bom) {
    Charset encoding = Charset.forName(charset);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (bom) {
      bytes.writeBytes("\uFEFF".getBytes(encoding));
    }
    bytes.writeBytes(TestServer.APPLICATION.getBytes(encoding));
    return bytes.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({
    "UTF-16BE, true, UTF-16BE",
    "UTF-16LE, true, UTF-16LE",
    "UTF-16BE, false, UTF-16BE",
    "UTF-16LE, false, UTF-16LE",
    "UTF-32BE, true, UTF-32BE",
    "UTF-32LE, true, UTF-32LE",
    "UTF-32BE, false, UTF-32BE",
    "UTF-32LE, false, UTF-32LE"
  })
  void assess_bodyInAnotherEncoding_isA400NamingIt(String charset, boolean bom, String named) {
    HttpResponse<byte[]> response = post("/v1/assessments", TestServer.JSON, encoded(charset, bom));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    JsonNode error = json(response).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("UNSUPPORTED_ENCODING");
    assertThat(error.get("message").asText())
        .isEqualTo(
            "The body is encoded in "
                + named
                + ", not UTF-8: save it as UTF-8 (with or without a byte-order mark) and send it"
                + " again.");
  }

  @Test
  void assess_theFourBytesJacksonTakesForUtf32_isA400() {
    HttpResponse<byte[]> response =
        post("/v1/assessments", TestServer.JSON, new byte[] {0, '{', 0, 0});

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/errors/0/code").asText()).isEqualTo("UNSUPPORTED_ENCODING");
  }

  @Test
  void assess_invalidUtf8_isA400NamingTheByte() {
    byte[] body =
        TestServer.APPLICATION
            .replace("Example", "Ex\u00e9mple")
            .getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<byte[]> response = post("/v1/assessments", TestServer.JSON, body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response).at("/errors/0");
    assertThat(error.get("code").asText()).isEqualTo("INVALID_UTF8");
    int at = TestServer.APPLICATION.indexOf("Example") + 2;
    assertThat(error.get("message").asText())
        .isEqualTo(
            "The body is not valid UTF-8 at byte offset "
                + at
                + ": save it as UTF-8 and send it again.");
  }

  @ParameterizedTest
  @CsvSource({"77E7777777777", "1111111E130555611056", "1e-2147483649"})
  void assess_numberWhoseExponentOverflows_isA400NamingTheLimit(String number) {
    HttpResponse<byte[]> response = assess("{\"yearsToIndustrialization\": " + number + "}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response).at("/errors/0");
    assertThat(error.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(error.get("message").asText())
        .isEqualTo("The body exceeds a limit: a number whose exponent is out of range.");
  }

  @Test
  void assess_utf8WithAByteOrderMark_isAssessed() {
    HttpResponse<byte[]> response =
        post("/v1/assessments", TestServer.JSON, encoded("UTF-8", true));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("tier").asText()).isEqualTo("PRIORITY");
  }

  @Test
  void batch_linesInOtherEncodings_areErrorLines_andTheBatchGoesOn() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0, '{', 0, 0, '\n'});
    body.writeBytes(encoded("UTF-32BE", true));
    body.write('\n');
    body.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
    body.writeBytes(encoded("UTF-8", true));
    body.write('\n');

    HttpResponse<byte[]> response =
        post("/v1/assessments/batch", TestServer.NDJSON, body.toByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> lines =
        new String(response.body(), StandardCharsets.UTF_8)
            .lines()
            .map(TestServer::json)
            .filter(line -> line.has("line"))
            .toList();
    assertThat(lines)
        .extracting(line -> line.at("/error/errors/0/code").asText())
        .containsExactly("UNSUPPORTED_ENCODING", "UNSUPPORTED_ENCODING", "INVALID_UTF8", "");
    assertThat(lines.get(3).at("/assessment/tier").asText()).isEqualTo("PRIORITY");
  }
}
