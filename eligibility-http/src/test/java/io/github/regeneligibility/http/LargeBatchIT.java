package io.github.regeneligibility.http;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.DuplexBatchClient;
import io.github.regeneligibility.http.support.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Sends a batch whose answer (about 80 MB) is larger than the service's whole heap: it completes
 * only if the service streams.
 */
final class LargeBatchIT {
  private static final int LINES = 50_000;

  /** Sends the batch in chunks of 500 lines; every tenth line is invalid. */
  private static void sendBatch(DuplexBatchClient batch) {
    try {
      StringBuilder chunk = new StringBuilder();
      for (int line = 1; line <= LINES; line++) {
        chunk
            .append(
                line % 10 == 0
                    ? APPLICATION.replace("DOMESTIC", "MARS")
                    : APPLICATION.replace("APP-2026-0001", "APP-" + line))
            .append('\n');
        if (line % 500 == 0) {
          batch.send(chunk.toString());
          chunk.setLength(0);
        }
      }
      batch.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void batch_fiftyThousandLines_completesInA64MiBHeap() throws Exception {
    try (ServiceProcess service =
        ServiceProcess.start(
            List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), List.of("--port", "0"), Map.of())) {
      int port = service.port(Duration.ofMinutes(2));
      int count = 0;
      int errors = 0;
      int outOfOrder = 0;
      String end = "";
      try (DuplexBatchClient batch = new DuplexBatchClient(port)) {
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sendBatch(batch));
        for (String line = batch.readLine(); line != null; line = batch.readLine()) {
          if (line.startsWith("{\"end\":")) {
            end = line;
            continue;
          }
          count++;
          if (!line.startsWith("{\"line\":" + count + ",")) {
            outOfOrder++;
          }
          if (line.contains(",\"error\":")) {
            errors++;
          }
        }
        sending.join();

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.headers()).containsEntry("content-type", NDJSON);
      }

      assertThat(count).isEqualTo(LINES);
      assertThat(outOfOrder).isZero();
      assertThat(errors).isEqualTo(LINES / 10);
      assertThat(end)
          .isEqualTo("{\"end\":{\"lines\":50000,\"assessments\":45000,\"errors\":5000}}");
      assertThat(service.process().isAlive()).as("the service survived: " + service).isTrue();
    }
  }
}
