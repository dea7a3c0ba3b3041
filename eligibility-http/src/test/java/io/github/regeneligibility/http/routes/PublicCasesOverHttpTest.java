package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.Cases;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the project's example cases through the service, over HTTP. */
final class PublicCasesOverHttpTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  static List<Cases.Case> publicCases() {
    return Cases.read("public.jsonl");
  }

  static List<Cases.Case> mustFailCases() {
    return Cases.read("must-fail.jsonl");
  }

  /** Posts the case's application and reads the outcome the way a client would. */
  static Cases.Outcome outcome(Cases.Case c) {
    HttpResponse<String> response = server.assess(c.application().toString());
    JsonNode body = json(response);
    if (response.statusCode() == 200) {
      assertThat(contentType(response)).isEqualTo(TestServer.JSON);
      return new Cases.Outcome(200, body, List.of());
    }
    assertThat(contentType(response)).isEqualTo(TestServer.PROBLEM_JSON);
    List<String> fields = new ArrayList<>();
    body.path("errors").forEach(error -> fields.add(error.get("field").asText()));
    return new Cases.Outcome(response.statusCode(), body, fields);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicCases")
  void publicCase_overHttp_matchesItsExpectation(Cases.Case c) {
    assertThat(Cases.mismatches(c, outcome(c))).isEmpty();
  }

  @Test
  void publicCases_bothOutcomesAreRun() {
    assertThat(publicCases())
        .extracting(c -> c.expected().get("status").asInt())
        .contains(200, 400)
        .hasSize(16);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustFailCases")
  void mustFailCase_overHttp_isCaughtByTheRunner(Cases.Case c) {
    assertThat(Cases.mismatches(c, outcome(c))).isNotEmpty();
  }
}
