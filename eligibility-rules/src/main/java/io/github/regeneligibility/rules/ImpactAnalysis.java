package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * Policy impact: what moving from edition A to edition B changes, exactly, for every application of
 * the valid domain ({@link ApplicationDomain}, 1,096,704 shapes; origin, names and id never change
 * an assessment) or for a cohort; and how sensitive an edition is to each of its numeric
 * parameters.
 *
 * <pre>{@code
 * PolicyImpact impact = ImpactAnalysis.domain(edition2026, edition2027);
 * int lost = impact.count(Tier.ELIGIBLE, Tier.INELIGIBLE);
 * }</pre>
 *
 * <p>How it is fast: an assessment is a sum of points, two gates and a tier rule, each a function
 * of one dimension of the domain (the sector choice, the profile, the years). Each edition's rules
 * are read once into arrays over those dimensions, from the same compiled tables that its
 * assessments come from ({@link DomainTables}); the sweep then walks the three dimensions in nested
 * loops and only adds and counts, allocating nothing per application. The whole domain takes tens
 * of milliseconds on one core; the sensitivity of every parameter, a few sweeps each, well under a
 * second.
 */
public final class ImpactAnalysis {

  private ImpactAnalysis() {}

  /** Returns the impact of moving from {@code from} to {@code to} over the whole valid domain. */
  public static PolicyImpact domain(PolicyEdition from, PolicyEdition to) {
    ImpactTally tally = new ImpactTally(new DomainTables(from), new DomainTables(to));
    int index = 0;
    for (int c = 0; c < DomainTables.CHOICES; c++) {
      int rankBase = ApplicationDomain.sectorChoices().get(c).sectors().size() << 21;
      for (int p = 0; p < DomainTables.PROFILES; p++) {
        for (int y = 0; y < DomainTables.YEARS; y++, index++) {
          tally.add(c, p, y, rankBase | index, index);
        }
      }
    }
    return tally.result(ApplicationDomain.SIZE, ApplicationDomain::application);
  }

  /**
   * Returns the impact of moving from {@code from} to {@code to} over {@code cohort}; each
   * transition's example is its first member in the cohort's order.
   */
  public static PolicyImpact cohort(
      PolicyEdition from, PolicyEdition to, List<Application> cohort) {
    ImpactTally tally = new ImpactTally(new DomainTables(from), new DomainTables(to));
    for (int i = 0; i < cohort.size(); i++) {
      int shape = ApplicationDomain.indexOf(cohort.get(i));
      tally.add(
          ApplicationDomain.sectorChoiceOf(shape),
          ApplicationDomain.profileOf(shape),
          ApplicationDomain.yearsOf(shape),
          i,
          i);
    }
    return tally.result(cohort.size(), cohort::get);
  }

