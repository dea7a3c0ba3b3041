package io.github.regeneligibility.http;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.ServiceProcess;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.rules.Eligibility;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What operators rely on: the metrics after known traffic, and draining before a stop. */
final class OperationsTest {
  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(\\{[^}]*\\})? (\\S+)$");

  /** Returns the value of the sample {@code name{labels}} in {@code text}, or -1 when absent. */
  private static double sample(String text, String name, Map<String, String> labels) {
    for (String line : text.lines().toList()) {
      Matcher sample = SAMPLE.matcher(line);
      if (sample.matches()
          && sample.group(1).equals(name)
          && labels.entrySet().stream()
              .allMatch(
                  label ->
                      sample.group(2) != null
                          && sample
                              .group(2)
                              .contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
        return Double.parseDouble(sample.group(3));
      }
    }
    return -1;
  }

  @Test
  void metrics_afterKnownTraffic_countRequestsAssessmentsLinesAndTheEdition() {
    String before = server.get("/metrics").body();
    double priorityBefore =
        Math.max(
            0,
            sample(
                before,
                "eligibility_assessments_total",
                Map.of("tier", "PRIORITY", "edition", "park-intake@2026.1")));

    server.assess(APPLICATION); // PRIORITY
    server.assess(APPLICATION); // PRIORITY
    server.assess("{}"); // 400
    server.post("/v1/assessments/batch", NDJSON, APPLICATION + "\n{\"typo\": 1}\n");
    server.get("/no/such/route");
    HttpResponse<String> scrape = server.get("/metrics");
    String text = scrape.body();

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(contentType(scrape)).startsWith("text/plain; version=0.0.4");
    assertThat(
            sample(
                text,
                "eligibility_assessments_total",
                Map.of("tier", "PRIORITY", "edition", "park-intake@2026.1")))
        .isEqualTo(priorityBefore + 3);
    assertThat(
            sample(
                text,
                "eligibility_http_requests_seconds_count",
                Map.of("method", "POST", "route", "/v1/assessments", "status", "400")))
        .isEqualTo(1);
    assertThat(
            sample(
                text,
                "eligibility_http_requests_seconds_bucket",
                Map.of("method", "POST", "route", "/v1/assessments/batch", "le", "+Inf")))
        .isEqualTo(1);
    assertThat(
            sample(
                text,
                "eligibility_http_requests_seconds_count",
                Map.of("route", "unmatched", "status", "404")))
        .isEqualTo(1);
    assertThat(sample(text, "eligibility_batch_lines_total", Map.of("outcome", "assessment")))
        .isEqualTo(1);
    assertThat(sample(text, "eligibility_batch_lines_total", Map.of("outcome", "error")))
        .isEqualTo(1);
    assertThat(
            sample(
                text,
                "eligibility_edition_info",
                Map.of("id", "park-intake", "version", "2026.1", "effective_from", "2026-01-01")))
        .isEqualTo(1);
    assertThat(sample(text, "eligibility_edition_reloads_total", Map.of("result", "applied")))
        .isZero();
    assertThat(sample(text, "jvm_threads_live_threads", Map.of())).isPositive();
  }

  @Test
  void drainAndStop_healthIs503WhileTheOtherRoutesServe_thenConnectionsAreRefused()
      throws Exception {
    EligibilityServer draining =
        EligibilityServer.builder()
            .port(0)
            .editions(
                Eligibility.editions(
                    List.of(Eligibility.defaultEdition()), TestServer.fixedClock()))
            .drainDelay(Duration.ofHours(1)) // ended below by an interrupt, never by the clock
            .accessLog(false)
            .build()
            .start();
    int port = draining.port();
    AtomicBoolean finished = new AtomicBoolean();
    Thread stopping = new Thread(() -> finished.set(draining.drainAndStop()), "test-drain");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> healthBefore = get(client, port, "/health");

    stopping.start();
    while (!draining.isDraining()) {
      Thread.onSpinWait();
    }
    HttpResponse<String> health = get(client, port, "/health");
    HttpResponse<String> assessment =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/assessments"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(APPLICATION))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    stopping.interrupt(); // the drain delay is over
    stopping.join(Duration.ofSeconds(60).toMillis());

    assertThat(healthBefore.statusCode()).isEqualTo(200);
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(contentType(health)).isEqualTo(PROBLEM_JSON);
    assertThat(assessment.statusCode()).isEqualTo(200);
    assertThat(stopping.isAlive()).isFalse();
    assertThat(finished).isTrue();
    assertThat(ServiceProcess.refusesConnections(port)).isTrue();
  }

  private static HttpResponse<String> get(HttpClient client, int port, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
