package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Tier;
import org.immutables.value.Value;

/** What one edition gives the applications of an impact analysis, tier by tier. */
@Value.Immutable
public interface EditionTiers {

  /** The edition. */
  PolicyReference getEdition();

  /** How many applications get each tier, every tier listed (zero included), lowest first. */
  ImmutableMap<Tier, Integer> getTierCounts();

  /** Which tiers each role reaches (every role listed, lowest tier first). */
  ImmutableMap<Role, ImmutableSet<Tier>> getReachableTiers();

  /**
   * The threshold sweep: at index {@code t} (0–100), how many applications would be {@code
   * ELIGIBLE} or better if the eligibility threshold were {@code t}, the rest of the edition
   * unchanged.
   */
  ImmutableList<Integer> getThresholdSweep();

  /** Builds edition tiers. */
  class Builder extends ImmutableEditionTiers.Builder {}
}
