package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.assertProblem;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static io.github.regeneligibility.http.support.TestServer.problemBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.BadApplications;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AssessmentRouteTest {
  /** A second edition, in force from 2027, that raises the eligibility threshold to 70. */
  private static final PolicyEdition STRICTER_2027 =
      new PolicyEdition.Builder()
          .from(Eligibility.defaultEdition())
          .version("2027.1")
          .effectiveFrom(LocalDate.of(2027, 1, 1))
          .eligibilityThreshold(70)
          .build();

  @RegisterExtension
  static final TestServer server =
      TestServer.with(
          List.of(Eligibility.defaultEdition(), STRICTER_2027), TestServer.fixedClock());

  /** Returns {@link TestServer#APPLICATION} with one property's JSON value replaced. */
  static String with(String property, String json) {
    return BadApplications.replaced(APPLICATION, property, json);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void assess_belowPriority_listsTheImprovementsInTheRequestedLanguage() {
    String preclinical = with("stage", "\"PRECLINICAL\"");

    JsonNode english = json(server.assess(preclinical));
    JsonNode chinese = json(server.assess(preclinical, "Accept-Language", "zh-CN"));

    // PRECLINICAL, 4 years: 30 + 10 + 15 + 8 = 63, ELIGIBLE; CLINICAL_APPROVED gives 77, PRIORITY.
    assertThat(english.get("tier").asText()).isEqualTo("ELIGIBLE");
    assertThat(english.get("improvements").toString())
        .isEqualTo(
            "[{\"field\":\"stage\",\"value\":\"CLINICAL_APPROVED\",\"tier\":\"PRIORITY\","
                + "\"score\":77,\"passesGates\":[],\"reasonCode\":\"IMPROVEMENT_STAGE\","
                + "\"message\":\"Reaching stage Clinical research approved would make this Priority,"
                + " score 77.\",\"facts\":{\"stage\":\"CLINICAL_APPROVED\",\"tier\":\"PRIORITY\","
                + "\"score\":77}}]");
    assertThat(chinese.get("improvements").get(0).get("message").asText())
        .isEqualTo("若研发阶段达到“已取得临床研究批件”，评级将为“重点引进项目”，得分 77 分。");
  }

  /**
   * The route is an adapter over the library: its answer is, byte for byte, what the library writes
   * for the same application, improvements included (the fields themselves are pinned by the json
   * module's AssessmentJsonTest).
   */
  @Test
  void assess_validApplication_isTheLibrarysAssessmentByteForByte() {
    HttpResponse<String> response = server.assess(APPLICATION);

    EligibilityJson library = EligibilityJson.create();
    Assessor assessor = Eligibility.assessor(Eligibility.defaultEdition());
    Assessment assessment =
        assessor.assess(library.readApplication(APPLICATION).application().orElseThrow());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(response.body())
        .isEqualTo(
            library.writeAssessment(
                assessment, assessor.improvements(assessment), Language.ENGLISH));
    assertThat(json(response).get("tier").asText()).isEqualTo("PRIORITY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "fr;q=0.9, zh-Hans-CN;q=0.8, en;q=0.5"})
  void assess_acceptLanguageChinese_givesEveryMessageInChinese(String acceptLanguage) {
    HttpResponse<String> response = server.assess(APPLICATION, "Accept-Language", acceptLanguage);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    JsonNode assessment = json(response);
    assertThat(assessment.get("criteria").get(0).get("message").asText())
        .isEqualTo("主要领域“干细胞”属于重点领域：得 30 分（满分 30 分）。");
    assertThat(assessment.get("tierReason").get("message").asText())
        .isEqualTo("重点引进项目：产品研发阶段为“已取得临床研究批件”，已达到或超过“已取得临床研究批件”。");
    assertThat(assessment.findValues("message"))
        .allSatisfy(m -> assertThat(m.asText()).matches(".*\\p{IsHan}.*"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "fr", "zh-TW", "zh;q=0, en", "*", "not a header;;;"})
  void assess_acceptLanguageOtherwise_givesEnglish(String acceptLanguage) {
    HttpResponse<String> response = server.assess(APPLICATION, "Accept-Language", acceptLanguage);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(json(response).get("tierReason").get("message").asText())
        .isEqualTo(
            "Priority: a product at stage Clinical research approved, at or past the milestone"
                + " Clinical research approved.");
  }

  @Test
  void assess_onDate_usesTheEditionInForceThatDay() {
    String preclinical = with("stage", "\"PRECLINICAL\"");

    HttpResponse<String> in2026 = server.assess(preclinical);
    HttpResponse<String> in2027 = server.post("/v1/assessments?on=2027-03-01", JSON, preclinical);

    assertThat(in2026.statusCode()).isEqualTo(200);
    assertThat(in2027.statusCode()).isEqualTo(200);
    assertThat(contentType(in2027)).isEqualTo(JSON);
    assertThat(json(in2026).get("policy").get("version").asText()).isEqualTo("2026.1");
    assertThat(json(in2026).get("tier").asText()).isEqualTo("ELIGIBLE");
    assertThat(json(in2027).get("policy").get("version").asText()).isEqualTo("2027.1");
    assertThat(json(in2027).get("score").asInt()).isEqualTo(63);
    assertThat(json(in2027).get("tier").asText()).isEqualTo("RESERVE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-01", "2026-02-30", "yesterday", "2026-1-1", ""})
  void assess_malformedOn_is400NamingOn(String on) {
    HttpResponse<String> response = server.post("/v1/assessments?on=" + on, JSON, APPLICATION);

    JsonNode problem = assertProblem(response, 400, "invalid-request");
    assertThat(problem.get("errors"))
        .extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
        .containsExactly(tuple("on", "INVALID_DATE"));
  }

  @Test
  void assess_onBeforeTheEarliestEdition_is400NamingOnAndTheEarliestDate() {
    HttpResponse<String> response =
        server.post("/v1/assessments?on=2025-12-31", JSON, APPLICATION, "Accept-Language", "zh");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    JsonNode error = json(response).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("on");
    assertThat(error.get("code").asText()).isEqualTo("NO_EDITION_IN_FORCE");
    assertThat(error.get("message").asText())
        .isEqualTo("2025年12月31日没有生效的政策版本：最早的版本自2026年1月1日起生效，请给出该日或之后的日期。");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.regeneligibility.json.BadApplications#oneProblemEach")
  void assess_inputOutsideTheFormat_is400NamingTheField(
      String name, String body, String field, String code) {
    HttpResponse<String> response = server.assess(body);

    JsonNode problem = assertProblem(response, 400, "invalid-application");
    assertThat(names(problem))
        .containsExactly("type", "title", "status", "detail", "errors", "requestId");
    assertThat(problem.get("title").asText()).isEqualTo("Invalid application");
    assertThat(problem.get("detail").asText()).isEqualTo("1 problem");
    assertThat(problem.get("errors"))
        .extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
        .containsExactly(tuple(field, code));
  }

  @Test
  void assess_severalProblems_areAllNamedAtOnce() {
    String body =
        BadApplications.replaced(
            APPLICATION, "id", "\"bad id\"", "primarySector", "\"BIOMATERIALS\"", "stage", "null");

    HttpResponse<String> response = server.assess(body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(json(response).get("detail").asText()).isEqualTo("3 problems");
    assertThat(json(response).get("errors"))
        .extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
        .containsExactly(
            tuple("id", "ID_FORMAT"),
            tuple("primarySector", "PRIMARY_SECTOR_NOT_IN_SECTORS"),
            tuple("stage", "STAGE_REQUIRED"));
  }

  @Test
  void assess_problemInChinese_isPinned() {
    HttpResponse<String> response =
        server.assess(with("yearsToIndustrialization", "\"3\""), "Accept-Language", "zh-CN");

    assertThat(problemBody(response, 400))
        .isEqualTo(
            "{\"type\":\"https://regen-eligibility.github.io/problems/invalid-application\","
                + "\"title\":\"申请无效\",\"status\":400,\"detail\":\"1 个问题\",\"errors\":"
                + "[{\"field\":\"yearsToIndustrialization\",\"code\":\"WRONG_TYPE\","
                + "\"message\":\"“距产业化年限”须为整数。\"}],\"requestId\":\""
                + response.headers().firstValue("X-Request-Id").orElseThrow()
                + "\"}");
  }

  @Test
  void assess_bodyOverOneMebibyte_is413() {
    String body = APPLICATION.replace("{", "{" + " ".repeat(Limits.MAX_BODY_BYTES));

    HttpResponse<String> response = server.assess(body);

    JsonNode problem = assertProblem(response, 413, "content-too-large");
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "The body exceeds the limit of 1048576 bytes for one application: send many"
                + " applications to /v1/assessments/batch, one per line.");
  }

  @Test
  void assess_chunkedBodyOverOneMebibyte_is413() {
    byte[] body =
        APPLICATION
            .replace("{", "{" + " ".repeat(Limits.MAX_BODY_BYTES))
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = server.assessChunked(body);

    assertProblem(response, 413, "content-too-large");
  }

  @Test
  void assess_chunkedBody_isAssessed() {
    byte[] body = APPLICATION.getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = server.assessChunked(body);

    assertIsTheTestApplicationsAssessment(response);
  }

  @Test
  void assess_bodyJustUnderTheLimit_isAssessed() {
    String body =
        APPLICATION.replace("{", "{" + " ".repeat(Limits.MAX_BODY_BYTES - APPLICATION.length()));

    HttpResponse<String> response = server.assess(body);

    assertIsTheTestApplicationsAssessment(response);
  }

  /** Asserts that {@code response} is the assessment of {@code APPLICATION}: a 200 scoring 77. */
  private static void assertIsTheTestApplicationsAssessment(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(json(response).get("score").asInt()).isEqualTo(77);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-ndjson",
        "application/json; charset=ISO-8859-1",
        "application/jsonx"
      })
  void assess_wrongContentType_is415(String contentType) {
    HttpResponse<String> response = server.post("/v1/assessments", contentType, APPLICATION);

    JsonNode problem = assertProblem(response, 415, "unsupported-media-type");
    assertThat(problem.get("detail").asText())
        .startsWith("POST /v1/assessments takes application/json (UTF-8), not ");
  }

  @Test
  void assess_noContentType_is415() {
    HttpResponse<String> response = server.post("/v1/assessments", null, APPLICATION);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(json(response).get("detail").asText())
        .isEqualTo("POST /v1/assessments takes application/json: give the body's Content-Type.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""})
  void assess_jsonWithUtf8Charset_isAssessed(String contentType) {
    HttpResponse<String> response = server.post("/v1/assessments", contentType, APPLICATION);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(json(response).get("tier").asText()).isEqualTo("PRIORITY");
  }
}
