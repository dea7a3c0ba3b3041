package io.github.regeneligibility.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.io.MoreFiles;
import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@link EligibilityServer} on a free port, started before a test class's tests and stopped
 * after them, and an HTTP client that speaks to it. "Today" is {@link #TODAY} in the park's zone,
 * unless a clock says otherwise, so that the edition in force is known.
 *
 * <pre>{@code @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();}
 * </pre>
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String JSON = "application/json";
  public static final String NDJSON = "application/x-ndjson";

  /** A valid application: an innovator's allogeneic MSC therapy, clinically approved. */
  public static final String APPLICATION =
      "{\"id\": \"APP-2026-0001\", \"projectName\": \"Allogeneic MSC therapy\","
          + " \"applicantName\": \"Example Regenerative Co.\", \"origin\": \"DOMESTIC\","
          + " \"role\": \"INNOVATOR\", \"sectors\": [\"STEM_CELLS\", \"TISSUE_ENGINEERING\"],"
          + " \"primarySector\": \"STEM_CELLS\", \"pathway\": \"DRUG\","
          + " \"stage\": \"CLINICAL_APPROVED\", \"yearsToIndustrialization\": 4}";

  private static final com.fasterxml.jackson.databind.ObjectMapper READER =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static final HttpClient SHARED_CLIENT = newClient();

  private final PolicyEditions editions;
  private final Limits limits;
  private @Nullable EligibilityServer server;
  private final HttpClient client = newClient();

  private boolean keepsRecords;
  private @Nullable RecordStore records;
  private @Nullable Path directory;

  private TestServer(PolicyEditions editions, Limits limits) {
    this.editions = editions;
    this.limits = limits;
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Returns a server holding only the default edition. */
  public static TestServer withDefaultEdition() {
    return with(List.of(Eligibility.defaultEdition()), fixedClock());
  }

  /** Returns a server holding {@code editions}, with "today" told by {@code clock}. */
  public static TestServer with(List<PolicyEdition> editions, Clock clock) {
    return new TestServer(Eligibility.editions(editions, clock), Limits.DEFAULT);
  }

  /**
   * Returns a server holding only the default edition that keeps decision records in an embedded
   * database under a temporary directory, deleted after the tests.
   */
  public static TestServer withRecords() {
    TestServer server = withDefaultEdition();
    server.keepsRecords = true;
    return server;
  }

  /** Returns the server's record store; only {@link #withRecords()} has one. */
  public RecordStore records() {
    return Objects.requireNonNull(records, "withRecords() has a record store");
  }

  /** Returns a server holding only the default edition, serving within {@code limits}. */
  public static TestServer withLimits(Limits limits) {
    return new TestServer(
        Eligibility.editions(List.of(Eligibility.defaultEdition()), fixedClock()), limits);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    EligibilityServer.Builder builder =
        EligibilityServer.builder().port(0).editions(editions).limits(limits).accessLog(false);
    if (keepsRecords) {
      Path dir = Files.createTempDirectory("test-server-records");
      directory = dir;
      PolicyEditions served = editions;
      RecordStore store =
          Records.open(
              Database.embedded(dir), () -> served, EligibilityJson.create(), fixedClock());
      records = store;
      builder.records(store);
    }
    server = builder.build().start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server().stop();
    if (records != null) {
      records.close();
    }
    if (directory != null) {
      MoreFiles.deleteRecursively(directory);
    }
  }

  public static Clock fixedClock() {
    return Clock.fixed(TODAY.atStartOfDay(Eligibility.DEFAULT_ZONE).toInstant(), ZoneOffset.UTC)
        .withZone(Eligibility.DEFAULT_ZONE);
  }

  public EligibilityServer server() {
    return Objects.requireNonNull(server, "the server starts before all tests");
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server().port() + pathAndQuery);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  public HttpResponse<String> post(
      String path, @Nullable String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request, headers);
  }

  public HttpResponse<String> assess(String application, String... headers) {
    return post("/v1/assessments", JSON, application, headers);
  }

  /**
   * Posts {@code body} as a stream of unknown length, so that the client sends it chunked, as a
   * JSON application.
   */
  public HttpResponse<String> assessChunked(byte[] body) {
    return send(
        HttpRequest.newBuilder(uri("/v1/assessments"))
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(client, request);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpClient client() {
    return client;
  }

  /** GETs {@code path} from {@code server}, a service a test started itself. */
  public static HttpResponse<String> get(EligibilityServer server, String path) {
    return send(
        SHARED_CLIENT,
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET());
  }

  /** Returns the JSON of a response body. */
  /** Asserts that {@code response} is a 400 problem; returns the first of its {@code errors}. */
  public static JsonNode firstError(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(400);
    return json(response).at("/errors/0");
  }

  /** Asserts that {@code response} is a problem+json answer of {@code status}; returns its body. */
  public static String problemBody(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    return response.body();
  }

  /**
   * Asserts that {@code response} is a problem+json answer of {@code status} whose {@code type} is
   * the problem type {@code slug}, with the same status inside; returns the problem.
   */
  public static JsonNode assertProblem(HttpResponse<String> response, int status, String slug) {
    JsonNode problem = json(problemBody(response, status));
    assertThat(problem.get("type").asText())
        .isEqualTo("https://regen-eligibility.github.io/problems/" + slug);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  public static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  public static JsonNode json(String text) {
    try {
      return READER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  /** Returns the response's Content-Type, or the empty string. */
  public static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
