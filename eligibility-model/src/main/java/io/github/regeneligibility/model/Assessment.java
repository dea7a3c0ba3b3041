package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The assessment of one application under one policy edition: the tier and why, the score, and one
 * result per gate and per criterion. Everything in it comes from the one evaluation that computed
 * the points.
 */
@Value.Immutable
public interface Assessment {

  /** The assessed application. */
  @Value.Parameter
  Application getApplication();

  /** The policy edition used. */
  @Value.Parameter
  PolicyReference getPolicy();

  /** The tier. */
  @Value.Parameter
  Tier getTier();

  /** Why the application got its tier. */
  @Value.Parameter
  Reason getTierReason();

  /** The {@link Gate#SCOPE} gate's result. */
  @Value.Parameter
  GateResult getScopeGate();

  /** The {@link Gate#HORIZON} gate's result. */
  @Value.Parameter
  GateResult getHorizonGate();

  /** The {@link Criterion#SECTOR_FIT} criterion's result. */
  @Value.Parameter
  CriterionResult getSectorFit();

  /** The {@link Criterion#MATURITY} criterion's result. */
  @Value.Parameter
  CriterionResult getMaturity();

  /** The {@link Criterion#HORIZON} criterion's result. */
  @Value.Parameter
  CriterionResult getHorizon();

  /** The {@link Criterion#ROLE} criterion's result. */
  @Value.Parameter
  CriterionResult getRole();

  /** The score: the sum of the criteria's points, 0–100. */
  @Value.Derived
  default int getScore() {
    return getSectorFit().getPoints()
        + getMaturity().getPoints()
        + getHorizon().getPoints()
        + getRole().getPoints();
  }

  /** Returns the id of the assessed application. */
  default String getApplicationId() {
    return getApplication().getId();
  }

  /** Returns the gates' results, in the order of {@link Gate}. */
  default ImmutableList<GateResult> getGates() {
    return ImmutableList.of(getScopeGate(), getHorizonGate());
  }

  /** Returns the criteria's results, in the order of {@link Criterion}. */
  default ImmutableList<CriterionResult> getCriteria() {
    return ImmutableList.of(getSectorFit(), getMaturity(), getHorizon(), getRole());
  }

  /** Returns whether every gate passed. */
  default boolean isGatesPassed() {
    return getScopeGate().isPassed() && getHorizonGate().isPassed();
  }

  /** Returns the result of {@code gate}. */
  default GateResult getGate(Gate gate) {
    return gate == Gate.SCOPE ? getScopeGate() : getHorizonGate();
  }

  /** Returns the result of {@code criterion}. */
  default CriterionResult getCriterion(Criterion criterion) {
    return switch (criterion) {
      case SECTOR_FIT -> getSectorFit();
      case MATURITY -> getMaturity();
      case HORIZON -> getHorizon();
      case ROLE -> getRole();
    };
  }

  /**
   * Creates an assessment from its parts; the score is their points' sum.
   *
   * @throws IllegalArgumentException if a gate or criterion result is given in the wrong place
   */
  @SuppressWarnings("TooManyParameters")
  static Assessment of(
      Application application,
      PolicyReference policy,
      Tier tier,
      Reason tierReason,
      GateResult scope,
      GateResult horizonGate,
      CriterionResult sectorFit,
      CriterionResult maturity,
      CriterionResult horizon,
      CriterionResult role) {
    return ImmutableAssessment.of(
        application,
        policy,
        tier,
        tierReason,
        scope,
        horizonGate,
        sectorFit,
        maturity,
        horizon,
        role);
  }

  /** Checks that each result stands in its own place. */
  @Value.Check
  default void check() {
    if (getScopeGate().getGate() != Gate.SCOPE
        || getHorizonGate().getGate() != Gate.HORIZON
        || getSectorFit().getCriterion() != Criterion.SECTOR_FIT
        || getMaturity().getCriterion() != Criterion.MATURITY
        || getHorizon().getCriterion() != Criterion.HORIZON
        || getRole().getCriterion() != Criterion.ROLE) {
      throw new IllegalArgumentException("a gate or criterion result is in the wrong place");
    }
  }
}
