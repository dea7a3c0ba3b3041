package io.github.regeneligibility.http.transport;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static io.github.regeneligibility.http.support.TestServer.PROBLEM_JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.support.RawHttp;
import io.github.regeneligibility.http.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests over a real port, one test per class of them: media-type parameters, query
 * parameters, method-override headers, {@code HEAD}, and the headers every answer carries. Each
 * asserts statuses, headers and bodies, never how long anything took.
 */
final class HostileRequestTest {
  private static final String PROBLEMS = "https://regen-eligibility.github.io/problems/";
  private static final String IMPACT = "{\"from\": {\"id\": \"x\"}, \"to\": {\"id\": \"y\"}}";

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  /** A route and a request that it answers without a query. */
  private record Route(String method, String path, String contentType, String body) {
    HttpResponse<String> send(String query, String... headers) {
      HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path + query));
      if (method.equals("GET")) {
        request.GET();
      } else {
        request.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
      }
      return server.send(request, headers);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final List<Route> ON_ROUTES =
      List.of(
          new Route("POST", "/v1/assessments", JSON, APPLICATION),
          new Route("POST", "/v1/assessments/batch", NDJSON, APPLICATION + "\n"),
          new Route("GET", "/v1/policy", "", ""));

  private static final List<Route> PLAIN_ROUTES =
      List.of(
          new Route("POST", "/v1/policy/impact", JSON, IMPACT),
          new Route("GET", "/v1/policy/editions", "", ""),
          new Route("GET", "/health", "", ""),
          new Route("GET", "/openapi.json", "", ""),
          new Route("GET", "/metrics", "", ""),
          new Route("GET", "/assets/page.css", "", ""));

  static Stream<Route> onRoutes() {
    return ON_ROUTES.stream();
  }

  static Stream<Route> everyRoute() {
    return Stream.concat(
        Stream.concat(ON_ROUTES.stream(), PLAIN_ROUTES.stream()),
        Stream.of(new Route("GET", "/", "", "")));
  }

  static Stream<String> getRoutes() {
    return everyRoute().filter(route -> route.method().equals("GET")).map(Route::path);
  }

  private static JsonNode onlyError(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo(PROBLEMS + "invalid-request");
    assertThat(problem.get("errors")).hasSize(1);
    return problem.get("errors").get(0);
  }

  // Bodies on routes that read none

