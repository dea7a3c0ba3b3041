package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Stage;
import org.immutables.value.Value;

/**
 * The points of the {@code MATURITY} criterion: product roles by stage, service and supply-chain
 * roles as an operating service.
 */
@Value.Immutable
public interface MaturityPoints {

  /** The criterion's maximum. */
  int getMaxPoints();

  /** Points by stage; every stage must have points, never fewer than an earlier stage's. */
  ImmutableMap<Stage, Integer> getStages();

  /** Points of an operating service (service and supply-chain roles). */
  int getOperatingService();

  /** Builds maturity points. */
  class Builder extends ImmutableMaturityPoints.Builder {}
}
