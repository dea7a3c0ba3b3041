package io.github.regeneligibility.http.transport;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Logback's {@link AsyncAppender} that never makes the logging thread wait, and counts what it
 * drops: a line that finds the queue full is dropped and counted in {@link #dropped()} (the metric
 * {@code eligibility_access_log_dropped_total}), never waited for. The access log goes through it,
 * so that a slow or stuck output (a full pipe, a blocked disk) cannot hold a request.
 *
 * <p>It sets {@code neverBlock} and a discarding threshold of 0 (Logback's own discards lines below
 * WARN, uncounted, once the queue is 80% full). The queue is checked and offered to under one lock
 * that only the loggers take, so a line is either queued or counted: the worker only ever makes
 * room.
 */
public final class AccessLogAppender extends AsyncAppender {
  private static final LongAdder DROPPED = new LongAdder();

  private final ReentrantLock offering = new ReentrantLock();

  /** Returns how many lines every appender of this kind in the JVM has dropped so far. */
  public static long dropped() {
    return DROPPED.sum();
  }

  @Override
  public void start() {
    setNeverBlock(true);
    setDiscardingThreshold(0);
    super.start();
  }

  /** Says whether lines are dropped when the queue is full: always. */
  @Override
  public void setNeverBlock(boolean neverBlock) {
    if (!neverBlock) {
      addWarn("an access log appender never blocks: neverBlock=false is ignored");
    }
    super.setNeverBlock(true);
  }

  @Override
  protected void append(ILoggingEvent event) {
    offering.lock();
    try {
      if (getRemainingCapacity() == 0) {
        DROPPED.increment();
        return;
      }
      super.append(event);
    } finally {
      offering.unlock();
    }
  }
}
