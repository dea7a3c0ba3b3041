package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The points of the {@code HORIZON} criterion: bands of years to industrialisation, earliest first,
 * and the points beyond the last band.
 */
@Value.Immutable
public interface HorizonPoints {

  /** The criterion's maximum. */
  int getMaxPoints();

  /** The bands, earliest first; the first starts at year 0. */
  ImmutableList<HorizonBand> getBands();

  /** Points for years beyond the last band. */
  int getBeyond();

  /** Builds horizon points. */
  class Builder extends ImmutableHorizonPoints.Builder {}
}
