package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class PolicyAndHealthTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  @Test
  void policy_default_isTheEditionInForceInThePolicyFileFormat() throws Exception {
    HttpResponse<String> response = server.get("/v1/policy");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(json(response).get("eligibilityThreshold").asInt()).isEqualTo(60);
    assertThat(
            EligibilityJson.create()
                .readPolicy(response.body().getBytes(StandardCharsets.UTF_8), "/v1/policy"))
        .isEqualTo(Eligibility.defaultEdition());
  }

  @Test
  void health_started_isUpWithTheEditionInForce() {
    HttpResponse<String> response = server.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(response.body())
        .isEqualTo(
            "{\"status\":\"UP\",\"policy\":{\"id\":\"park-intake\",\"version\":\"2026.1\","
                + "\"effectiveFrom\":\"2026-01-01\"},\"policyProblems\":[]}");
  }

  @Test
  void openApi_served_isTheOpenApiDocument() {
    HttpResponse<String> response = server.get("/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(json(response).get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(json(response).get("paths").has("/v1/assessments/batch")).isTrue();
  }

  @Test
  void head_ofAGetRoute_isOkWithoutABody() {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(server.uri("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isNotEqualTo(TestServer.PROBLEM_JSON);
    assertThat(response.body()).isEmpty();
  }
}
