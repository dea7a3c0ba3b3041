package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit of the parameters that have bounds (names, numbers, tables, bands) and nothing else:
 * dates, sectors and stages give no item.
 *
 * @param <T> the items of the visit
 */
abstract class UnboundedSkipped<T> implements PolicyParameter.Visitor<List<T>> {

  @Override
  public final List<T> date(PolicyParameter<LocalDate> parameter) {
    return List.of();
  }

  @Override
  public final List<T> sectors(PolicyParameter<ImmutableSet<Sector>> parameter) {
    return List.of();
  }

  @Override
  public final List<T> stage(PolicyParameter<Stage> parameter) {
    return List.of();
  }
}
