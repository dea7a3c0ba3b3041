package io.github.regeneligibility.http.transport;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.io.Flushable;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous appender that never makes the logging thread wait, not even for a lock, and
 * counts what it drops: a line that finds the queue full is dropped and counted in {@link
 * #dropped()} (the metric {@code eligibility_access_log_dropped_total}), never waited for. The
 * access log goes through it, so that a slow or stuck output (a full pipe, a blocked disk) cannot
 * hold a request.
 *
 * <p>Configured as Logback's {@code AsyncAppender} is ({@code queueSize}, {@code
 * includeCallerData}, {@code maxFlushTime}, an {@code appender-ref}), but unlike it: it never
 * blocks ({@code neverBlock=false} is ignored), it has no discarding threshold (Logback's own
 * silently discards lines below WARN once its queue is 80% full), and it takes no lock. Logback's
 * queue is an {@code ArrayBlockingQueue}, whose one lock every request thread takes for its line;
 * under load the threads queue up on it. Here a line takes a slot by an atomic increment (or is
 * counted as dropped when there is none) and joins a lock-free queue; one worker thread writes the
 * lines out.
 *
 * <p>The worker is not woken for each line: it sleeps up to 100 ms at a time, and a line wakes it
 * only when a quarter of the queue is waiting. Waking it for each line cost a request a system call
 * and the worker a context switch (a JFR profile under wrk). Once it has written every queued line
 * it flushes each output that is {@link Flushable}, such as the {@link BufferedStdoutAppender} of
 * the shipped {@code logback.xml}, so that many lines go out in one write: a line waits at most
 * about 100 ms for its output.
 */
public final class AccessLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
    implements AppenderAttachable<ILoggingEvent> {
  private static final LongAdder DROPPED = new LongAdder();

  /** How long the worker sleeps at most when there is nothing to write. */
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final AppenderAttachableImpl<ILoggingEvent> outputs = new AppenderAttachableImpl<>();
  private final ConcurrentLinkedQueue<ILoggingEvent> queue = new ConcurrentLinkedQueue<>();

  /** The lines queued and not yet taken by the worker: at most {@link #queueSize}. */
  private final AtomicInteger queued = new AtomicInteger();

  private volatile boolean sleeping;
  private volatile @Nullable Thread worker;
  private int queueSize = 256;
  private int maxFlushTime = 1000;
  private boolean includeCallerData;

  /** Returns how many lines every appender of this kind in the JVM has dropped so far. */
  public static long dropped() {
    return DROPPED.sum();
  }

  /** Sets how many lines may wait for the output; the default is 256. */
  public void setQueueSize(int queueSize) {
    this.queueSize = queueSize;
  }

  /** Returns how many lines may wait for the output. */
  public int getQueueSize() {
    return queueSize;
  }

  /** Sets whether the caller's class and line are taken for each line (slow); off by default. */
  public void setIncludeCallerData(boolean includeCallerData) {
    this.includeCallerData = includeCallerData;
  }

  /** Returns whether the caller's class and line are taken for each line. */
  public boolean isIncludeCallerData() {
    return includeCallerData;
  }

  /** Sets how many milliseconds {@link #stop()} waits for the queued lines to be written. */
  public void setMaxFlushTime(int maxFlushTime) {
    this.maxFlushTime = maxFlushTime;
  }

  /** Returns how many milliseconds {@link #stop()} waits for the queued lines to be written. */
  public int getMaxFlushTime() {
    return maxFlushTime;
  }

  /** Accepted for the configuration of Logback's {@code AsyncAppender}: this one never blocks. */
  public void setNeverBlock(boolean neverBlock) {
    if (!neverBlock) {
      addWarn("an access log appender never blocks: neverBlock=false is ignored");
    }
  }

  /** Says whether lines are dropped when the queue is full: always. */
  public boolean isNeverBlock() {
    return true;
  }

  /** Returns how many lines wait for the output now. */
  public int getNumberOfElementsInQueue() {
    return queued.get();
  }

  /** Returns how many more lines the queue takes now. */
  public int getRemainingCapacity() {
    return Math.max(0, queueSize - queued.get());
  }

  @Override
  public void start() {
    if (isStarted()) {
      return;
    }
    if (queueSize < 1) {
      addError("an access log appender needs a queueSize of at least 1, not " + queueSize);
      return;
    }
    if (!outputs.iteratorForAppenders().hasNext()) {
      addError("an access log appender needs an appender-ref to write to");
      return;
    }
    Thread thread = new Thread(this::work, "AsyncAppender-Worker-" + getName());
    thread.setDaemon(true);
    worker = thread;
    super.start();
    thread.start();
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    super.stop();
    Thread thread = worker;
    if (thread != null) {
      LockSupport.unpark(thread);
      try {
        thread.join(maxFlushTime);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        addWarn(queued.get() + " access log lines were not written within " + maxFlushTime + " ms");
      }
    }
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (queued.incrementAndGet() > queueSize) {
      queued.decrementAndGet();
      DROPPED.increment();
      return;
    }
    // What a line needs from the logging thread (its message, thread name, MDC) is taken here.
    event.prepareForDeferredProcessing();
    if (includeCallerData) {
      event.getCallerData();
    }
    queue.offer(event);
    Thread thread = worker;
    if (sleeping && thread != null && queued.get() >= wakeAt()) {
      LockSupport.unpark(thread);
    }
  }

  /** The number of waiting lines that wakes the worker: a quarter of the queue, at least one. */
  private int wakeAt() {
    return Math.max(1, queueSize / 4);
  }

  /**
   * The worker: writes the queued lines out, flushes its outputs once the queue is empty, and
   * sleeps until 100 ms have passed or a quarter of the queue waits, until stopped.
   */
  private void work() {
    while (true) {
      ILoggingEvent event = queue.poll();
      if (event == null) {
        flushOutputs();
        if (!isStarted()) {
          return;
        }
        sleeping = true;
        // A line queued after the poll above either sees sleeping set, and wakes this thread once
        // enough wait, or was queued before this check.
        if (queued.get() < wakeAt()) {
          LockSupport.parkNanos(this, IDLE_NANOS);
        }
        sleeping = false;
        continue;
      }
      queued.decrementAndGet();
      try {
        outputs.appendLoopOnAppenders(event);
      } catch (RuntimeException e) {
        addError("an access log line could not be written", e);
      }
    }
  }

  private void flushOutputs() {
    for (Iterator<Appender<ILoggingEvent>> it = outputs.iteratorForAppenders(); it.hasNext(); ) {
      if (it.next() instanceof Flushable output) {
        try {
          output.flush();
        } catch (IOException | RuntimeException e) {
          addError("an access log output could not be flushed", e);
        }
      }
    }
  }

  @Override
  public void addAppender(Appender<ILoggingEvent> appender) {
    outputs.addAppender(appender);
  }

  @Override
  public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
    return outputs.iteratorForAppenders();
  }

  @Override
  public @Nullable Appender<ILoggingEvent> getAppender(String name) {
    return outputs.getAppender(name);
  }

  @Override
  public boolean isAttached(Appender<ILoggingEvent> appender) {
    return outputs.isAttached(appender);
  }

  @Override
  public void detachAndStopAllAppenders() {
    outputs.detachAndStopAllAppenders();
  }

  @Override
  public boolean detachAppender(Appender<ILoggingEvent> appender) {
    return outputs.detachAppender(appender);
  }

  @Override
  public boolean detachAppender(String name) {
    return outputs.detachAppender(name);
  }
}
