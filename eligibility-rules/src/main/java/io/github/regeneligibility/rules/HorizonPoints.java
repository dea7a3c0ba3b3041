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

  /** {@code horizon.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS =
      PolicyParameter.maximum(
          "horizon",
          e -> e.getHorizon().getMaxPoints(),
          (draft, points) -> draft.horizon.maxPoints(points));

  /** {@code horizon.bands}: the bands, each band's points 0 to the criterion's maximum. */
  PolicyParameter<ImmutableList<HorizonBand>> BANDS =
      PolicyParameter.bands(
          "horizon.bands",
          e -> e.getHorizon().getMaxPoints(),
          e -> e.getHorizon().getBands(),
          (draft, bands) -> draft.horizon.bands(bands));

  /** {@code horizon.beyond}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> BEYOND =
      PolicyParameter.points(
          "horizon.beyond",
          e -> e.getHorizon().getMaxPoints(),
          e -> e.getHorizon().getBeyond(),
          (draft, points) -> draft.horizon.beyond(points));

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS = ImmutableList.of(MAX_POINTS, BANDS, BEYOND);

  /** Builds horizon points. */
  class Builder extends ImmutableHorizonPoints.Builder {}
}
