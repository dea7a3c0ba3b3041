package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.support.RecordsServer;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.AuditEntry;
import io.github.regeneligibility.records.AuditEvent;
import io.github.regeneligibility.records.MovableClock;
import io.github.regeneligibility.records.RecordQuery;
import io.github.regeneligibility.records.UserRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's login over real HTTP, on a SQLite store: the session cookie's attributes, the CSRF
 * check on a session's requests that change something, logout, the limit on failed logins (429 with
 * Retry-After, in both languages) and their audit.
 */
final class SessionRoutesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";
  private static final String WRONG = "wrong horse battery!";

  private static @Nullable RecordsServer service;

  @BeforeAll
  static void start() throws Exception {
    RecordsServer started = RecordsServer.start("session-routes");
    service = started;
    Accounts accounts = started.accounts();
    accounts.addUser("li.wei", UserRole.OFFICER, PASSWORD.toCharArray(), "test");
    accounts.addUser("zhang.min", UserRole.AUDITOR, PASSWORD.toCharArray(), "test");
    accounts.addUser("wang.fang", UserRole.OFFICER, PASSWORD.toCharArray(), "test");
  }

  @AfterAll
  static void stop() throws Exception {
    Objects.requireNonNull(service).close();
  }

  private static HttpResponse<String> send(
      String method, String path, Map<String, String> headers, @Nullable String body)
      throws Exception {
    return Objects.requireNonNull(service).send(method, path, headers, body);
  }

  private static HttpResponse<String> login(
      String user, String password, Map<String, String> headers) throws Exception {
    return send("POST", "/v1/session", headers, credentials(user, password));
  }

  private static String credentials(String user, String password) {
    return MAPPER.createObjectNode().put("user", user).put("password", password).toString();
  }

  /** The cookie's {@code name=value}, as a browser sends it back. */
  private static String cookie(HttpResponse<String> login) {
    return login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
  }

  private static String decision() {
    return "{\"application\": " + TestServer.APPLICATION + ", \"disposition\": \"ACCEPT\"}";
  }

  @Test
  void login_setsAnHttpOnlySameSiteStrictCookie_secureOnlyBehindTls_andAnswersTheCsrfToken()
      throws Exception {
    HttpResponse<String> plain = login("li.wei", PASSWORD, Map.of());
    HttpResponse<String> proxied = login("li.wei", PASSWORD, Map.of("X-Forwarded-Proto", "https"));

    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
    assertThat(plain.headers().allValues("Set-Cookie"))
        .singleElement(InstanceOfAssertFactories.STRING)
        .matches("regen_session=[A-Za-z0-9_-]{43}; .*")
        .contains("; Path=/", "; HttpOnly", "; SameSite=Strict", "; Max-Age=28800")
        .doesNotContain("Secure");
    assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).endsWith("; Secure");
    JsonNode session = MAPPER.readTree(plain.body());
    assertThat(session.get("user").asText()).isEqualTo("li.wei");
    assertThat(session.get("role").asText()).isEqualTo("OFFICER");
    assertThat(session.get("csrfToken").asText()).matches("[A-Za-z0-9_-]{43}");
    assertThat(plain.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(cookie(plain)).isNotEqualTo(cookie(proxied));

    HttpResponse<String> again = send("GET", "/v1/session", Map.of("Cookie", cookie(plain)), null);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(again.body()).get("csrfToken")).isEqualTo(session.get("csrfToken"));
  }

  @Test
  void sessionPost_withoutOrWithAnotherCsrfToken_is403_andWithItsOwnIsRecorded() throws Exception {
    HttpResponse<String> login = login("li.wei", PASSWORD, Map.of());
    String csrf = MAPPER.readTree(login.body()).get("csrfToken").asText();
    String other =
        MAPPER.readTree(login("wang.fang", PASSWORD, Map.of()).body()).get("csrfToken").asText();
    String cookie = cookie(login);

    HttpResponse<String> without =
        send("POST", "/v1/decisions", Map.of("Cookie", cookie), decision());
    HttpResponse<String> wrong =
        send("POST", "/v1/decisions", Map.of("Cookie", cookie, "X-CSRF-Token", other), decision());
    HttpResponse<String> read = send("GET", "/v1/decisions", Map.of("Cookie", cookie), null);
    HttpResponse<String> right =
        send("POST", "/v1/decisions", Map.of("Cookie", cookie, "X-CSRF-Token", csrf), decision());

    for (HttpResponse<String> refused : List.of(without, wrong)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(MAPPER.readTree(refused.body()).get("detail").asText()).contains("X-CSRF-Token");
    }
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(read.body()).get("decisions")).isEmpty();
    assertThat(right.statusCode()).as(right.body()).isEqualTo(201);
    assertThat(MAPPER.readTree(right.body()).get("recordedBy").asText()).isEqualTo("li.wei");
  }

  @Test
  void logout_needsTheCsrfToken_clearsTheCookie_andEndsTheSession() throws Exception {
    HttpResponse<String> login = login("zhang.min", PASSWORD, Map.of());
    String csrf = MAPPER.readTree(login.body()).get("csrfToken").asText();
    String cookie = cookie(login);

    HttpResponse<String> withoutToken =
        send("DELETE", "/v1/session", Map.of("Cookie", cookie), null);
    HttpResponse<String> stillIn = send("GET", "/v1/decisions", Map.of("Cookie", cookie), null);
    HttpResponse<String> logout =
        send("DELETE", "/v1/session", Map.of("Cookie", cookie, "X-CSRF-Token", csrf), null);
    HttpResponse<String> after = send("GET", "/v1/decisions", Map.of("Cookie", cookie), null);
    HttpResponse<String> again = send("GET", "/v1/session", Map.of("Cookie", cookie), null);

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(stillIn.statusCode()).isEqualTo(200);
    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("regen_session=;")
        .contains("; Max-Age=0", "; HttpOnly", "; SameSite=Strict");
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(again.statusCode()).isEqualTo(401);
  }

  @Test
  void session_pastItsLifetime_is401_forReadingWritingAndTheSessionRoute() throws Exception {
    MovableClock clock = new MovableClock(Instant.now());
    RecordsServer expiring = RecordsServer.start("session-expiry", clock);
    try {
      expiring.accounts().addUser("li.wei", UserRole.OFFICER, PASSWORD.toCharArray(), "test");
      HttpResponse<String> login =
          expiring.send("POST", "/v1/session", Map.of(), credentials("li.wei", PASSWORD));
      assertThat(login.statusCode()).as(login.body()).isEqualTo(201);
      String cookie = cookie(login);
      String csrf = MAPPER.readTree(login.body()).get("csrfToken").asText();

      clock.advance(Sessions.LIFETIME.minusSeconds(1));
      HttpResponse<String> lastSecond =
          expiring.send("GET", "/v1/decisions", Map.of("Cookie", cookie), null);
      clock.advance(Duration.ofSeconds(1));
      HttpResponse<String> read =
          expiring.send("GET", "/v1/decisions", Map.of("Cookie", cookie), null);
      HttpResponse<String> write =
          expiring.send(
              "POST", "/v1/decisions", Map.of("Cookie", cookie, "X-CSRF-Token", csrf), decision());
      HttpResponse<String> session =
          expiring.send("GET", "/v1/session", Map.of("Cookie", cookie), null);

      assertThat(lastSecond.statusCode()).as(lastSecond.body()).isEqualTo(200);
      for (HttpResponse<String> refused : List.of(read, write, session)) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
            .contains("application/problem+json");
      }
      assertThat(expiring.store().search(RecordQuery.all()).decisions())
          .as("nothing recorded on an ended session")
          .isEmpty();
    } finally {
      expiring.close();
    }
  }

  @Test
  void login_malformedOrIncomplete_is400NamingTheField_andWrongPasswordIs401() throws Exception {
    HttpResponse<String> noPassword =
        send("POST", "/v1/session", Map.of(), "{\"user\": \"li.wei\"}");
    HttpResponse<String> number =
        send("POST", "/v1/session", Map.of(), "{\"user\": 7, \"password\": \"x\", \"extra\": 1}");
    HttpResponse<String> notJson = send("POST", "/v1/session", Map.of(), "user=li.wei");
    HttpResponse<String> unknown = login("nobody.here", WRONG, Map.of("Accept-Language", "zh"));

    assertThat(noPassword.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(noPassword.body()).get("errors").get(0).get("field").asText())
        .isEqualTo("password");
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(number.body()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("extra", "user");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(MAPPER.readTree(unknown.body()).get("detail").asText())
        .isEqualTo("用户名或密码错误，或该用户已停用。");
  }

  @Test
  void failedLogins_pastTheLimit_are429WithRetryAfter_inBothLanguages_andAudited()
      throws Exception {
    Accounts accounts = Objects.requireNonNull(service).accounts();
    accounts.addUser("limited.user", UserRole.AUDITOR, PASSWORD.toCharArray(), "test");
    for (int i = 0; i < 5; i++) {
      assertThat(login("limited.user", WRONG, Map.of()).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> english = login("limited.user", PASSWORD, Map.of());
    HttpResponse<String> chinese = login("limited.user", PASSWORD, Map.of("Accept-Language", "zh"));
    HttpResponse<String> someoneElse = login("li.wei", PASSWORD, Map.of());

    assertThat(english.statusCode()).isEqualTo(429);
    assertThat(english.headers().firstValue("Content-Type")).contains("application/problem+json");
    long retryAfter = Long.parseLong(english.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 15L * 60);
    JsonNode problem = MAPPER.readTree(english.body());
    assertThat(problem.get("type").asText()).endsWith("/too-many-requests");
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "Too many logins failed of late for this user or from this address; retry after "
                + retryAfter
                + " seconds, as Retry-After says.");
    assertThat(chinese.statusCode()).isEqualTo(429);
    assertThat(MAPPER.readTree(chinese.body()).get("title").asText()).isEqualTo("请求过于频繁");
    assertThat(MAPPER.readTree(chinese.body()).get("detail").asText())
        .isEqualTo("该用户或该地址近期登录失败次数过多；请在 " + retryAfter + " 秒后重试。");
    assertThat(someoneElse.statusCode()).isEqualTo(201);

    // A write waits for the audit entries written before it: the group commit keeps their order.
    accounts.addUser("after.limit", UserRole.AUDITOR, PASSWORD.toCharArray(), "test");
    List<AuditEntry> audit = accounts.audit(1000);
    assertThat(
            audit.stream()
                .filter(entry -> entry.subject().equals("limited.user"))
                .map(AuditEntry::event))
        .containsExactlyInAnyOrder(
            AuditEvent.LOGIN_LIMITED,
            AuditEvent.LOGIN_LIMITED,
            AuditEvent.LOGIN_FAILED,
            AuditEvent.LOGIN_FAILED,
            AuditEvent.LOGIN_FAILED,
            AuditEvent.LOGIN_FAILED,
            AuditEvent.LOGIN_FAILED,
            AuditEvent.USER_ADDED);
    assertThat(audit)
        .filteredOn(entry -> entry.event() == AuditEvent.LOGIN_FAILED)
        .allSatisfy(entry -> assertThat(entry.address()).isNotEmpty());
    assertThat(audit.toString()).doesNotContain(PASSWORD, WRONG);
  }
}
