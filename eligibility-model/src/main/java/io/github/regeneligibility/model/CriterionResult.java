package io.github.regeneligibility.model;

import org.immutables.value.Value;

/** The points one criterion gave, out of its maximum, and why. */
@Value.Immutable
public interface CriterionResult {

  /** The criterion. */
  @Value.Parameter
  Criterion getCriterion();

  /** The points given, from 0 to {@link #getMaxPoints()}. */
  @Value.Parameter
  int getPoints();

  /** The most points this criterion can give under the edition used. */
  @Value.Parameter
  int getMaxPoints();

  /** Why these points were given. */
  @Value.Parameter
  Reason getReason();

  /** Checks that the points lie within 0 and the maximum. */
  @Value.Check
  default void check() {
    if (getPoints() < 0 || getPoints() > getMaxPoints()) {
      throw new IllegalArgumentException(
          getCriterion() + " points " + getPoints() + " are not within 0.." + getMaxPoints());
    }
  }

  /**
   * Creates a criterion result.
   *
   * @throws IllegalArgumentException if {@code points} is not within 0 and {@code maxPoints}
   */
  static CriterionResult of(Criterion criterion, int points, int maxPoints, Reason reason) {
    return ImmutableCriterionResult.of(criterion, points, maxPoints, reason);
  }
}
