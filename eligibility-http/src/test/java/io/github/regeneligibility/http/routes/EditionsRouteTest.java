package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.PolicyFileCode;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.MovableClock;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several editions served at once, a live set swapped while requests run, and Shanghai midnight.
 */
final class EditionsRouteTest {
  private static final PolicyEdition E2026 = Eligibility.defaultEdition();
  private static final PolicyEdition E2027 =
      new PolicyEdition.Builder()
          .from(E2026)
          .version("2027.1")
          .effectiveFrom(LocalDate.of(2027, 1, 1))
          .eligibilityThreshold(65)
          .build();

  private static Instant shanghai(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(Eligibility.DEFAULT_ZONE).toInstant();
  }

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private @Nullable EligibilityServer server;

  private void serve(LiveEditions live) {
    server = EligibilityServer.builder().port(0).editions(live).accessLog(false).build().start();
  }

  private int port() {
    return Objects.requireNonNull(server, "serve() starts the server first").port();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> assess(String query) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/v1/assessments" + query))
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(APPLICATION))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> statuses(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.get("editions")
        .forEach(e -> out.add(e.get("version").asText() + " " + e.get("status").asText()));
    return out;
  }

  @Test
  void scheduledEdition_takesEffectAtShanghaiMidnight_onItsOwn() throws Exception {
    MovableClock clock = new MovableClock(shanghai("2026-12-31T23:59:59"));
    serve(LiveEditions.of(Eligibility.editions(List.of(E2026, E2027), clock)));

    String policyBefore = json(get("/v1/policy")).get("version").asText();
    String healthBefore = json(get("/health")).get("policy").get("version").asText();
    List<String> before = statuses(json(get("/v1/policy/editions")));
    clock.set(shanghai("2027-01-01T00:00:00"));
    String policyAfter = json(get("/v1/policy")).get("version").asText();
    String healthAfter = json(get("/health")).get("policy").get("version").asText();
    List<String> after = statuses(json(get("/v1/policy/editions")));
    String assessedAfter = json(assess("")).get("policy").get("version").asText();

    assertThat(policyBefore).isEqualTo("2026.1");
    assertThat(healthBefore).isEqualTo("2026.1");
    assertThat(healthAfter).isEqualTo("2027.1");
    assertThat(before).containsExactly("2026.1 IN_FORCE", "2027.1 SCHEDULED");
    assertThat(policyAfter).isEqualTo("2027.1");
    assertThat(after).containsExactly("2026.1 SUPERSEDED", "2027.1 IN_FORCE");
    assertThat(assessedAfter).isEqualTo("2027.1");
  }

  @Test
  void on_picksTheEditionOnEveryRoute() throws Exception {
    serve(
        LiveEditions.of(
            Eligibility.editions(List.of(E2026, E2027), TestServer.fixedClock()))); // 2026-06-01

    assertThat(json(get("/v1/policy?on=2027-01-01")).get("version").asText()).isEqualTo("2027.1");
    assertThat(json(get("/v1/policy?on=2026-12-31")).get("version").asText()).isEqualTo("2026.1");
    assertThat(json(get("/v1/policy")).get("eligibilityThreshold").asInt()).isEqualTo(60);
    assertThat(json(assess("?on=2027-03-01")).get("policy").get("version").asText())
        .isEqualTo("2027.1");
    HttpResponse<String> tooEarly = get("/v1/policy?on=2020-01-01");
    assertThat(tooEarly.statusCode()).isEqualTo(400);
    assertThat(json(tooEarly).get("errors").get(0).get("code").asText())
        .isEqualTo("NO_EDITION_IN_FORCE");
  }

  @Test
  void health_listsTheProblemsOfARefusedChange_untilAChangeIsApplied() throws Exception {
    LiveEditions live =
        LiveEditions.of(Eligibility.editions(List.of(E2026), TestServer.fixedClock()));
    serve(live);
    Problem problem =
        Problem.of(Problem.WHOLE, PolicyFileCode.NO_POLICY_FILES, Map.of("directory", "policies"))
            .inFile("policies");

    JsonNode healthy = json(get("/health"));
    live.refuse(List.of(problem));
    JsonNode refused = json(get("/health"));
    JsonNode refusedInChinese =
        json(
            client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/health"))
                    .header("Accept-Language", "zh-CN")
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
    JsonNode refusedAgain = json(get("/health"));
    live.apply(Eligibility.editions(List.of(E2026, E2027), TestServer.fixedClock()));
    JsonNode cleared = json(get("/health"));

    assertThat(healthy.get("policyProblems")).isEmpty();
    assertThat(refused.get("status").asText()).isEqualTo("UP");
    assertThat(refused.get("policyProblems")).hasSize(1);
    assertThat(refused.get("policyProblems").get(0).get("file").asText()).isEqualTo("policies");
    assertThat(refused.get("policyProblems").get(0).get("message").asText())
        .isEqualTo("policies holds no policy file: add one edition per *.json file.");
    assertThat(refusedInChinese.get("policyProblems").get(0).get("message").asText())
        .isEqualTo("目录 policies 中没有政策文件：请将每个政策版本单独存为一个 .json 文件。");
    assertThat(refusedAgain).isEqualTo(refused);
    assertThat(cleared.get("policyProblems")).isEmpty();
    assertThat(statuses(json(get("/v1/policy/editions"))))
        .containsExactly("2026.1 IN_FORCE", "2027.1 SCHEDULED");
  }

  @Test
  void reload_underConcurrentLoad_failsNoRequestAndMixesNoSets() throws Exception {
    PolicyEdition stricter =
        new PolicyEdition.Builder().from(E2026).version("2026.2").eligibilityThreshold(90).build();
    PolicyEditions first = Eligibility.editions(List.of(E2026), TestServer.fixedClock());
    PolicyEditions second = Eligibility.editions(List.of(stricter), TestServer.fixedClock());
    LiveEditions live = LiveEditions.of(first);
    serve(live);
    AtomicBoolean swapping = new AtomicBoolean(true);
    Map<String, Integer> answers = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      running.add(
          clients.submit(
              () -> {
                while (swapping.get()) {
                  HttpResponse<String> response = assess("");
                  JsonNode answer = json(response);
                  answers.merge(
                      response.statusCode() + " " + answer.get("policy").get("version").asText(),
                      1,
                      Integer::sum);
                }
                return null;
              }));
    }
    for (int swap = 0; swap < 200; swap++) {
      live.apply(swap % 2 == 0 ? second : first);
      assess(""); // at least one request per set
    }
    swapping.set(false);
    for (Future<?> client : running) {
      client.get();
    }
    clients.shutdown();

    assertThat(answers.keySet()).containsExactlyInAnyOrder("200 2026.1", "200 2026.2");
  }
}