  @ParameterizedTest
  @ValueSource(strings = {"GET /health", "GET /metrics", "GET /v1/policy", "POST /nowhere"})
  void body_onARouteThatReadsNone_isDroppedAndTheConnectionKept(String route) throws IOException {
    String[] methodAndPath = route.split(" ", 2);
    try (Socket socket = RawHttp.connect(server)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (methodAndPath[0]
                  + " "
                  + methodAndPath[1]
                  + " HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Length: 395\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      socket.setSoTimeout(300);
      // Not answered before its body is read: the answer waits for the body, however long it takes.
      assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
      socket.setSoTimeout(30_000);
      out.write("x".repeat(395).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String head = RawHttp.readUntil(in, "\r\n\r\n").toLowerCase(Locale.ROOT);
      assertThat(head).doesNotContain("connection: close");
      if (head.contains("transfer-encoding: chunked")) {
        skipChunks(in);
      } else {
        in.readNBytes(Integer.parseInt(head.replaceAll("(?s).*content-length: *(\\d+).*", "$1")));
      }
      String second = RawHttp.exchange(socket, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");

      assertThat(second).startsWith("HTTP/1.1 200");
    }
  }

  /** Reads a chunked body to its end, a chunk at a time. */
  private static void skipChunks(InputStream in) throws IOException {
    int size;
    do {
      size = Integer.parseInt(RawHttp.readUntil(in, "\r\n").trim(), 16);
      in.readNBytes(size + 2);
    } while (size > 0);
  }

  // Media types

  @Test
  void contentType_parameterQuotingASemicolonAndCharset_isReadAsJson() {
    HttpResponse<String> response =
        server.post("/v1/assessments", "application/json; a=\"x;charset\"", APPLICATION);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).get("tier").asText()).isEqualTo("PRIORITY");
  }

  @Test
  void contentType_parameterQuotingABogusCharset_keepsTheQuery() {
    HttpResponse<String> response =
        server.post(
            "/v1/assessments?on=1999-01-01",
            "application/json; a=\"x;charset=bogus\"",
            APPLICATION);

    JsonNode error = onlyError(response);
    assertThat(error.get("field").asText()).isEqualTo("on");
    assertThat(error.get("code").asText()).isEqualTo("NO_EDITION_IN_FORCE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json; charset=\"",
        "application/json; charset=utf-8; charset=utf-8",
        "application/json;;;",
        "application/json; charset=bogus",
        "application/json; a=\"\\"
      })
  void contentType_malformedOrWrongCharset_is415(String contentType) {
    HttpResponse<String> response = server.post("/v1/assessments", contentType, APPLICATION);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
  }

  @Test
  void acceptLanguage_thatTheJdkCannotParse_isEnglish() {
    HttpResponse<String> response = server.get("/health", "Accept-Language", "-,");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  // Query parameters

  /** Queries that the routes refuse: the route, the query, the field named and the code. */
  static Stream<Arguments> refusedQueries() {
    return Stream.of(
            everyRoute()
                .map(route -> Arguments.of(route, "?ON=2026-01-01", "ON", "UNKNOWN_PARAMETER")),
            onRoutes()
                .map(
                    route ->
                        Arguments.of(
                            route, "?on=2026-01-01&on=2026-01-01", "on", "REPEATED_PARAMETER")),
            onRoutes().map(route -> Arguments.of(route, "?on=2026-02-30", "on", "INVALID_DATE")))
        .flatMap(refused -> refused);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("refusedQueries")
  void query_refused_is400NamingTheParameter(Route route, String query, String field, String code) {
    JsonNode error = onlyError(route.send(query));

    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("code").asText()).isEqualTo(code);
  }

  @ParameterizedTest
  @MethodSource("onRoutes")
  void query_undecodableParameter_is400NamingIt(Route route) throws IOException {
    for (String query : List.of("?on=%zz", "?on=2025-12-31%", "?on=%C3%28", "?on=%")) {
      String answer =
          RawHttp.exchange(
              server,
              route.method()
                  + " "
                  + route.path()
                  + query
                  + " HTTP/1.1\r\nHost: x\r\nContent-Type: "
                  + (route.contentType().isEmpty() ? JSON : route.contentType())
                  + "\r\nContent-Length: "
                  + route.body().getBytes(StandardCharsets.UTF_8).length
                  + "\r\n\r\n"
                  + route.body());

      assertThat(answer).as(query).startsWith("HTTP/1.1 400 ");
      JsonNode error = json(RawHttp.body(answer)).get("errors").get(0);
      assertThat(error.get("field").asText()).as(query).isEqualTo("on");
      assertThat(error.get("code").asText()).as(query).isEqualTo("UNDECODABLE_PARAMETER");
    }
  }

  @ParameterizedTest
  @MethodSource("onRoutes")
  void query_percentEncodedDate_isDecoded(Route route) {
    assertThat(route.send("?on=2026%2D06%2D01").statusCode()).isEqualTo(200);
  }

  // Method override

  @ParameterizedTest
  @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
  void methodOverride_isNotHonoured(String header) {
    HttpResponse<String> postHealth =
        server.send(
            HttpRequest.newBuilder(server.uri("/health"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header(header, "GET"));
    HttpResponse<String> getAssessment =
        server.send(HttpRequest.newBuilder(server.uri("/v1/assessments")).header(header, "POST"));

    assertThat(postHealth.statusCode()).isEqualTo(405);
    assertThat(postHealth.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(getAssessment.statusCode()).isEqualTo(405);
    assertThat(getAssessment.headers().firstValue("Allow")).hasValue("POST");
  }

  // HEAD

  @ParameterizedTest
  @MethodSource("getRoutes")
  void head_onAGetRoute_isTheGetAnswerWithoutItsBody(String path) {
    HttpResponse<String> get = server.get(path);
    HttpResponse<String> head =
        server.send(
            HttpRequest.newBuilder(server.uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(head.statusCode()).isEqualTo(get.statusCode()).isEqualTo(200);
    assertThat(contentType(head)).isEqualTo(contentType(get));
    assertThat(head.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/assessments", "/v1/assessments/batch", "/v1/policy/impact"})
  void head_onAPostRoute_is405(String path) {
    HttpResponse<String> head =
        server.send(
            HttpRequest.newBuilder(server.uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(head.statusCode()).isEqualTo(405);
    assertThat(head.headers().firstValue("Allow")).hasValue("POST");
  }

  // Headers on every answer

  @ParameterizedTest
  @MethodSource("everyRoute")
  void everyAnswer_isNosniff_withoutServer(Route route) {
    for (HttpResponse<String> response : List.of(route.send(""), route.send("?x=1"))) {
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(route + " " + response.statusCode())
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Server")).isEmpty();
    }
  }

  @Test
  void assessments_areNoStore() {
    HttpResponse<String> single = server.assess(APPLICATION);
    HttpResponse<String> batch =
        server.post("/v1/assessments/batch", NDJSON, APPLICATION + "\n" + APPLICATION + "\n");
    HttpResponse<String> impact =
        server.post(
            "/v1/policy/impact",
            JSON,
            "{\"from\": {\"id\": \"park-intake\", \"version\": \"2026.1\"},"
                + " \"to\": {\"id\": \"park-intake\", \"version\": \"2026.1\"}}");

    for (HttpResponse<String> response : List.of(single, batch, impact)) {
      assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  @Test
  void problems_areNoStoreAndNosniff_onEveryKindOfError() throws IOException {
    List<HttpResponse<String>> problems =
        List.of(
            server.get("/nowhere"),
            server.get("/v1/assessments"),
            server.post("/v1/assessments", "text/plain", APPLICATION),
            server.post("/v1/assessments", JSON, "{"),
            server.get("/?debug=1"),
            server.post("/v1/assessments", JSON, " ".repeat((1 << 20) + 1)));

    assertThat(problems)
        .extracting(HttpResponse::statusCode)
        .containsExactly(404, 405, 415, 400, 400, 413);
    for (HttpResponse<String> problem : problems) {
      assertThat(contentType(problem)).isEqualTo(PROBLEM_JSON);
      assertThat(problem.headers().firstValue("Cache-Control"))
          .as(problem.statusCode() + " " + problem.uri())
          .hasValue("no-store");
      assertThat(problem.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    String jettyError =
        RawHttp.exchange(server, "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n");
    assertThat(jettyError).startsWith("HTTP/1.1 400 ");
    assertThat(jettyError.toLowerCase(java.util.Locale.ROOT))
        .contains("x-content-type-options: nosniff")
        .contains("cache-control: no-store")
        .contains("content-type: application/problem+json");
  }
}
