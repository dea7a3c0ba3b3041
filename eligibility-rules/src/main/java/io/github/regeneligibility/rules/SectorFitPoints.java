package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The points of the {@code SECTOR_FIT} criterion: the primary sector is a focus sector / else some
 * sector is a focus sector / else some sector is other regenerative medicine / else none.
 */
@Value.Immutable
public interface SectorFitPoints extends CriterionPoints {

  /** Points when the primary sector is a focus sector. */
  int getPrimaryFocus();

  /** Points when another sector, not the primary, is a focus sector. */
  int getSecondaryFocus();

  /** Points when no sector is a focus sector but one is {@code OTHER_REGENERATIVE}. */
  int getOtherRegenerative();

  /** Points when no sector is a focus sector or {@code OTHER_REGENERATIVE}. */
  int getNone();

  /** {@code sectorFit.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS = parameters().maximum(Builder::maxPoints);

  /** {@code sectorFit.primaryFocus}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> PRIMARY_FOCUS =
      parameters().points("primaryFocus", SectorFitPoints::getPrimaryFocus, Builder::primaryFocus);

  /** {@code sectorFit.secondaryFocus}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> SECONDARY_FOCUS =
      parameters()
          .points("secondaryFocus", SectorFitPoints::getSecondaryFocus, Builder::secondaryFocus);

  /** {@code sectorFit.otherRegenerative}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> OTHER_REGENERATIVE =
      parameters()
          .points(
              "otherRegenerative",
              SectorFitPoints::getOtherRegenerative,
              Builder::otherRegenerative);

  /** {@code sectorFit.none}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> NONE =
      parameters().points("none", SectorFitPoints::getNone, Builder::none);

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS =
      ImmutableList.of(MAX_POINTS, PRIMARY_FOCUS, SECONDARY_FOCUS, OTHER_REGENERATIVE, NONE);

  private static CriterionParameters<SectorFitPoints, Builder> parameters() {
    return new CriterionParameters<>(
        "sectorFit", PolicyEdition::getSectorFit, draft -> draft.sectorFit);
  }

  /** Builds sector-fit points. */
  class Builder extends ImmutableSectorFitPoints.Builder {}
}
