package io.github.regeneligibility.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The reference service, started on a free port beside the Spring application with the same edition
 * and the same "today", and asked over real HTTP: what the example must answer.
 */
final class ReferenceService implements BeforeAllCallback, AfterAllCallback {

  /** The day the tests run on, in the application and in the service alike. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private @Nullable EligibilityServer server;

  /** Returns the clock whose "today" is {@link #TODAY} in Asia/Shanghai. */
  static Clock clock() {
    return Clock.fixed(TODAY.atStartOfDay(Eligibility.DEFAULT_ZONE).toInstant(), ZoneOffset.UTC)
        .withZone(Eligibility.DEFAULT_ZONE);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server =
        EligibilityServer.builder()
            .port(0)
            .accessLog(false)
            .metrics(false)
            .editions(
                LiveEditions.of(
                    Eligibility.editions(List.of(Eligibility.defaultEdition()), clock())))
            .build()
            .start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
    }
  }

  /** An answer: its status, media type, {@code Cache-Control} and body. */
  record Answer(int status, String contentType, @Nullable String cacheControl, String body) {
    /** Returns the body as JSON. */
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Returns the service's answer to {@code body} posted to {@code path}. */
  Answer post(String path, String body, String acceptLanguage) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", acceptLanguage)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(request);
  }

  /** Returns the service's answer to {@code GET path}. */
  Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private URI uri(String path) {
    if (server == null) {
      throw new IllegalStateException("the reference service has not started");
    }
    return URI.create("http://localhost:" + server.port() + path);
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Cache-Control").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
