package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Declares the parameters of one criterion's points: each path is the criterion's name and a
 * property, each value is read from the criterion's points in an edition and set on its builder in
 * a {@link PolicyDraft}, and points are bounded by the criterion's maximum in the same edition.
 *
 * @param <P> the criterion's points type, such as {@link MaturityPoints}
 * @param <B> the builder of the points type
 */
final class CriterionParameters<P extends CriterionPoints, B> {
  private final String criterion;
  private final Function<PolicyEdition, P> points;
  private final Function<PolicyDraft, B> builder;

  /**
   * The parameters of {@code criterion}, whose points {@code points} reads from an edition and
   * whose builder in a draft is {@code builder}.
   */
  CriterionParameters(
      String criterion, Function<PolicyEdition, P> points, Function<PolicyDraft, B> builder) {
    this.criterion = criterion;
    this.points = points;
    this.builder = builder;
  }

  /** Declares {@code <criterion>.maxPoints}, 0 to 100, set by {@code setter}. */
  PolicyParameter<Integer> maximum(BiConsumer<B, Integer> setter) {
    return PolicyParameter.maximum(criterion, read(P::getMaxPoints), write(setter));
  }

  /** Declares {@code <criterion>.<property>}: points from 0 to the criterion's maximum. */
  PolicyParameter<Integer> points(
      String property, Function<P, Integer> value, BiConsumer<B, Integer> setter) {
    return PolicyParameter.points(path(property), this::max, read(value), write(setter));
  }

  /**
   * Declares {@code <criterion>.<property>}: points by the constants of {@code keys}, each from 0
   * to the criterion's maximum.
   */
  <K extends Enum<K>> PolicyParameter<ImmutableMap<K, Integer>> table(
      String property,
      Class<K> keys,
      Function<P, ImmutableMap<K, Integer>> value,
      BiConsumer<B, ImmutableMap<K, Integer>> setter) {
    return PolicyParameter.table(path(property), keys, this::max, read(value), write(setter));
  }

  /**
   * Declares {@code <criterion>.<property>}: horizon bands whose points go from 0 to the
   * criterion's maximum.
   */
  PolicyParameter<ImmutableList<HorizonBand>> bands(
      String property,
      Function<P, ImmutableList<HorizonBand>> value,
      BiConsumer<B, ImmutableList<HorizonBand>> setter) {
    return PolicyParameter.bands(path(property), this::max, read(value), write(setter));
  }

  private String path(String property) {
    return criterion + "." + property;
  }

  private int max(PolicyEdition edition) {
    return points.apply(edition).getMaxPoints();
  }

  private <T> Function<PolicyEdition, T> read(Function<P, T> value) {
    return edition -> value.apply(points.apply(edition));
  }

  private <T> BiConsumer<PolicyDraft, T> write(BiConsumer<B, T> setter) {
    return (draft, value) -> setter.accept(builder.apply(draft), value);
  }
}
