package io.github.regeneligibility.http;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.DuplexBatchClient;
import io.github.regeneligibility.http.support.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stops the executable jar with SIGTERM while a batch is still being sent to it. */
final class ShutdownIT {
  private static final int LINES = 200;

  private static String applications(int from, int to) {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i <= to; i++) {
      lines.append(APPLICATION.replace("APP-2026-0001", "APP-" + i)).append('\n');
    }
    return lines.toString();
  }

  @Test
  void sigterm_duringABatch_finishesItRefusesNewConnectionsAndExitsZero() throws Exception {
    try (ServiceProcess service = ServiceProcess.onAnyPort(Map.of())) {
      int port = service.port(Duration.ofMinutes(2));
      List<String> received = new ArrayList<>();
      boolean refused = false;
      try (DuplexBatchClient batch = new DuplexBatchClient(port)) {
        batch.send(applications(1, LINES / 2));
        received.add(batch.readLine()); // answered: the request is in flight

        service.process().destroy(); // SIGTERM
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!refused && System.nanoTime() < deadline) {
          refused = ServiceProcess.refusesConnections(port);
          Thread.sleep(20);
        }
        Thread.sleep(500); // the request stays in flight a while after the stop began
        batch.send(applications(LINES / 2 + 1, LINES));
        batch.finish();
        for (String line = batch.readLine(); line != null; line = batch.readLine()) {
          received.add(line);
        }
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.headers()).containsEntry("content-type", NDJSON);
      }
      int status = service.awaitExit(Duration.ofSeconds(30));

      assertThat(refused).as("new connections refused once stopping").isTrue();
      assertThat(received).hasSize(LINES + 1);
      assertThat(received.get(LINES))
          .isEqualTo(
              "{\"end\":{\"lines\":" + LINES + ",\"assessments\":" + LINES + ",\"errors\":0}}");
      assertThat(received.get(LINES - 1))
          .startsWith(
              "{\"line\":" + LINES + ",\"assessment\":{\"applicationId\":\"APP-" + LINES + "\"");
      assertThat(status).isZero();
      assertThat(service.out()).anyMatch(line -> line.contains("eligibility-http stopped"));
    }
  }
}
