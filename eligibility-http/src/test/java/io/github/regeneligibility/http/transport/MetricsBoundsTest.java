package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.http.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metrics stay bounded whatever clients send: hostile methods, paths, query values and ids add
 * no series, no tag holds a value as sent, and each latency histogram has a fixed number of
 * buckets.
 */
final class MetricsBoundsTest {
  private static EligibilityServer server;

  @BeforeAll
  static void start() {
    server = EligibilityServer.builder().port(0).accessLog(false).metrics(true).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** Sends {@code count} hostile requests, each with its own method, path, query and id. */
  private static void hostileRequests(String round, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      String tag = round + i;
      raw("X" + tag.toUpperCase(Locale.ROOT) + " /no/" + tag + "?q=" + tag, tag);
      raw("GET /v1/policy?on=" + tag + "&" + tag + "=1", tag);
      raw("POST /v1/" + tag, tag);
      raw("DELETE /health/" + tag, tag);
    }
  }

  private static void raw(String requestLine, String id) throws IOException {
    try (Socket socket = new Socket("localhost", server.port())) {
      socket.setSoTimeout(30_000); // a guard against a hung test, never reached when it passes
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine
                  + " HTTP/1.1\r\nHost: x\r\nX-Request-Id: id-"
                  + id
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(head).startsWith("HTTP/1.1 4");
    }
  }

  private static String scrape() throws Exception {
    HttpResponse<String> metrics = TestServer.get(server, "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    return metrics.body();
  }

  /** The service's own series (lines of samples), by metric name. */
  private static Map<String, Long> seriesByName(String scrape) {
    return scrape
        .lines()
        .filter(line -> line.startsWith("eligibility_http_"))
        .map(
            line ->
                line.substring(0, line.indexOf('{') < 0 ? line.indexOf(' ') : line.indexOf('{')))
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  @Test
  void hostileRequests_addNoSeries_andNoTagHoldsWhatTheyCarried() throws Exception {
    hostileRequests("qzx", 3);
    scrape(); // its own series, counted at the next scrape
    Map<String, Long> before = seriesByName(scrape());

    hostileRequests("qzy", 40);
    scrape();
    String after = scrape();

    assertThat(seriesByName(after)).isEqualTo(before);
    assertThat(after).doesNotContain("qzy", "QZY", "id-");
    assertThat(after).contains("method=\"OTHER\"", "route=\"unmatched\"");
  }

  @Test
  void eachLatencyHistogram_hasTheSameFewBuckets() throws Exception {
    hostileRequests("qzb", 1);

    List<String> series =
        scrape()
            .lines()
            .filter(line -> line.startsWith("eligibility_http_requests_seconds_bucket{"))
            .map(line -> line.replaceAll(",?le=\"[^\"]*\"", ""))
            .toList();
    Map<String, Long> bucketsPerSeries =
        series.stream()
            .map(line -> line.substring(0, line.indexOf('}')))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(bucketsPerSeries).isNotEmpty();
    assertThat(bucketsPerSeries.values()).containsOnly(13L); // 12 bounds and +Inf
  }
}
