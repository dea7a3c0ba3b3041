package io.github.regeneligibility.http.routes;

import com.google.common.base.Supplier;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A check that is run at most once a {@code period} and whose last answer is served in between,
 * without making any caller wait for another's check: once the answer is older than the period, one
 * caller runs the check again while the others get the answer before it. Only the first callers,
 * before any answer, wait for a check of their own.
 *
 * <p>Unlike Guava's {@code Suppliers.memoizeWithExpiration}, which runs the check under a lock that
 * every caller takes once the answer is old, so that under load every request thread queues behind
 * the one that asks the database.
 */
final class RecentCheck implements Supplier<Boolean> {
  private final BooleanSupplier check;
  private final long periodNanos;
  private final AtomicBoolean checking = new AtomicBoolean();
  private volatile @Nullable Answer last;

  private record Answer(boolean value, long at) {}

  RecentCheck(BooleanSupplier check, Duration period) {
    this.check = check;
    this.periodNanos = period.toNanos();
  }

  @Override
  public Boolean get() {
    Answer answer = last;
    if (answer == null) {
      return run();
    }
    if (System.nanoTime() - answer.at() >= periodNanos && checking.compareAndSet(false, true)) {
      try {
        return run();
      } finally {
        checking.set(false);
      }
    }
    return answer.value();
  }

  private boolean run() {
    boolean value = check.getAsBoolean();
    last = new Answer(value, System.nanoTime());
    return value;
  }
}
