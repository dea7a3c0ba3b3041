package io.github.regeneligibility.http.transport;

import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.assertProblem;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static io.github.regeneligibility.http.support.TestServer.problemBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.rules.Eligibility;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ErrorResponseTest {
  private static final FailingClock CLOCK = new FailingClock(TestServer.fixedClock());

  /** A clock that works until told to fail, so that the service fails where it reads "today". */
  private static final class FailingClock extends Clock {
    private final Clock clock;
    private volatile boolean throwing;
    private volatile boolean erring;

    FailingClock(Clock clock) {
      this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
      return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      if (throwing) {
        throw new IllegalStateException("clock.secret.Internal broke at /etc/secret");
      }
      if (erring) {
        throw new StackOverflowError("deep in clock.secret.Internal");
      }
      return clock.instant();
    }
  }

  @RegisterExtension
  static final TestServer server = TestServer.with(List.of(Eligibility.defaultEdition()), CLOCK);

  @ParameterizedTest
  @CsvSource({"/v2/assessments", "/v1/assessment", "/assets/missing.js", "/openapi.yaml"})
  void get_unknownRoute_is404Problem(String path) {
    HttpResponse<String> response = server.get(path);

    JsonNode problem = assertProblem(response, 404, "not-found");
    assertThat(problem.get("title").asText()).isEqualTo("Not found");
    assertThat(problem.get("detail").asText())
        .isEqualTo("There is no route GET " + path + ": the routes are listed in /openapi.json.");
  }

  @Test
  void get_unknownRouteInChinese_is404ProblemInChinese() {
    HttpResponse<String> response = server.get("/nowhere", "Accept-Language", "zh-Hans");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(json(response).get("title").asText()).isEqualTo("未找到");
    assertThat(json(response).get("detail").asText())
        .isEqualTo("没有路由 GET /nowhere：全部路由见 /openapi.json。");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/assessments, POST",
    "PUT, /v1/assessments/batch, POST",
    "DELETE, /v1/policy, 'GET, HEAD'",
    "POST, /health, 'GET, HEAD'",
    "PATCH, /openapi.json, 'GET, HEAD'"
  })
  void request_wrongMethod_is405ProblemWithAllow(String method, String path, String allowed) {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(server.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(response.headers().firstValue("Allow")).contains(allowed);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText())
        .isEqualTo("https://regen-eligibility.github.io/problems/method-not-allowed");
    assertThat(problem.get("detail").asText())
        .isEqualTo(path + " takes " + allowed + ", not " + method + ".");
  }

  @Test
  void get_whenTheServiceFails_is500GenericWithTheStackTraceOnlyInTheLog() {
    PrintStream out = System.out;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    HttpResponse<String> response;
    try {
      System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
      CLOCK.throwing = true;
      response = server.get("/health");
    } finally {
      CLOCK.throwing = false;
      System.setOut(out);
    }

    assertThat(problemBody(response, 500))
        .isEqualTo(
            "{\"type\":\"https://regen-eligibility.github.io/problems/internal-error\","
                + "\"title\":\"Internal server error\",\"status\":500,\"detail\":\"The service"
                + " failed unexpectedly; the failure has been logged. Try again later.\","
                + "\"requestId\":\""
                + response.headers().firstValue("X-Request-Id").orElseThrow()
                + "\"}")
        .doesNotContain("secret", "Exception", "java.", "at ");
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("ERROR ProblemMapper - GET /health failed unexpectedly")
        .contains("java.lang.IllegalStateException: clock.secret.Internal broke at /etc/secret")
        .contains("\tat io.github.regeneligibility.rules.PolicyEditions.today(");
  }

  @Test
  void get_whenTheServiceFailsWithAnError_is500Generic() {
    HttpResponse<String> response;
    try {
      CLOCK.erring = true;
      response = server.get("/v1/policy", "Accept-Language", "zh");
    } finally {
      CLOCK.erring = false;
    }

    assertProblem(response, 500, "internal-error");
    assertThat(response.body()).doesNotContain("secret", "Error", "java.");
  }

  @Test
  void get_afterAFailure_servesAgain() {
    HttpResponse<String> response = server.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo("application/json");
    assertThat(json(response).get("status").asText()).isEqualTo("UP");
  }
}