  /**
   * Returns, for every numeric parameter of {@code edition} in the order of a policy file, how many
   * applications of the whole domain change tier when it moves one point down and one point up,
   * where the promises of the policy allow it. {@code progress} is told each parameter's position
   * (from 0) when it is done.
   */
  public static ImmutableList<ParameterSensitivity> sensitivity(
      PolicyEdition edition, IntConsumer progress) {
    DomainTables base = new DomainTables(edition);
    List<Parameter> parameters = parameters(edition);
    ImmutableList.Builder<ParameterSensitivity> sensitivities = ImmutableList.builder();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      int value = parameter.get().applyAsInt(edition);
      sensitivities.add(
          new ParameterSensitivity.Builder()
              .parameter(parameter.path())
              .value(value)
              .changedWhenLowered(changed(base, edition, parameter, value - 1))
              .changedWhenRaised(changed(base, edition, parameter, value + 1))
              .build());
      progress.accept(i);
    }
    return sensitivities.build();
  }

  /**
   * Returns the number of numeric parameters of {@code edition}, as {@link #sensitivity} counts.
   */
  public static int parameterCount(PolicyEdition edition) {
    return parameters(edition).size();
  }

  private static OptionalInt changed(
      DomainTables base, PolicyEdition edition, Parameter parameter, int value) {
    PolicyEdition moved;
    try {
      moved = parameter.set().apply(edition, value);
    } catch (InvalidPolicyException refused) {
      return OptionalInt.empty();
    }
    DomainTables other = new DomainTables(moved);
    int changed = 0;
    for (int c = 0; c < DomainTables.CHOICES; c++) {
      for (int p = 0; p < DomainTables.PROFILES; p++) {
        for (int y = 0; y < DomainTables.YEARS; y++) {
          if (base.tier(c, p, y, base.score(c, p, y))
              != other.tier(c, p, y, other.score(c, p, y))) {
            changed++;
          }
        }
      }
    }
    return OptionalInt.of(changed);
  }

  /**
   * A number in an edition that sensitivity moves: a whole-number {@link PolicyParameter}, or one
   * cell of a table or band parameter; its path as problems name it, how to read it and how to set
   * it.
   */
  private record Parameter(
      String path,
      ToIntFunction<PolicyEdition> get,
      BiFunction<PolicyEdition, Integer, PolicyEdition> set) {}

  /**
   * Returns every number of {@code edition}, derived from the parameter declarations in the order
   * of a policy file: each whole number, each cell of a points table, and the {@code upToYears} and
   * {@code points} of each horizon band.
   */
  private static List<Parameter> parameters(PolicyEdition edition) {
    Numbers numbers = new Numbers(edition);
    List<Parameter> parameters = new ArrayList<>();
    for (PolicyParameter<?> declared : PolicyParameter.all()) {
      parameters.addAll(declared.accept(numbers));
    }
    return parameters;
  }

  /** The numbers of each declaration in an edition; names, dates, sectors and stages have none. */
  private static final class Numbers extends UnboundedSkipped<Parameter> {
    private final PolicyEdition edition;

    Numbers(PolicyEdition edition) {
      this.edition = edition;
    }

    @Override
    public List<Parameter> name(PolicyParameter<String> declared, int maxLength) {
      return List.of();
    }

    @Override
    public List<Parameter> wholeNumber(PolicyParameter<Integer> declared) {
      return List.of(
          new Parameter(declared.path(), declared::valueIn, (e, v) -> with(e, declared, v)));
    }

    /** One number per cell of the table, keyed by every constant of {@code keys}. */
    @Override
    public <K extends Enum<K>> List<Parameter> pointsTable(
        PolicyParameter<ImmutableMap<K, Integer>> declared, Class<K> keys) {
      List<Parameter> cells = new ArrayList<>();
      for (K key : EnumSet.allOf(keys)) {
        cells.add(
            new Parameter(
                declared.path() + "." + key.name(),
                e -> declared.valueIn(e).getOrDefault(key, 0),
                (e, v) -> {
                  Map<K, Integer> table = new LinkedHashMap<>(declared.valueIn(e));
                  table.put(key, v);
                  return with(e, declared, ImmutableMap.copyOf(table));
                }));
      }
      return cells;
    }

    /** Two numbers per band of the edition: its {@code upToYears} and its {@code points}. */
    @Override
    public List<Parameter> horizonBands(PolicyParameter<ImmutableList<HorizonBand>> declared) {
      List<Parameter> numbers = new ArrayList<>();
      for (int i = 0; i < declared.valueIn(edition).size(); i++) {
        int band = i;
        String at = declared.path() + "[" + band + "]";
        numbers.add(
            new Parameter(
                at + ".upToYears",
                e -> declared.valueIn(e).get(band).getUpToYears(),
                (e, v) ->
                    withBand(
                        e,
                        declared,
                        band,
                        HorizonBand.of(v, declared.valueIn(e).get(band).getPoints()))));
        numbers.add(
            new Parameter(
                at + ".points",
                e -> declared.valueIn(e).get(band).getPoints(),
                (e, v) ->
                    withBand(
                        e,
                        declared,
                        band,
                        HorizonBand.of(declared.valueIn(e).get(band).getUpToYears(), v))));
      }
      return numbers;
    }
  }

  private static PolicyEdition withBand(
      PolicyEdition edition,
      PolicyParameter<ImmutableList<HorizonBand>> declared,
      int band,
      HorizonBand changed) {
    List<HorizonBand> bands = new ArrayList<>(declared.valueIn(edition));
    bands.set(band, changed);
    return with(edition, declared, ImmutableList.copyOf(bands));
  }

  /**
   * Returns {@code edition} with {@code changed} set to {@code value} and every other parameter as
   * it was, checked as any edition is.
   *
   * @throws InvalidPolicyException if the new value breaks a promise of the policy
   */
  private static <T> PolicyEdition with(
      PolicyEdition edition, PolicyParameter<T> changed, T value) {
    PolicyDraft draft = PolicyDraft.from(edition);
    changed.setOn(draft, value);
    return draft.build();
  }

  /** Returns the counts of {@code counts} that are not zero, in key order. */
  static <K> ImmutableMap<K, Integer> nonZero(List<K> keys, int[] counts, int offset) {
    ImmutableMap.Builder<K, Integer> map = ImmutableMap.builder();
    for (int i = 0; i < keys.size(); i++) {
      if (counts[offset + i] != 0) {
        map.put(keys.get(i), counts[offset + i]);
      }
    }
    return map.buildOrThrow();
  }
}
