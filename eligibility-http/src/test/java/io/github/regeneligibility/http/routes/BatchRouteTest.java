package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.support.TestServer;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class BatchRouteTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static HttpResponse<String> batch(String body, String... headers) {
    return server.post("/v1/assessments/batch", NDJSON, body, headers);
  }

  /** Returns the lines of an answer that must be a 200 in NDJSON, as {@link #lines} does. */
  private static List<JsonNode> answerLines(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(NDJSON);
    return lines(response);
  }

  /** Returns the answer's lines, without the end line that a complete answer ends with. */
  private static List<JsonNode> lines(HttpResponse<String> response) {
    assertThat(response.body()).endsWith("\n");
    List<JsonNode> lines =
        Arrays.stream(response.body().split("\n")).map(TestServer::json).toList();
    JsonNode end = lines.get(lines.size() - 1).get("end");
    assertThat(end).as("the end line").isNotNull();
    assertThat(end.get("lines").asInt()).isEqualTo(lines.size() - 1);
    assertThat(end.get("assessments").asInt() + end.get("errors").asInt())
        .isEqualTo(lines.size() - 1);
    return lines.subList(0, lines.size() - 1);
  }

  @Test
  void batch_goodBadAndBlankLines_answersEachNonBlankLineInPlace() {
    String body =
        String.join(
            "\n",
            APPLICATION,
            "{\"id\": \"x\"",
            "",
            APPLICATION.replace("DOMESTIC", "MARS"),
            "   ",
            APPLICATION.replace("APP-2026-0001", "APP-2026-0005"),
            "[]");

    HttpResponse<String> response = batch(body + "\n");

    List<JsonNode> lines = answerLines(response);
    assertThat(lines).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 4, 6, 7);
    assertThat(lines.get(0).get("assessment").get("score").asInt()).isEqualTo(77);
    assertThat(lines.get(1).get("error").get("errors").get(0).get("code").asText())
        .isEqualTo("MALFORMED_JSON");
    assertThat(lines.get(2).get("error").get("errors").get(0).get("field").asText())
        .isEqualTo("origin");
    assertThat(lines.get(3).get("assessment").get("applicationId").asText())
        .isEqualTo("APP-2026-0005");
    assertThat(lines.get(4).get("error").get("errors").get(0).get("code").asText())
        .isEqualTo("NOT_AN_OBJECT");
    JsonNode error = lines.get(1).get("error");
    assertThat(error.get("type").asText())
        .isEqualTo("https://regen-eligibility.github.io/problems/invalid-application");
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(lines).allSatisfy(line -> assertThat(line.size()).isEqualTo(2));
  }

  @Test
  void batch_manyLines_givesAsManyLinesInOrder() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 2_000; i++) {
      body.append(
              i % 7 == 0
                  ? "{\"typo\": " + i + "}"
                  : APPLICATION.replace("APP-2026-0001", "APP-" + i))
          .append('\n');
    }

    HttpResponse<String> response = batch(body.toString());

    List<JsonNode> lines = answerLines(response);
    assertThat(lines).hasSize(2_000);
    assertThat(response.body())
        .endsWith("{\"end\":{\"lines\":2000,\"assessments\":1715,\"errors\":285}}\n");
    for (int i = 1; i <= 2_000; i++) {
      JsonNode line = lines.get(i - 1);
      assertThat(line.get("line").asInt()).isEqualTo(i);
      if (i % 7 == 0) {
        assertThat(line.get("error").get("errors").findValuesAsText("field")).contains("typo");
      } else {
        assertThat(line.get("assessment").get("applicationId").asText()).isEqualTo("APP-" + i);
      }
    }
  }

  @Test
  void batch_crlfAndNoFinalNewline_areRead() {
    HttpResponse<String> response = batch(APPLICATION + "\r\n" + APPLICATION);

    assertThat(answerLines(response))
        .extracting(line -> line.get("assessment").get("tier").asText())
        .containsExactly("PRIORITY", "PRIORITY");
  }

  @Test
  void batch_lineOverTheLimit_isThatLinesErrorAndTheBatchGoesOn() {
    String tooLong = "{\"id\": \"" + "x".repeat(Limits.MAX_LINE_BYTES) + "\"}";

    HttpResponse<String> response = batch(APPLICATION + "\n" + tooLong + "\n" + APPLICATION + "\n");

    List<JsonNode> lines = answerLines(response);
    assertThat(lines).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 3);
    JsonNode error = lines.get(1).get("error").get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("$");
    assertThat(error.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(error.get("message").asText())
        .isEqualTo("The body exceeds a limit: a line longer than 1048576 bytes.");
    assertThat(lines.get(2).get("assessment").get("score").asInt()).isEqualTo(77);
  }

  @Test
  void batch_chineseAndOn_applyToEveryLine() {
    HttpResponse<String> response =
        server.post(
            "/v1/assessments/batch?on=2026-01-01",
            NDJSON,
            APPLICATION + "\n{}\n",
            "Accept-Language",
            "zh");

    List<JsonNode> lines = answerLines(response);
    assertThat(lines.get(0).get("assessment").get("tierReason").get("message").asText())
        .isEqualTo("重点引进项目：产品研发阶段为“已取得临床研究批件”，已达到或超过“已取得临床研究批件”。");
    assertThat(lines.get(1).get("error").get("title").asText()).isEqualTo("申请无效");
    assertThat(lines.get(1).get("error").get("errors").get(0).get("message").asText())
        .isEqualTo("缺少“申请编号”：请填写申请的编号。");
  }

  @Test
  void batch_emptyBody_isOnlyTheEndLine() {
    HttpResponse<String> response = batch("");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(NDJSON);
    assertThat(response.body())
        .isEqualTo("{\"end\":{\"lines\":0,\"assessments\":0,\"errors\":0}}\n");
  }

  @Test
  void batch_badOn_is400BeforeAnyLine() {
    HttpResponse<String> response =
        server.post("/v1/assessments/batch?on=2026-02-30", NDJSON, APPLICATION);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("on");
  }

  @Test
  void batch_jsonContentType_is415() {
    HttpResponse<String> response =
        server.post("/v1/assessments/batch", "application/json", APPLICATION);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(json(response).get("detail").asText())
        .isEqualTo(
            "POST /v1/assessments/batch takes application/x-ndjson, text/csv or"
                + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (UTF-8),"
                + " not application/json.");
  }
}
