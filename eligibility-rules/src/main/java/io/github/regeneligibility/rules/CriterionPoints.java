package io.github.regeneligibility.rules;

/**
 * The points of one criterion in an edition: {@link SectorFitPoints}, {@link MaturityPoints},
 * {@link HorizonPoints} and {@link RolePoints} each extend it with the points the criterion gives.
 */
public interface CriterionPoints {

  /** The criterion's maximum. */
  int getMaxPoints();
}
