package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
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

  /**
   * Creates a criterion result whose reason is {@code code} with {@code facts} and, as every
   * criterion's reason carries them, the facts {@code points} and {@code maxPoints}.
   *
   * @throws IllegalArgumentException if {@code points} is not within 0 and {@code maxPoints}, or
   *     the facts are not those of {@code code}
   */
  static CriterionResult scored(
      Criterion criterion, int points, int maxPoints, ReasonCode code, Map<String, ?> facts) {
    ImmutableMap<String, Object> all =
        ImmutableMap.<String, Object>builder()
            .putAll(facts)
            .put("points", points)
            .put("maxPoints", maxPoints)
            .buildOrThrow();
    return of(criterion, points, maxPoints, Reason.of(code, all));
  }
}
