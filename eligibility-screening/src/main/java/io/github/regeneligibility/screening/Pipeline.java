package io.github.regeneligibility.screening;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.Flushable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ordered, bounded pipeline of a screening, on every core. A reading thread reads the records
 * into parts of at most {@link #PART_RECORDS} records and about {@link #PART_BYTES} bytes, and
 * hands each part to a worker, which screens its records and answers them into a part of its own
 * (for a written answer, the rows' bytes: writing them is a large share of the cost); the calling
 * thread takes the parts in input order. The reading thread hands the parts on through a queue of
 * {@link #WINDOW}, and waits while it is full. So at most {@code WINDOW + 2} parts are held at any
 * time (the queue's, the one being read, the one being taken), whatever the input's length, and a
 * caller that takes slowly (a client that reads the answer slowly) fills the queue and stops the
 * reading: the pipeline slows, it does not grow. Before a read would wait for more input, the part
 * being read is handed on as it is, and the calling thread flushes the answer before it waits, so
 * that a caller streaming its records sees each answer as soon as there is one.
 */
final class Pipeline {

  /** The most records in one part of the pipeline. */
  static final int PART_RECORDS = 256;

  /**
   * A part takes no more records once its records hold this many bytes; one record may bring up to
   * {@link Screening#MAX_RECORD_BYTES}.
   */
  static final int PART_BYTES = 256 * 1024;

  /** The most parts of one screening read but not yet taken. */
  static final int WINDOW = 4;

  private Pipeline() {}

  /**
   * What becomes of the parts: answered by the workers, taken in input order by the calling thread,
   * which flushes ({@link Flushable#flush()}) before it waits.
   *
   * @param <P> a part, answered
   */
  interface Sink<P> extends Flushable {
    /**
     * Answers {@code records} in a worker; {@code before} records of the input came before them (so
     * that a part's answer may number its rows by their place in the answer).
     */
    P answer(long before, List<Entry> records);

    /**
     * Takes {@code part}, the next in input order.
     *
     * @throws CutInputException when the part's answer ends the screening
     */
    void take(P part) throws IOException;

    /**
     * The input cannot be read on at {@code record}, for {@code cause}: answers it where it can.
     *
     * @throws CutInputException always, once the record is answered
     */
    void cut(Screened record, Throwable cause) throws IOException;

    /** Every record has been read and taken: ends the answer. */
    void end() throws IOException;
  }

  /** Reads {@code source} to its end, and hands every record's answer to {@code sink} in order. */
  static <P> void run(RecordSource source, Sink<P> sink) throws IOException {
    BlockingQueue<Step<P>> steps = new ArrayBlockingQueue<>(WINDOW);
    AtomicBoolean abandoned = new AtomicBoolean();
    Future<?> reading = Threads.READERS.submit(new Reading<>(source, sink, steps, abandoned));
    try {
      take(steps, sink);
    } finally {
      abandoned.set(true); // a reading thread still at work stops at its next step
      steps.clear();
      reading.cancel(true);
    }
  }

  /**
   * Takes the parts that {@code steps} brings, in order, as their workers finish them, then the end
   * or the cut. Flushes the sink before it would wait.
   */
  private static <P> void take(BlockingQueue<Step<P>> steps, Sink<P> sink) throws IOException {
    while (true) {
      Step<P> step = steps.poll();
      if (step == null) {
        sink.flush();
        step = next(steps);
      }
      if (step instanceof Sent<P> sent) {
        if (!sent.part().isDone()) {
          sink.flush();
        }
        sink.take(join(sent.part()));
      } else if (step instanceof Cut<P> cut) {
        sink.cut(cut.record(), cut.cause());
        throw new IllegalStateException("a sink must end the screening at a cut");
      } else if (step instanceof Failed<P> failed) {
        Throwables.throwIfUnchecked(failed.failure());
        throw new IllegalStateException(failed.failure());
      } else {
        sink.end();
        return;
      }
    }
  }

  private static <P> Step<P> next(BlockingQueue<Step<P>> steps) throws InterruptedIOException {
    try {
      return steps.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the screening's next part");
    }
  }

  private static <P> P join(CompletableFuture<P> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause != null) {
        Throwables.throwIfUnchecked(cause);
      }
      throw e;
    }
  }

  /** What the reading thread hands to the calling one, in order. */
  private sealed interface Step<P> permits Sent, Cut, Failed, Ended {}

  /** A part of the input, being answered by a worker. */
  private record Sent<P>(CompletableFuture<P> part) implements Step<P> {}

  /** The input could not be read on at {@code record} for {@code cause}. */
  private record Cut<P>(Screened record, Throwable cause) implements Step<P> {}

  /** The reading failed unexpectedly: a fault of the service. */
  private record Failed<P>(Throwable failure) implements Step<P> {}

  /** Every record has been read and sent. */
  private record Ended<P>() implements Step<P> {}

  /**
   * Reads the records of one input into parts, hands each to a worker, and the part's future to the
   * calling thread through a queue of {@link #WINDOW} steps: reading waits while the queue is full.
   * Before a read would wait for more input, the part being read is sent as it is.
   */
  private static final class Reading<P> implements Runnable, Flushable {
    private final RecordSource source;
    private final Sink<P> sink;
    private final BlockingQueue<Step<P>> steps;
    private final AtomicBoolean abandoned;
    private List<Entry> part = new ArrayList<>(PART_RECORDS);
    private int partBytes;
    private long sent;

    Reading(
        RecordSource source, Sink<P> sink, BlockingQueue<Step<P>> steps, AtomicBoolean abandoned) {
      this.source = source;
      this.sink = sink;
      this.steps = steps;
      this.abandoned = abandoned;
    }

    @Override
    public void run() {
      source.flushBeforeWaiting(this);
      try (RecordSource records = source) {
        for (Entry record = records.next(); record != null; record = records.next()) {
          add(record);
        }
        flush();
        put(new Ended<>());
      } catch (RecordSource.InputCut cut) {
        try {
          flush();
          put(new Cut<>(cut.record(), cut.reason()));
        } catch (InterruptedIOException e) {
          Thread.currentThread().interrupt();
        }
      } catch (InterruptedIOException e) {
        Thread.currentThread().interrupt(); // the calling thread has given up the screening
      } catch (IOException | RuntimeException | Error e) {
        put(new Failed<>(e));
      }
    }

    /** Adds {@code record} to the part being read; sends the part once it is full. */
    private void add(Entry record) throws InterruptedIOException {
      part.add(record);
      partBytes += record.size();
      if (part.size() == PART_RECORDS || partBytes >= PART_BYTES) {
        flush();
      }
    }

    /** Sends the part being read to a worker, and its future to the calling thread. */
    @Override
    public void flush() throws InterruptedIOException {
      if (part.isEmpty()) {
        return;
      }
      List<Entry> records = part;
      long before = sent;
      part = new ArrayList<>(PART_RECORDS);
      partBytes = 0;
      sent += records.size();
      CompletableFuture<P> answered =
          CompletableFuture.supplyAsync(() -> sink.answer(before, records), Threads.WORKERS);
      if (!put(new Sent<>(answered))) {
        throw new InterruptedIOException("the screening was given up");
      }
    }

    /**
     * Puts {@code step} in the queue, waiting while it is full; returns false if the calling thread
     * has given up the screening (it no longer takes from the queue, and may not have interrupted a
     * read of the input in time to stop this thread).
     */
    private boolean put(Step<P> step) {
      try {
        while (!steps.offer(step, 100, TimeUnit.MILLISECONDS)) {
          if (abandoned.get()) {
            return false;
          }
        }
        return !abandoned.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * The threads of every screening: the workers that answer the parts, one per processor, and a
   * thread per screening that reads its input (the calling thread takes the answers). All are
   * daemons, so that they never keep the process alive. Each screening has at most {@link #WINDOW}
   * parts queued, so the workers' queue is bounded by the screenings in flight.
   */
  private static final class Threads {
    static final ExecutorService WORKERS =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            new ThreadFactoryBuilder()
                .setNameFormat("screening-worker-%d")
                .setDaemon(true)
                .build());
    static final ExecutorService READERS =
        Executors.newCachedThreadPool(
            new ThreadFactoryBuilder()
                .setNameFormat("screening-reader-%d")
                .setDaemon(true)
                .build());
  }
}
