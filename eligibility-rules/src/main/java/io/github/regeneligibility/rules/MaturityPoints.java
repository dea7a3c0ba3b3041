package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Stage;
import org.immutables.value.Value;

/**
 * The points of the {@code MATURITY} criterion: product roles by stage, service and supply-chain
 * roles as an operating service.
 */
@Value.Immutable
public interface MaturityPoints extends CriterionPoints {

  /** Points by stage; every stage must have points, never fewer than an earlier stage's. */
  ImmutableMap<Stage, Integer> getStages();

  /** Points of an operating service (service and supply-chain roles). */
  int getOperatingService();

  /** {@code maturity.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS = parameters().maximum(Builder::maxPoints);

  /** {@code maturity.stages}: points by stage, each 0 to the criterion's maximum. */
  PolicyParameter<ImmutableMap<Stage, Integer>> STAGES =
      parameters().table("stages", Stage.class, MaturityPoints::getStages, Builder::stages);

  /** {@code maturity.operatingService}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> OPERATING_SERVICE =
      parameters()
          .points(
              "operatingService", MaturityPoints::getOperatingService, Builder::operatingService);

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS =
      ImmutableList.of(MAX_POINTS, STAGES, OPERATING_SERVICE);

  private static CriterionParameters<MaturityPoints, Builder> parameters() {
    return new CriterionParameters<>(
        "maturity", PolicyEdition::getMaturity, draft -> draft.maturity);
  }

  /** Builds maturity points. */
  class Builder extends ImmutableMaturityPoints.Builder {}
}
