package io.github.regeneligibility.rules;

import org.immutables.value.Value;

/**
 * One band of the {@code HORIZON} criterion: the years after the previous band's {@link
 * #getUpToYears()}, up to and including this one's, give {@link #getPoints()}.
 */
@Value.Immutable
public interface HorizonBand {

  /** The last year (inclusive) of this band. */
  @Value.Parameter
  int getUpToYears();

  /** The points of this band. */
  @Value.Parameter
  int getPoints();

  /** Creates a band. */
  static HorizonBand of(int upToYears, int points) {
    return ImmutableHorizonBand.of(upToYears, points);
  }
}
