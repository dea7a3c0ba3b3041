package io.github.regeneligibility.http.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on; in UTC. */
public final class MovableClock extends Clock {
  private volatile Instant now;

  /** A clock standing at {@code start}. */
  public MovableClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock on by {@code duration}. */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
