package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Tier;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * What moving from one policy edition to another changes for a set of applications (the whole valid
 * domain, or a cohort): the tier transition matrix with who moves and an example of each
 * transition, the score changes, and each edition's tiers. Made by {@link ImpactAnalysis}.
 */
@Value.Immutable
public interface PolicyImpact {

  /** The first edition, A. */
  PolicyReference getFromEdition();

  /** The second edition, B. */
  PolicyReference getToEdition();

  /** How many applications were analysed. */
  int getApplications();

  /**
   * Every (from, to) pair with a non-zero count, unchanged pairs included, by the from tier then
   * the to tier, lowest first. An absent pair counts zero.
   */
  ImmutableList<TierTransition> getTransitions();

  /** How the scores change. */
  ScoreChanges getScoreChanges();

  /** Edition A's tiers over the same applications. */
  EditionTiers getFromTiers();

  /** Edition B's tiers over the same applications. */
  EditionTiers getToTiers();

  /** Returns how many applications go from tier {@code from} to tier {@code to}. */
  default int count(Tier from, Tier to) {
    return getTransitions().stream()
        .filter(t -> t.getFromTier() == from && t.getToTier() == to)
        .mapToInt(TierTransition::getCount)
        .sum();
  }

  /** Returns the {@code n} largest movements (tier changes), largest first, ties by tiers. */
  default ImmutableList<TierTransition> largestMovements(int n) {
    return getTransitions().stream()
        .filter(TierTransition::isMovement)
        .sorted(Comparator.comparingInt(TierTransition::getCount).reversed())
        .limit(n)
        .collect(ImmutableList.toImmutableList());
  }

  /** Builds impacts. */
  class Builder extends ImmutablePolicyImpact.Builder {}
}
