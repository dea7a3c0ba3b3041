package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The points of the {@code SECTOR_FIT} criterion: the primary sector is a focus sector / else some
 * sector is a focus sector / else some sector is other regenerative medicine / else none.
 */
@Value.Immutable
public interface SectorFitPoints {

  /** The criterion's maximum. */
  int getMaxPoints();

  /** Points when the primary sector is a focus sector. */
  int getPrimaryFocus();

  /** Points when another sector, not the primary, is a focus sector. */
  int getSecondaryFocus();

  /** Points when no sector is a focus sector but one is {@code OTHER_REGENERATIVE}. */
  int getOtherRegenerative();

  /** Points when no sector is a focus sector or {@code OTHER_REGENERATIVE}. */
  int getNone();

  /** {@code sectorFit.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS =
      PolicyParameter.maximum(
          "sectorFit",
          e -> e.getSectorFit().getMaxPoints(),
          (draft, points) -> draft.sectorFit.maxPoints(points));

  /** {@code sectorFit.primaryFocus}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> PRIMARY_FOCUS =
      PolicyParameter.points(
          "sectorFit.primaryFocus",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getPrimaryFocus(),
          (draft, points) -> draft.sectorFit.primaryFocus(points));

  /** {@code sectorFit.secondaryFocus}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> SECONDARY_FOCUS =
      PolicyParameter.points(
          "sectorFit.secondaryFocus",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getSecondaryFocus(),
          (draft, points) -> draft.sectorFit.secondaryFocus(points));

  /** {@code sectorFit.otherRegenerative}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> OTHER_REGENERATIVE =
      PolicyParameter.points(
          "sectorFit.otherRegenerative",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getOtherRegenerative(),
          (draft, points) -> draft.sectorFit.otherRegenerative(points));

  /** {@code sectorFit.none}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> NONE =
      PolicyParameter.points(
          "sectorFit.none",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getNone(),
          (draft, points) -> draft.sectorFit.none(points));

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS =
      ImmutableList.of(MAX_POINTS, PRIMARY_FOCUS, SECONDARY_FOCUS, OTHER_REGENERATIVE, NONE);

  /** Builds sector-fit points. */
  class Builder extends ImmutableSectorFitPoints.Builder {}
}
