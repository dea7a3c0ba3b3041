package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import io.github.regeneligibility.http.EligibilityServer;
import io.github.regeneligibility.http.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The access log never makes a request wait: with an output that never returns (an appender stuck
 * in its first line), every request is still answered, and each line that finds the log's queue
 * full is dropped and counted, in {@link AccessLogAppender#dropped()} and at {@code /metrics}.
 */
final class AccessLogAppenderTest {
  private static final int QUEUE = 4;
  private static final int REQUESTS = 40;
  private static final Pattern DROPPED_METRIC =
      Pattern.compile("(?m)^eligibility_access_log_dropped_total ([0-9.E]+)$");

  private final Logger access = (Logger) LoggerFactory.getLogger("eligibility.access");
  private final List<Appender<ILoggingEvent>> shipped = new ArrayList<>();
  private final Stuck stuck = new Stuck();
  private final AccessLogAppender async = new AccessLogAppender();

  /** An output that takes its first line and never returns until the test ends. */
  private static final class Stuck extends AppenderBase<ILoggingEvent> {
    final AtomicInteger entered = new AtomicInteger();
    final CountDownLatch released = new CountDownLatch(1);

    @Override
    protected void append(ILoggingEvent event) {
      entered.incrementAndGet();
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @BeforeEach
  void putAStuckOutputBehindTheAccessLog() {
    LoggerContext context = access.getLoggerContext();
    for (Iterator<Appender<ILoggingEvent>> it = access.iteratorForAppenders(); it.hasNext(); ) {
      shipped.add(it.next());
    }
    shipped.forEach(access::detachAppender);
    stuck.setContext(context);
    stuck.start();
    async.setContext(context);
    async.setName("stuck-access-log");
    async.setQueueSize(QUEUE);
    async.setNeverBlock(false); // ignored: the access log's appender never blocks
    async.addAppender(stuck);
    async.start();
    access.addAppender(async);
  }

  @AfterEach
  void restoreTheShippedAccessLog() {
    access.detachAppender(async);
    stuck.released.countDown();
    async.stop();
    stuck.stop();
    shipped.forEach(access::addAppender);
  }

  @Test
  void aStuckOutput_blocksNoRequest_andEveryLineItCannotQueueIsCounted() throws Exception {
    long droppedBefore = AccessLogAppender.dropped();
    HttpClient client = HttpClient.newHttpClient();
    try (EligibilityServer server =
        EligibilityServer.builder().port(0).accessLog(true).metrics(true).build().start()) {
      URI health = URI.create("http://localhost:" + server.port() + "/health");
      for (int i = 0; i < REQUESTS; i++) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
      }
      // Every request has been answered. Its line is logged once its answer is done, so the last
      // ones may still be on their way: wait for all of them to be taken, queued or dropped.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (accounted(droppedBefore) < REQUESTS && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      assertThat(stuck.entered.get()).as("lines the stuck output took").isEqualTo(1);
      assertThat(async.getNumberOfElementsInQueue()).as("lines queued").isEqualTo(QUEUE);
      long dropped = AccessLogAppender.dropped() - droppedBefore;
      assertThat(dropped).as("lines dropped").isEqualTo(REQUESTS - QUEUE - 1L);
      assertThat(async.isNeverBlock()).isTrue();

      HttpResponse<String> metrics = TestServer.get(server, "/metrics");
      Matcher counted = DROPPED_METRIC.matcher(metrics.body());
      assertThat(counted.find()).as(metrics.body()).isTrue();
      assertThat((long) Double.parseDouble(counted.group(1)))
          .isBetween(droppedBefore + dropped, AccessLogAppender.dropped());
    }
  }

  private long accounted(long droppedBefore) {
    return stuck.entered.get()
        + async.getNumberOfElementsInQueue()
        + AccessLogAppender.dropped()
        - droppedBefore;
  }
}
