package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.http.transport.ProblemMapper;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class ImpactRouteTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static final String SERVED = "{\"id\": \"park-intake\", \"version\": \"2026.1\"}";

  private static String draft2027() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("regen.policies", "../policies"))
            .resolve("park-intake-2027.1.json"));
  }

  private static HttpResponse<String> impact(String body, String... headers) {
    return server.post(Paths.IMPACT, JSON, body, headers);
  }

  @Test
  void impact_servedEditionToDraft_countsTheWholeDomain() throws Exception {
    HttpResponse<String> response =
        impact("{\"from\": " + SERVED + ", \"to\": " + draft2027() + "}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    JsonNode body = json(response);
    assertThat(body.get("to").get("version").asText()).isEqualTo("2027.1");
    assertThat(body.get("domain").get("applications").asInt()).isEqualTo(1_096_704);
    assertThat(transitions(body.get("domain")))
        .contains("ELIGIBLE>RESERVE=19452", "PRIORITY>INELIGIBLE=25032");
    assertThat(body.has("cohort")).isFalse();
  }

  /** Posts {@code body} as an impact request to the route alone, served on {@code port}. */
  private static HttpResponse<String> post(int port, String body) throws Exception {
    return server
        .client()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + Paths.IMPACT))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void impact_whileAnotherAnalysisRuns_is503WithRetryAfter_thenAnsweredOnceItEnds()
      throws Exception {
    String request =
        "{\"from\": "
            + SERVED
            + ", \"to\": "
            + draft2027().replace("\"eligibilityThreshold\" : 65", "\"eligibilityThreshold\" : 66")
            + "}";
    Semaphore analyses = new Semaphore(1);
    ImpactRoute route =
        new ImpactRoute(
            EligibilityJson.create(),
            LiveEditions.of(
                Eligibility.editions(
                    List.of(Eligibility.defaultEdition()), TestServer.fixedClock())),
            analyses);
    ProblemMapper problems = new ProblemMapper();
    Javalin app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(Paths.IMPACT, route::handle);
                  config.routes.exception(Exception.class, problems::handle);
                })
            .start(0);
    HttpResponse<String> busy;
    HttpResponse<String> answered;
    try {
      analyses.acquire(); // as an analysis in progress would
      try {
        busy = post(app.port(), request);
      } finally {
        analyses.release();
      }
      answered = post(app.port(), request);
    } finally {
      app.stop();
    }

    assertThat(busy.statusCode()).isEqualTo(503);
    assertThat(contentType(busy)).isEqualTo(PROBLEM_JSON);
    assertThat(busy.headers().firstValue("Retry-After")).contains("1");
    assertThat(json(busy).get("status").asInt()).isEqualTo(503);
    assertThat(answered.statusCode()).isEqualTo(200);
  }

  @Test
  void impact_cohortWithAnInvalidMember_countsTheValidOneAndListsTheOther() throws Exception {
    String invalid = "{\"id\": \"X-1\"}";

    JsonNode body =
        json(
            impact(
                "{\"from\": "
                    + SERVED
                    + ", \"to\": "
                    + draft2027()
                    + ", \"cohort\": ["
                    + APPLICATION
                    + ", "
                    + invalid
                    + "]}"));

    JsonNode cohort = body.get("cohort");
    assertThat(cohort.get("applications").asInt()).isEqualTo(1);
    assertThat(transitions(cohort)).containsExactly("PRIORITY>PRIORITY=1");
    assertThat(cohort.get("invalid")).hasSize(1);
    assertThat(cohort.get("invalid").get(0).get("index").asInt()).isEqualTo(1);
    assertThat(cohort.get("invalid").get(0).get("problems").findValuesAsText("field"))
        .contains("projectName", "role");
  }

  @Test
  void impact_brokenDraftUnknownPropertyAndUnservedEdition_namesEveryParameter() throws Exception {
    String broken =
        draft2027()
            .replace("\"eligibilityThreshold\" : 65", "\"eligibilityThreshold\" : 101")
            .replace("\"PRECLINICAL\" : 10", "\"PRECLINICAL\" : 2");

    HttpResponse<String> response =
        impact(
            "{\"from\": {\"id\": \"park-intake\", \"version\": \"1999.1\"}, \"to\": "
                + broken
                + ", \"extra\": 1}",
            "Accept-Language",
            "zh-CN");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(json(response).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "extra", "from", "to.eligibilityThreshold", "to.maturity.stages.PRECLINICAL");
    assertThat(json(response).get("errors").findValuesAsText("code"))
        .containsExactlyInAnyOrder(
            "UNKNOWN_PROPERTY",
            "EDITION_NOT_SERVED",
            "POLICY_OUT_OF_RANGE",
            "POLICY_STAGE_POINTS_FALL");
    assertThat(json(response).get("title").asText()).isEqualTo("请求无效");
  }

  @Test
  void impact_notAnObjectOrWrongMediaType_isRefused() {
    assertThat(impact("[1]").statusCode()).isEqualTo(400);
    assertThat(json(impact("{\"from\": 1}")).get("errors").toString())
        .contains(
            "{\"field\":\"from\",\"code\":\"EDITION_REQUIRED\"",
            "{\"field\":\"to\",\"code\":\"EDITION_REQUIRED\"");
    assertThat(server.post(Paths.IMPACT, "text/plain", "{}").statusCode()).isEqualTo(415);
  }

  private static List<String> transitions(JsonNode scope) {
    List<String> cells = new ArrayList<>();
    for (JsonNode t : scope.get("transitions")) {
      cells.add(t.get("from").asText() + ">" + t.get("to").asText() + "=" + t.get("count"));
    }
    return cells;
  }
}
