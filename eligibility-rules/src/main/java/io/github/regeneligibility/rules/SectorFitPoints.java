package io.github.regeneligibility.rules;

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

  /** Builds sector-fit points. */
  class Builder extends ImmutableSectorFitPoints.Builder {}
}
