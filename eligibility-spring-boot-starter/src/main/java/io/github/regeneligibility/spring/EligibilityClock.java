package io.github.regeneligibility.spring;

import io.github.regeneligibility.rules.Eligibility;
import java.time.Clock;
import java.util.Objects;

/**
 * The clock that tells the rules what day it is, and so which policy edition is in force: by
 * default the system clock in the park's zone, Asia/Shanghai ({@link Eligibility#DEFAULT_ZONE}).
 *
 * <p>A type of its own rather than a {@link Clock} bean, so that an application's own {@code Clock}
 * (in UTC, or fixed for its tests) never silently changes the day on which editions take effect. An
 * application that means to change it, to fix the date in a test for example, defines a bean of
 * this type.
 *
 * @param clock the clock, with the zone in which "today" is taken
 */
public record EligibilityClock(Clock clock) {

  /** Checks that the clock is given. */
  public EligibilityClock {
    Objects.requireNonNull(clock, "clock");
  }

  /** Returns the system clock in Asia/Shanghai. */
  public static EligibilityClock system() {
    return new EligibilityClock(Clock.system(Eligibility.DEFAULT_ZONE));
  }
}
