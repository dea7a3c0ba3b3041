package io.github.regeneligibility.http.support;

import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.records.Accounts;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEditions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service with decision records on a SQLite store in a temporary directory, on the default
 * edition and the tests' fixed clock, and a client for it. Closing it stops the service, closes the
 * store and deletes the directory.
 *
 * @param directory the temporary directory of the store
 * @param store the store the service records in
 * @param server the service
 */
public record RecordsServer(Path directory, RecordStore store, EligibilityServer server) {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /**
   * Opens a store in a new temporary directory named after {@code prefix} and starts a service on
   * it, on a free port, without access log.
   */
  public static RecordsServer start(String prefix) throws Exception {
    return start(prefix, Clock.systemUTC());
  }

  /**
   * Starts a service as {@link #start(String)} does, whose page sessions end after their lifetime
   * by {@code sessionClock}.
   */
  public static RecordsServer start(String prefix, Clock sessionClock) throws Exception {
    Path dir = Files.createTempDirectory(prefix);
    PolicyEditions editions =
        Eligibility.editions(List.of(Eligibility.defaultEdition()), TestServer.fixedClock());
    RecordStore opened =
        Records.open(
            Database.embedded(dir),
            () -> editions,
            EligibilityJson.create(),
            TestServer.fixedClock());
    EligibilityServer started =
        EligibilityServer.builder()
            .port(0)
            .editions(editions)
            .records(opened)
            .accessLog(false)
            .sessionClock(sessionClock)
            .build()
            .start();
    return new RecordsServer(dir, opened, started);
  }

  /** The store's users and tokens. */
  public Accounts accounts() {
    return store.accounts();
  }

  /** The port the service listens on. */
  public int port() {
    return server.port();
  }

  /**
   * Sends a request with the given headers; a body, when there is one, is sent as JSON.
   *
   * @param method the HTTP method
   * @param path the path and query
   * @param headers the request's headers
   * @param body the JSON body, or {@code null} for none
   */
  public HttpResponse<String> send(
      String method, String path, Map<String, String> headers, @Nullable String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
    headers.forEach(request::header);
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Stops the service, closes the store and deletes its directory. */
  public void close() throws Exception {
    server.stop();
    store.close();
    try (var files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
