package io.github.regeneligibility.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits failed logins: at most {@value #PER_NAME} failures for one name and {@value #PER_ADDRESS}
 * from one address within {@link #WINDOW}; past either, logins for that name or from that address
 * are refused without checking the password until the oldest failure leaves the window. A login
 * that succeeds clears its name's failures. Memory is bounded: at most {@value #MAX_KEYS} names and
 * as many addresses are tracked, the least recently failed forgotten first.
 */
final class LoginLimits {
  static final int PER_NAME = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> byName = lru();
  private final Map<String, Deque<Instant>> byAddress = lru();

  LoginLimits(Clock clock) {
    this.clock = clock;
  }

  private static Map<String, Deque<Instant>> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
        return size() > MAX_KEYS;
      }
    };
  }

  /** Returns whether a login for {@code name} from {@code address} is refused unchecked now. */
  synchronized boolean isLimited(String name, String address) {
    Instant now = clock.instant();
    return recent(byName, name, now) >= PER_NAME || recent(byAddress, address, now) >= PER_ADDRESS;
  }

  /**
   * Returns how long until a login for {@code name} from {@code address} is no longer refused
   * unchecked: until enough of the failures that count leave the window. Zero when it is not
   * refused now.
   */
  synchronized Duration retryAfter(String name, String address) {
    Instant now = clock.instant();
    Duration byNameWait = wait(byName, name, PER_NAME, now);
    Duration byAddressWait = wait(byAddress, address, PER_ADDRESS, now);
    return byNameWait.compareTo(byAddressWait) >= 0 ? byNameWait : byAddressWait;
  }

  /**
   * How long until fewer than {@code limit} of {@code key}'s failures are in the window: until the
   * failure that is {@code limit}th from the newest leaves it.
   */
  private static Duration wait(
      Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
    int count = recent(failures, key, now);
    if (count < limit) {
      return Duration.ZERO;
    }
    Instant leaving = now;
    int skip = count - limit;
    for (Instant time : failures.getOrDefault(key, new ArrayDeque<>())) {
      if (skip-- == 0) {
        leaving = time;
        break;
      }
    }
    Duration wait = Duration.between(now, leaving.plus(WINDOW));
    return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
  }

  /** Counts a failed login. */
  synchronized void failed(String name, String address) {
    Instant now = clock.instant();
    byName.computeIfAbsent(name, key -> new ArrayDeque<>()).addLast(now);
    byAddress.computeIfAbsent(address, key -> new ArrayDeque<>()).addLast(now);
    recent(byName, name, now);
    recent(byAddress, address, now);
  }

  /** Clears the failures of {@code name} after a login that succeeded. */
  synchronized void succeeded(String name) {
    byName.remove(name);
  }

  private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant oldest = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
      times.removeFirst();
    }
    // Each deque holds at most a window's failures past its limit: trim what can never count.
    while (times.size() > PER_ADDRESS) {
      times.removeFirst();
    }
    return times.size();
  }
}
