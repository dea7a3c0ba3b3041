package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The points of the {@code HORIZON} criterion: bands of years to industrialisation, earliest first,
 * and the points beyond the last band.
 */
@Value.Immutable
public interface HorizonPoints extends CriterionPoints {

  /** The bands, earliest first; the first starts at year 0. */
  ImmutableList<HorizonBand> getBands();

  /** Points for years beyond the last band. */
  int getBeyond();

  /** {@code horizon.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS = parameters().maximum(Builder::maxPoints);

  /** {@code horizon.bands}: the bands, each band's points 0 to the criterion's maximum. */
  PolicyParameter<ImmutableList<HorizonBand>> BANDS =
      parameters().bands("bands", HorizonPoints::getBands, Builder::bands);

  /** {@code horizon.beyond}: 0 to the criterion's maximum. */
  PolicyParameter<Integer> BEYOND =
      parameters().points("beyond", HorizonPoints::getBeyond, Builder::beyond);

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS = ImmutableList.of(MAX_POINTS, BANDS, BEYOND);

  private static CriterionParameters<HorizonPoints, Builder> parameters() {
    return new CriterionParameters<>("horizon", PolicyEdition::getHorizon, draft -> draft.horizon);
  }

  /** Builds horizon points. */
  class Builder extends ImmutableHorizonPoints.Builder {}
}
