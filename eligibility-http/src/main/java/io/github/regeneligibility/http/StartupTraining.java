package io.github.regeneligibility.http;

import io.github.regeneligibility.http.contract.Paths;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The training run of the class-data archive that the build makes at package time: starts the
 * service as {@code java -jar} does, sends it one request of each kind the first users send, and
 * exits, so that {@code -XX:ArchiveClassesAtExit} archives every class a start and a first request
 * load. Started by the build only, as {@code java -XX:ArchiveClassesAtExit=… -cp
 * eligibility-http.jar io.github.regeneligibility.http.StartupTraining}; exits 0 once trained, 1 if
 * the service did not answer as it should.
 */
final class StartupTraining {
  private static final String APPLICATION =
      "{\"id\": \"TRAIN-1\", \"projectName\": \"Training\", \"applicantName\": \"Training Co.\","
          + " \"origin\": \"DOMESTIC\", \"role\": \"INNOVATOR\", \"sectors\": [\"STEM_CELLS\"],"
          + " \"primarySector\": \"STEM_CELLS\", \"pathway\": \"DRUG\","
          + " \"stage\": \"CLINICAL_APPROVED\", \"yearsToIndustrialization\": 4}";

  private StartupTraining() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    EligibilityServer.main(new String[] {"--port", Integer.toString(port)});
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (status(client, get(base + Paths.HEALTH)) != 200) {
      if (Instant.now().isAfter(deadline)) {
        System.err.println("startup training: the service did not become healthy");
        System.exit(1);
      }
      Thread.sleep(50);
    }
    int failures = 0;
    failures += expect(client, post(base + Paths.ASSESSMENTS, "application/json", APPLICATION));
    failures += expect(client, post(base + Paths.ASSESSMENTS, "application/json", "{}"), 400);
    failures +=
        expect(
            client,
            post(base + Paths.BATCH, "application/x-ndjson", APPLICATION + "\n{\"id\": 1}\n"));
    failures += expect(client, get(base + Paths.POLICY));
    failures += expect(client, get(base + Paths.EDITIONS));
    failures += expect(client, get(base + Paths.OPENAPI));
    failures += expect(client, get(base + Paths.INDEX));
    System.exit(failures == 0 ? 0 : 1);
  }

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).GET().build();
  }

  private static HttpRequest post(String uri, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(uri))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static int status(HttpClient client, HttpRequest request) throws InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1; // not listening yet
    }
  }

  /** Sends {@code request}; returns 0 if it answered {@code expected} (200 if none), else 1. */
  private static int expect(HttpClient client, HttpRequest request, int... expected)
      throws InterruptedException {
    int wanted = expected.length == 0 ? 200 : expected[0];
    int status = status(client, request);
    if (status == wanted) {
      return 0;
    }
    System.err.printf(
        Locale.ROOT,
        "startup training: %s %s answered %d, not %d%n",
        request.method(),
        request.uri(),
        status,
        wanted);
    return 1;
  }
}
