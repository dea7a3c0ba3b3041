package io.github.regeneligibility.http.transport;

import static io.github.regeneligibility.http.support.RawHttp.connect;
import static io.github.regeneligibility.http.support.RawHttp.exchange;
import static io.github.regeneligibility.http.support.RawHttp.readUntil;
import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow and greedy clients against tiny limits, over a real port: connections held open on raw
 * sockets take the work permits or the connections, and the tests show that the excess is answered
 * 503 with {@code Retry-After} while {@code /health} still answers 200. Every step waits for an
 * answer the server must give, never for time to pass.
 */
final class SlowClientTest {
  private static final String UNAVAILABLE =
      "https://regen-eligibility.github.io/problems/service-unavailable";

  @RegisterExtension
  static final TestServer twoPermits =
      TestServer.withLimits(Limits.DEFAULT.withMaxConcurrentRequests(2));

  @RegisterExtension
  static final TestServer fourConnections =
      TestServer.withLimits(Limits.DEFAULT.withMaxConnections(4));

  @RegisterExtension
  static final TestServer shortDeadline =
      TestServer.withLimits(Limits.DEFAULT.withAssessmentDeadline(Duration.ofMillis(200)));

  @Test
  void batches_pastTheWorkPermits_are503WithRetryAfter_whileHealthAnswers() throws IOException {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        held.add(holdBatch(twoPermits));
      }

      HttpResponse<String> refused =
          twoPermits.post("/v1/assessments/batch", NDJSON, APPLICATION + "\n");
      HttpResponse<String> assessment = twoPermits.assess(APPLICATION);
      HttpResponse<String> health = twoPermits.get("/health");

      for (HttpResponse<String> excess : List.of(refused, assessment)) {
        assertThat(excess.statusCode()).isEqualTo(503);
        assertThat(contentType(excess)).isEqualTo(PROBLEM_JSON);
        assertThat(excess.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(excess.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(excess.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json(excess).get("type").asText()).isEqualTo(UNAVAILABLE);
        assertThat(json(excess).get("detail").asText())
            .isEqualTo(
                "The service is serving as many requests as it takes at once; retry after the"
                    + " time in Retry-After.");
      }
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(json(health).get("status").asText()).isEqualTo("UP");
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void requests_pastTheConnectionLimit_are503WithRetryAfter_whileHealthAnswers()
      throws IOException {
    List<Socket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Socket socket = connect(fourConnections);
        open.add(socket);
        assertThat(exchange(socket, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n"))
            .startsWith("HTTP/1.1 200 ");
      }
      Socket fifth = connect(fourConnections);
      open.add(fifth);
      Socket sixth = connect(fourConnections);
      open.add(sixth);

      String refused =
          exchange(
              fifth,
              "POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + APPLICATION.getBytes(StandardCharsets.UTF_8).length
                  + "\r\n\r\n"
                  + APPLICATION);
      String health = exchange(sixth, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(refused).startsWith("HTTP/1.1 503 ");
      assertThat(refused.toLowerCase(Locale.ROOT))
          .contains("retry-after: 1")
          .contains("connection: close")
          .contains("content-type: application/problem+json")
          .contains("x-content-type-options: nosniff");
      assertThat(refused).contains(UNAVAILABLE);
      assertThat(health).startsWith("HTTP/1.1 200 ").contains("\"status\":\"UP\"");
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
  }

  @Test
  void singleAssessment_notReadWithinItsDeadline_is503WithRetryAfter() throws IOException {
    try (Socket socket = connect(shortDeadline)) {
      String answer =
          exchange(
              socket,
              "POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100\r\n\r\n{\"id\": ");

      assertThat(answer).startsWith("HTTP/1.1 503 ");
      assertThat(answer.toLowerCase(Locale.ROOT))
          .contains("retry-after: 1")
          .contains("cache-control: no-store");
      assertThat(answer)
          .contains(UNAVAILABLE)
          .contains("The request was not finished within its deadline of 200 ms");
    }
    assertThat(shortDeadline.get("/health").statusCode()).isEqualTo(200);
  }

  /**
   * Starts a chunked batch of one line and keeps its socket open without ending the body; returns
   * once the service has answered the line, so that the batch certainly holds its work permit.
   */
  private static Socket holdBatch(TestServer server) throws IOException {
    Socket socket = connect(server);
    byte[] line = (APPLICATION + "\n").getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /v1/assessments/batch HTTP/1.1\r\nHost: x\r\nContent-Type: "
                + NDJSON
                + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(line.length)
                + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(line);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String answered = readUntil(socket.getInputStream(), "\"line\":1");
    assertThat(answered).startsWith("HTTP/1.1 200 ");
    return socket;
  }
}
