package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.http.support.RecordsServer;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.records.UserRole;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEditions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision record routes over real HTTP, on a SQLite store: the authorisation matrix (every
 * route × no credentials, each role, a disabled user, a revoked token), recording and its refusals,
 * search, replay, CSV, and the answers while the database is down.
 */
final class DecisionRoutesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static @Nullable RecordsServer service;
  private static final Map<String, String> TOKENS = new java.util.HashMap<>();
  private static String recordId = "";

  /** The headers of a page's session, by caller: its cookie and its CSRF token. */
  private static final Map<String, Map<String, String>> SESSIONS = new java.util.HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    RecordsServer started = RecordsServer.start("decision-routes");
    service = started;
    Accounts accounts = started.accounts();
    for (UserRole role : UserRole.values()) {
      String name = role.name().toLowerCase(java.util.Locale.ROOT);
      accounts.addUser(name, role, PASSWORD.toCharArray(), "test");
      TOKENS.put(name, accounts.addToken(name + "-token", name, "test").token().orElseThrow());
    }
    accounts.addUser("gone", UserRole.OFFICER, PASSWORD.toCharArray(), "test");
    TOKENS.put("disabled", accounts.addToken("gone-token", "gone", "test").token().orElseThrow());
    accounts.disableUser("gone", "test");
    TOKENS.put("revoked", accounts.addToken("old-token", "officer", "test").token().orElseThrow());
    accounts.revokeToken("old-token", "test");
    HttpResponse<String> created =
        send("POST", "/v1/decisions", TOKENS.get("officer"), body("ACCEPT", null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    recordId = MAPPER.readTree(created.body()).get("id").asText();
    accounts.addUser("leaver", UserRole.OFFICER, PASSWORD.toCharArray(), "test");
    for (String name : List.of("officer", "auditor", "admin", "leaver", "ended")) {
      String user = name.equals("ended") ? "officer" : name;
      HttpResponse<String> login =
          send(
              "POST",
              "/v1/session",
              null,
              MAPPER.createObjectNode().put("user", user).put("password", PASSWORD).toString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(201);
      SESSIONS.put(
          name,
          Map.of(
              "Cookie",
              login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0],
              "X-CSRF-Token",
              MAPPER.readTree(login.body()).get("csrfToken").asText()));
    }
    accounts.disableUser("leaver", "test");
    assertThat(send("DELETE", "/v1/session", null, null, session("ended")).statusCode())
        .isEqualTo(204);
  }

  @AfterAll
  static void stop() throws Exception {
    Objects.requireNonNull(service).close();
  }

  private static String body(String disposition, @Nullable String note) {
    return "{\"application\": "
        + TestServer.APPLICATION
        + ", \"disposition\": \""
        + disposition
        + "\""
        + (note == null ? "" : ", \"note\": \"" + note + "\"")
        + "}";
  }

  private static HttpResponse<String> send(
      String method, String path, @Nullable String token, @Nullable String body) throws Exception {
    return send(method, path, token, body, Map.of());
  }

  private static HttpResponse<String> send(
      String method,
      String path,
      @Nullable String token,
      @Nullable String body,
      Map<String, String> headers)
      throws Exception {
    Map<String, String> all = new java.util.HashMap<>(headers);
    if (token != null) {
      all.put("Authorization", "Bearer " + token);
    }
    return Objects.requireNonNull(service).send(method, path, all, body);
  }

  /**
   * The matrix: every locked route × no credentials, a bearer token of each role, a disabled user's
   * and a revoked token, and the page's session of each role (with its CSRF token), of an officer
   * without the CSRF token, of a user disabled since the login, and one logged out. The logout row
   * comes last, as it ends the sessions.
   */
  @Test
  void everyRoute_forEveryCaller_answersAsTheRoleTableSays() throws Exception {
    List<String> table = new ArrayList<>();
    String[][] routes = {
      {"POST", "/v1/decisions"},
      {"GET", "/v1/decisions"},
      {"GET", "/v1/decisions/" + recordId},
      {"GET", "/v1/decisions/" + recordId + "/replay"},
      {"GET", "/v1/session"},
      {"DELETE", "/v1/session"},
    };
    String[] callers = {
      "none",
      "officer",
      "auditor",
      "admin",
      "disabled",
      "revoked",
      "officer-session-no-csrf",
      "officer-session",
      "auditor-session",
      "admin-session",
      "disabled-session",
      "ended-session"
    };
    for (String[] route : routes) {
      StringBuilder row = new StringBuilder(route[0] + " " + route[1].replace(recordId, "{id}"));
      for (String caller : callers) {
        Map<String, String> headers = sessionHeaders(caller);
        HttpResponse<String> answer =
            send(
                route[0],
                route[1],
                TOKENS.get(caller),
                route[0].equals("POST") ? body("ACCEPT", null) : null,
                headers);
        if (answer.statusCode() >= 400) {
          assertThat(answer.headers().firstValue("Content-Type"))
              .contains("application/problem+json");
        }
        row.append(' ').append(caller).append('=').append(answer.statusCode());
      }
      table.add(row.toString());
    }

    String bearers = "none=401 officer=%s auditor=%s admin=%s disabled=401 revoked=401";
    String sessions =
        " officer-session-no-csrf=%s officer-session=%s auditor-session=%s admin-session=%s"
            + " disabled-session=401 ended-session=401";
    String read = bearers.formatted(200, 200, 200) + sessions.formatted(200, 200, 200, 200);
    assertThat(table)
        .containsExactly(
            "POST /v1/decisions "
                + bearers.formatted(201, 403, 403)
                + sessions.formatted(403, 201, 403, 403),
            "GET /v1/decisions " + read,
            "GET /v1/decisions/{id} " + read,
            "GET /v1/decisions/{id}/replay " + read,
            "GET /v1/session "
                + bearers.formatted(401, 401, 401)
                + sessions.formatted(200, 200, 200, 200),
            "DELETE /v1/session "
                + bearers.formatted(401, 401, 401)
                + sessions.formatted(403, 204, 204, 204));
  }

  /** The session headers of {@code caller}: none for a bearer token or no credentials. */
  private static Map<String, String> sessionHeaders(String caller) {
    if (caller.equals("officer-session-no-csrf")) {
      return Map.of("Cookie", Objects.requireNonNull(session("officer").get("Cookie")));
    }
    if (!caller.endsWith("-session")) {
      return Map.of();
    }
    String name = caller.substring(0, caller.length() - "-session".length());
    return session(name.equals("disabled") ? "leaver" : name);
  }

  /** The headers of the session logged in as {@code name} before the tests. */
  private static Map<String, String> session(String name) {
    return Objects.requireNonNull(SESSIONS.get(name));
  }

  @Test
  void post_recordsAndAnswers201WithLocation_andTheRecordReadsBackEqual() throws Exception {
    HttpResponse<String> created =
        send("POST", "/v1/decisions", TOKENS.get("officer"), body("DEFER", "等待补充材料"));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode record = MAPPER.readTree(created.body());
    assertThat(created.headers().firstValue("Location"))
        .contains("/v1/decisions/" + record.get("id").asText());
    assertThat(record.get("recordedBy").asText()).isEqualTo("officer");
    assertThat(record.get("note").asText()).isEqualTo("等待补充材料");
    assertThat(record.get("policy").get("sha256").asText()).hasSize(64);
    HttpResponse<String> read =
        send("GET", "/v1/decisions/" + record.get("id").asText(), TOKENS.get("auditor"), null);
    assertThat(MAPPER.readTree(read.body())).isEqualTo(record);
  }

  @Test
  void post_otherDispositionWithoutNote_is400NoteRequired_andBadApplicationNamesItsPath()
      throws Exception {
    HttpResponse<String> noNote =
        send("POST", "/v1/decisions", TOKENS.get("officer"), body("DECLINE", null));
    HttpResponse<String> badStage =
        send(
            "POST",
            "/v1/decisions",
            TOKENS.get("officer"),
            body("ACCEPT", null).replace("CLINICAL_APPROVED", "SOON"));

    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(noNote.body()).contains("\"code\":\"NOTE_REQUIRED\"");
    assertThat(badStage.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(badStage.body()).get("errors").get(0).get("field").asText())
        .isEqualTo("application.stage");
  }

  @Test
  void search_asCsv_answersOneRowPerRecord_andUnknownIdIs404() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + Objects.requireNonNull(service).port()
                        + "/v1/decisions?limit=100"))
            .header("Authorization", "Bearer " + TOKENS.get("auditor"))
            .header("Accept", "text/csv")
            .build();
    HttpResponse<String> csv = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("id,recordedAt,recordedBy,").contains(recordId);
    assertThat(send("GET", "/v1/decisions/nope", TOKENS.get("auditor"), null).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "/v1/decisions?limit=101", TOKENS.get("auditor"), null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void health_namesTheDatabase() throws Exception {
    HttpResponse<String> health = send("GET", "/health", null, null);

    assertThat(MAPPER.readTree(health.body()).get("database").asText()).isEqualTo("UP");
  }

  /**
   * PostgreSQL that cannot be reached, and an embedded store whose file cannot be opened (its data
   * directory cannot be made: the parent is a file).
   */
  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "sqlite"})
  void databaseDown_recordRoutesAnswer503_assessmentsStillWork_healthSaysDown(
      String kind, @TempDir Path scratch) throws Exception {
    PolicyEditions editions =
        Eligibility.editions(List.of(Eligibility.defaultEdition()), TestServer.fixedClock());
    Database database =
        kind.equals("sqlite")
            ? Database.embedded(
                Files.writeString(scratch.resolve("a-file"), "not a directory").resolve("data"))
            : Database.postgres("jdbc:postgresql://127.0.0.1:1/none", "nobody", "nothing");
    try (RecordStore down =
            Records.open(
                database, () -> editions, EligibilityJson.create(), TestServer.fixedClock());
        EligibilityServer other =
            EligibilityServer.builder()
                .port(0)
                .editions(editions)
                .records(down)
                .accessLog(false)
                .build()
                .start()) {
      String base = "http://localhost:" + other.port();
      HttpResponse<String> record =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/v1/decisions"))
                  .header("Authorization", "Bearer rgn_anything")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> assessment =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/v1/assessments"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(TestServer.APPLICATION))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> health =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(record.statusCode()).isEqualTo(503);
      assertThat(record.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(assessment.statusCode()).isEqualTo(200);
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(MAPPER.readTree(health.body()).get("database").asText()).isEqualTo("DOWN");
    }
  }

  @Test
  void answers_validateAgainstTheSchemasOfTheOpenApiDocument() throws Exception {
    String officer = TOKENS.get("officer");
    String auditor = TOKENS.get("auditor");
    Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
    answers.put(
        "post /v1/decisions 201", send("POST", "/v1/decisions", officer, body("ACCEPT", null)));
    answers.put(
        "post /v1/decisions 400", send("POST", "/v1/decisions", officer, body("DECLINE", null)));
    answers.put(
        "post /v1/decisions 403", send("POST", "/v1/decisions", auditor, body("ACCEPT", null)));
    answers.put("get /v1/decisions 200", send("GET", "/v1/decisions?limit=2", auditor, null));
    answers.put("get /v1/decisions 401", send("GET", "/v1/decisions", null, null));
    answers.put(
        "get /v1/decisions/{id} 200", send("GET", "/v1/decisions/" + recordId, auditor, null));
    answers.put("get /v1/decisions/{id} 404", send("GET", "/v1/decisions/none", auditor, null));
    answers.put(
        "get /v1/decisions/{id}/replay 200",
        send("GET", "/v1/decisions/" + recordId + "/replay", auditor, null));

    for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
      List<String> key = com.google.common.base.Splitter.on(' ').splitToList(answer.getKey());
      int status = Integer.parseInt(key.get(2));
      String media = status < 300 ? "application/json" : "application/problem+json";
      assertThat(answer.getValue().statusCode()).as(answer.getKey()).isEqualTo(status);
      assertThat(
              OpenApiDocumentTest.errors(
                  OpenApiDocumentTest.responseSchema(key.get(1), key.get(0), status, media),
                  answer.getValue().body()))
          .as(answer.getKey() + ": " + answer.getValue().body())
          .isEmpty();
    }
    assertThat(
            MAPPER
                .readTree(answers.get("get /v1/decisions/{id}/replay 200").body())
                .get("matches")
                .asBoolean())
        .isTrue();
  }

  @Test
  void requireLogin_locksTheAssessmentRoutesForEveryRole_andLeavesHealthAndPolicyOpen()
      throws Exception {
    PolicyEditions editions =
        Eligibility.editions(List.of(Eligibility.defaultEdition()), TestServer.fixedClock());
    try (EligibilityServer locked =
        EligibilityServer.builder()
            .port(0)
            .editions(editions)
            .records(Objects.requireNonNull(service).store())
            .requireLogin(true)
            .accessLog(false)
            .build()
            .start()) {
      String base = "http://localhost:" + locked.port();
      List<String> answers = new ArrayList<>();
      for (String caller : List.of("none", "officer", "auditor", "admin", "disabled", "revoked")) {
        HttpRequest.Builder assess =
            HttpRequest.newBuilder(URI.create(base + "/v1/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.APPLICATION));
        if (!caller.equals("none")) {
          assess.header("Authorization", "Bearer " + TOKENS.get(caller));
        }
        answers.add(
            caller
                + "="
                + CLIENT.send(assess.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
      }
      int health = TestServer.get(locked, "/health").statusCode();
      int policy = TestServer.get(locked, "/v1/policy").statusCode();

      assertThat(answers)
          .containsExactly(
              "none=401", "officer=200", "auditor=200", "admin=200", "disabled=401", "revoked=401");
      assertThat(health).isEqualTo(200);
      assertThat(policy).isEqualTo(200);
    }
  }
}
