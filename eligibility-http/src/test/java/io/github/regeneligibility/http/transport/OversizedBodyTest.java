package io.github.regeneligibility.http.transport;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.support.DuplexBatchClient;
import io.github.regeneligibility.http.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body over the limit of a single assessment is answered 413 in a way the client can read: the
 * rest of the body is discarded up to {@link OversizedBody#DISCARD_LIMIT}, and past it the answer
 * says {@code Connection: close}. Each test writes its whole body before it reads, as real clients
 * do, so none depends on how fast the server closes.
 */
final class OversizedBodyTest {
  private static final String TYPE_413 =
      "https://regen-eligibility.github.io/problems/content-too-large";
  private static final int TWO_MIB = 2 << 20;

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  /** A body of exactly {@code size} bytes: the application, padded with spaces inside. */
  private static byte[] bodyOf(int size) {
    byte[] application = APPLICATION.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    System.arraycopy(application, 1, body, size - application.length + 1, application.length - 1);
    return body;
  }

  private static void assertIs413(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo(TYPE_413);
    assertThat(problem.get("status").asInt()).isEqualTo(413);
  }

  @Test
  void assess_twoMebibytesDeclared_is413() {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(server.uri("/v1/assessments"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodyOf(TWO_MIB))));

    assertIs413(response);
  }

  @Test
  void assess_twoMebibytesChunked_is413() {
    byte[] body = bodyOf(TWO_MIB);

    HttpResponse<String> response = server.assessChunked(body);

    assertIs413(response);
  }

  @Test
  void assess_oversizedBodyWithinTheDiscardLimit_keepsTheConnectionForTheNextRequest()
      throws IOException {
    byte[] oversized = bodyOf(Limits.MAX_BODY_BYTES + 1);
    byte[] valid = APPLICATION.getBytes(StandardCharsets.UTF_8);

    try (DuplexBatchClient client =
        new DuplexBatchClient(server.server().port(), head(oversized.length))) {
      client.sendRaw(oversized);
      String first = client.readDeclaredBody();
      int firstStatus = client.status();
      client.sendRaw(head(valid.length).getBytes(StandardCharsets.US_ASCII));
      client.sendRaw(valid);
      String second = client.readDeclaredBody();

      assertThat(firstStatus).isEqualTo(413);
      assertThat(json(first).get("type").asText()).isEqualTo(TYPE_413);
      assertThat(client.status()).isEqualTo(200);
      assertThat(json(second).get("score").asInt()).isEqualTo(77);
    }
  }

  @Test
  void assess_oversizedChunkedBodyWithinTheDiscardLimit_keepsTheConnection() throws IOException {
    byte[] oversized = bodyOf(Limits.MAX_BODY_BYTES + 4096);

    try (DuplexBatchClient client = new DuplexBatchClient(server.server().port(), chunkedHead())) {
      client.sendRaw(chunked(oversized));
      String answer = client.readDeclaredBody();

      assertThat(client.status()).isEqualTo(413);
      assertThat(client.headers()).doesNotContainKey("connection");
      assertThat(json(answer).get("type").asText()).isEqualTo(TYPE_413);
    }
  }

  @Test
  void assess_declaredLengthPastTheDiscardLimit_isAnswered413AndClosed() throws IOException {
    long declared = OversizedBody.DISCARD_LIMIT + 1;

    try (DuplexBatchClient client =
        new DuplexBatchClient(
            server.server().port(), head(declared))) { // no body byte is ever sent
      String answer = client.readDeclaredBody();

      assertThat(client.status()).isEqualTo(413);
      assertThat(client.headers()).containsEntry("connection", "close");
      assertThat(client.headers()).containsEntry("content-type", PROBLEM_JSON);
      assertThat(json(answer).get("type").asText()).isEqualTo(TYPE_413);
      assertThat(client.closedByServer()).isTrue();
    }
  }

  private static String head(long length) {
    return String.format(
        Locale.ROOT,
        """
            POST /v1/assessments HTTP/1.1\r
            Host: localhost\r
            Content-Type: application/json\r
            Content-Length: %d\r
            \r
            """,
        length);
  }

  private static String chunkedHead() {
    return """
        POST /v1/assessments HTTP/1.1\r
        Host: localhost\r
        Content-Type: application/json\r
        Transfer-Encoding: chunked\r
        \r
        """;
  }

  /** {@code body} as 64 KiB chunks and the last chunk. */
  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4096);
    for (int from = 0; from < body.length; from += 1 << 16) {
      int length = Math.min(1 << 16, body.length - from);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, from, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
