package io.github.regeneligibility.records;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Writes for many threads in one thread, committing all that are waiting in one transaction: one
 * sync to disk for many writes, which is what makes durable writes fast (on SQLite, every commit
 * syncs its write-ahead log; on PostgreSQL, with {@code synchronous_commit} on, the commit waits
 * for its WAL to be flushed). A write's future completes only after its transaction committed, so a
 * write is acknowledged only once durable.
 *
 * <p>A write that throws fails its whole transaction; the writes of that transaction are then tried
 * again one transaction each, so that one bad write fails alone. Writes are applied in the order
 * they were submitted, and one at a time, so a write can check what it depends on (a record to
 * supersede, a name that must be free) and act on it without a race inside this process.
 */
final class GroupCommit implements AutoCloseable {

  /** One write: runs inside a transaction, returns its result. */
  interface Write<T> {
    T apply(Handle handle);
  }

  /** The most writes committed together. */
  static final int MAX_BATCH = 256;

  /** The most writes waiting; submitting more blocks, which bounds memory under load. */
  static final int MAX_WAITING = 4096;

  private record Pending<T>(Write<T> write, CompletableFuture<T> done) {
    void run(Handle handle, List<Runnable> completions) {
      T result = write.apply(handle);
      completions.add(() -> done.complete(result));
    }
  }

  private final Jdbi jdbi;
  private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(MAX_WAITING);
  private final Thread thread;
  private volatile boolean closing;

  GroupCommit(Jdbi jdbi, String name) {
    this.jdbi = jdbi;
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /**
   * Submits a write; the future completes with its result once committed, or exceptionally with
   * what it threw (a failed commit included).
   *
   * @throws IllegalStateException if the writer is closing
   */
  <T> CompletableFuture<T> submit(Write<T> write) {
    if (closing) {
      throw new IllegalStateException("the records store is closing: nothing more is written");
    }
    CompletableFuture<T> done = new CompletableFuture<>();
    try {
      queue.put(new Pending<>(write, done));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done.completeExceptionally(e);
    }
    return done;
  }

  private void run() {
    List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
    while (!(closing && queue.isEmpty())) {
      Pending<?> first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        if (closing) {
          continue;
        }
        Thread.currentThread().interrupt();
        return;
      }
      if (first == null) {
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      commit(batch);
      batch.clear();
    }
  }

  private void commit(List<Pending<?>> batch) {
    @Nullable RuntimeException failure = attempt(batch);
    if (failure == null) {
      return;
    }
    if (batch.size() == 1) {
      batch.get(0).done().completeExceptionally(failure);
      return;
    }
    for (Pending<?> one : batch) {
      @Nullable RuntimeException alone = attempt(List.of(one));
      if (alone != null) {
        one.done().completeExceptionally(alone);
      }
    }
  }

  /** Runs the writes in one transaction; completes them if it commits, else returns why not. */
  private @Nullable RuntimeException attempt(List<Pending<?>> writes) {
    List<Runnable> completions = new ArrayList<>(writes.size());
    try {
      jdbi.useTransaction(
          handle -> {
            for (Pending<?> pending : writes) {
              pending.run(handle, completions);
            }
          });
    } catch (RuntimeException e) {
      return e;
    }
    completions.forEach(Runnable::run);
    return null;
  }

  /** Takes no more writes, and returns once those submitted are committed or failed. */
  @Override
  public void close() {
    closing = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // A write submitted as the writer stopped is failed, never left waiting.
    List<Pending<?>> left = new ArrayList<>();
    queue.drainTo(left);
    for (Pending<?> pending : left) {
      pending
          .done()
          .completeExceptionally(
              new IllegalStateException("the records store closed before this write"));
    }
  }
}
