package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.io.Flushable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access log's worker writes its lines in blocks: once it has written every queued line it
 * flushes each output that is {@link Flushable}, so that every line reaches the output, and one
 * flush follows many lines rather than each.
 */
final class AccessLogFlushTest {
  private static final int LINES = 50;

  /** An output that keeps its lines, and, at each flush, how many it had then. */
  private static final class Recording extends AppenderBase<ILoggingEvent> implements Flushable {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Integer> flushedAt = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
      lines.add(event.getFormattedMessage());
    }

    @Override
    public void flush() {
      flushedAt.add(lines.size());
    }
  }

  private final LoggerContext context = new LoggerContext();
  private final Logger logger = context.getLogger("eligibility.access");
  private final Recording output = new Recording();
  private final AccessLogAppender async = new AccessLogAppender();

  @BeforeEach
  void startAnAccessLogInFrontOfARecordingOutput() {
    context.setMDCAdapter(new LogbackMDCAdapter()); // a line takes its logging context when queued
    output.setContext(context);
    output.start();
    async.setContext(context);
    async.setQueueSize(1024);
    async.setMaxFlushTime(30_000); // a stop waits for the worker at most this long
    async.addAppender(output);
    async.start();
  }

  @AfterEach
  void stop() {
    async.stop();
    output.stop();
    context.stop();
  }

  private void log(int lines) {
    for (int i = 0; i < lines; i++) {
      async.doAppend(new LoggingEvent("test", logger, Level.INFO, "line " + i, null, null));
    }
  }

  @Test
  void everyQueuedLine_isWrittenThenFlushed_inOrder() throws Exception {
    log(LINES);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!output.flushedAt.contains(LINES) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertThat(output.lines).hasSize(LINES).startsWith("line 0").endsWith("line 49");
    assertThat(output.flushedAt).as("lines written at each flush").contains(LINES);
    assertThat(output.flushedAt.size()).as("flushes").isLessThan(LINES);
  }

  @Test
  void stopping_writesAndFlushesWhatIsQueued() {
    log(10);

    async.stop();

    assertThat(output.lines).hasSize(10);
    assertThat(output.flushedAt).last().isEqualTo(10);
  }
}
