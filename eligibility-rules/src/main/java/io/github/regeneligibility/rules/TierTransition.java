package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Tier;
import org.immutables.value.Value;

/**
 * One cell of an impact's transition matrix: how many applications have tier {@link #getFromTier()}
 * under the first edition and {@link #getToTier()} under the second, who they are, and the smallest
 * of them.
 */
@Value.Immutable
public interface TierTransition {

  /** The key of {@link #getByStage()} for service and supply-chain roles, which have no stage. */
  String NO_STAGE = "NONE";

  /** The tier under the first edition. */
  Tier getFromTier();

  /** The tier under the second edition. */
  Tier getToTier();

  /** How many applications make this transition; at least 1. */
  int getCount();

  /**
   * The smallest application that makes it: over the domain, the one with the fewest sectors, then
   * the lowest shape number (so the earliest role, pathway and stage, then the fewest years); over
   * a cohort, the first in the cohort's order.
   */
  Application getExample();

  /** The example's shape number in the domain, or its position (from 0) in the cohort. */
  int getExampleIndex();

  /** The example's score under the first edition. */
  int getExampleFromScore();

  /** The example's score under the second edition. */
  int getExampleToScore();

  /** The count by role; roles with none are left out. */
  ImmutableMap<Role, Integer> getByRole();

  /** The count by primary sector; sectors with none are left out. */
  ImmutableMap<Sector, Integer> getByPrimarySector();

  /** The count by stage name, {@link #NO_STAGE} for roles without one; empty ones left out. */
  ImmutableMap<String, Integer> getByStage();

  /**
   * The count by years to industrialisation, in the bands of the first edition's horizon table
   * (e.g. {@code 0-2}, {@code 3-5}, {@code 6-10}, {@code 11-50}); empty bands left out.
   */
  ImmutableMap<String, Integer> getByYears();

  /** Returns whether the tier changes. */
  default boolean isMovement() {
    return getFromTier() != getToTier();
  }

  /** Builds transitions. */
  class Builder extends ImmutableTierTransition.Builder {}
}
