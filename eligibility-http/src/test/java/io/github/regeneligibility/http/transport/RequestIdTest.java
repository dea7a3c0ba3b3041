package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.http.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every answer carries {@code X-Request-Id}: the client's when it is 1 to 64 characters of {@code
 * A-Z a-z 0-9 . _ -}, else a new one; a problem carries the same id as {@code requestId}, and the
 * access log line carries it, and a client's id that was replaced.
 */
final class RequestIdTest {
  private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{32}");
  private static final Logger ACCESS = (Logger) LoggerFactory.getLogger("eligibility.access");
  private static final ListAppender<ILoggingEvent> LINES = new ListAppender<>();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static EligibilityServer server;

  @BeforeAll
  static void start() {
    LINES.setContext(ACCESS.getLoggerContext());
    LINES.start();
    ACCESS.addAppender(LINES);
    server = EligibilityServer.builder().port(0).accessLog(true).metrics(false).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    ACCESS.detachAppender(LINES);
    LINES.stop();
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
            .timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String idOf(HttpResponse<?> response) {
    Optional<String> id = response.headers().firstValue("X-Request-Id");
    assertThat(id).isPresent();
    return id.orElseThrow();
  }

  /** Returns the access log line of the request {@code id}, once it is written. */
  private static ILoggingEvent lineOf(String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (LINES) {
        for (ILoggingEvent line : List.copyOf(LINES.list)) {
          if (id.equals(line.getMDCPropertyMap().get("requestId"))) {
            return line;
          }
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no access log line for request " + id + " in " + LINES.list);
  }

  @Test
  void aClientsId_isEchoed_inTheProblem_andLogged() throws Exception {
    HttpResponse<String> answer = get("/no/such/route", "X-Request-Id", "Trace_1.a-B");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(idOf(answer)).isEqualTo("Trace_1.a-B");
    assertThat(TestServer.json(answer).get("requestId").asText()).isEqualTo("Trace_1.a-B");
    assertThat(lineOf("Trace_1.a-B").getFormattedMessage())
        .startsWith("GET unmatched 404")
        .doesNotContain("replacedRequestId");
  }

  @Test
  void anIdOf64Characters_isTaken() throws Exception {
    String id = "x".repeat(64);

    assertThat(idOf(get("/health", "X-Request-Id", id))).isEqualTo(id);
  }

  @Test
  void withoutAnId_oneIsMade_newForEachRequest_andEchoedOnSuccessAndProblem() throws Exception {
    HttpResponse<String> health = get("/health");
    HttpResponse<String> problem = get("/no/such/route");

    assertThat(idOf(health)).matches(GENERATED);
    assertThat(idOf(problem)).matches(GENERATED).isNotEqualTo(idOf(health));
    assertThat(TestServer.json(problem).get("requestId").asText()).isEqualTo(idOf(problem));
    assertThat(lineOf(idOf(health)).getFormattedMessage()).doesNotContain("replacedRequestId");
  }

  @Test
  void anIdTooLong_isReplaced_andTheReplacedOneLoggedCut() throws Exception {
    String hostile = "a".repeat(65);

    HttpResponse<String> answer = get("/health", "X-Request-Id", hostile);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(idOf(answer)).matches(GENERATED);
    assertThat(lineOf(idOf(answer)).getFormattedMessage())
        .contains(" replacedRequestId=" + "a".repeat(32) + "…")
        .doesNotContain("a".repeat(33));
  }

  @Test
  void anIdWithAForbiddenCharacter_isReplaced() throws Exception {
    for (String hostile : List.of("a b", "a/b", "a;b", "a\"b", "a:b")) {
      HttpResponse<String> answer = get("/v1/no-such", "X-Request-Id", hostile);

      assertThat(idOf(answer)).as(hostile).matches(GENERATED);
      JsonNode problem = TestServer.json(answer);
      assertThat(problem.get("requestId").asText()).isEqualTo(idOf(answer));
    }
  }

  @Test
  void twoIds_areBothReplaced() throws Exception {
    HttpResponse<String> answer = get("/health", "X-Request-Id", "one", "X-Request-Id", "two");

    assertThat(idOf(answer)).matches(GENERATED);
    assertThat(lineOf(idOf(answer)).getFormattedMessage()).contains("replacedRequestId=one,two");
  }

  @Test
  void anIdWithAControlCharacterThatJettyRefuses_isAnsweredWithANewIdInTheProblem()
      throws Exception {
    String answer = raw("ab\u0001cd\u001b[31m");

    String id = header(answer, "x-request-id");
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(id).matches(GENERATED);
    assertThat(answer).contains("\"requestId\":\"" + id + "\"").doesNotContain("\u0001");
  }

  @Test
  void anIdWithATab_isReplaced_andLoggedWithoutIt() throws Exception {
    String answer = raw("ab\tcd");

    String id = header(answer, "x-request-id");
    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(id).matches(GENERATED);
    assertThat(lineOf(id).getFormattedMessage())
        .contains("replacedRequestId=ab?cd")
        .doesNotContain("\t");
  }

  /** Sends {@code GET /health} with {@code id} as its request id, byte for byte. */
  private static String raw(String id) throws IOException {
    String request =
        String.join(
            "\r\n",
            "GET /health HTTP/1.1",
            "Host: x",
            "X-Request-Id: " + id,
            "Connection: close",
            "",
            "");
    return raw(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String raw(byte[] request) throws IOException {
    try (Socket socket = new Socket("localhost", server.port())) {
      socket.setSoTimeout(30_000); // a guard against a hung test, never reached when it passes
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String header(String answer, String name) {
    Matcher header =
        Pattern.compile("(?im)^" + Pattern.quote(name) + ": *([^\r\n]*)").matcher(answer);
    assertThat(header.find()).as(answer).isTrue();
    return header.group(1).strip().toLowerCase(Locale.ROOT);
  }
}
