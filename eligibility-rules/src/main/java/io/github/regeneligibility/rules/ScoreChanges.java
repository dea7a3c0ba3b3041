package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableSortedMap;
import org.immutables.value.Value;

/** How the score changes from the first edition to the second, over all the applications. */
@Value.Immutable
public interface ScoreChanges {

  /** The smallest change (second score minus first), -100 to 100; 0 when there is none. */
  int getMin();

  /** The largest change, -100 to 100; 0 when there is none. */
  int getMax();

  /** The mean change; 0 when there is no application. */
  double getMean();

  /** How many applications have each change, by change; changes that no one has are left out. */
  ImmutableSortedMap<Integer, Integer> getHistogram();

  /** Builds score changes. */
  class Builder extends ImmutableScoreChanges.Builder {}
}
