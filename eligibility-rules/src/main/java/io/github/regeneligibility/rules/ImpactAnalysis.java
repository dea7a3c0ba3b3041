package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * Policy impact: what moving from edition A to edition B changes, exactly, for every application
 * of the valid domain ({@link ApplicationDomain}, 1,096,704 shapes; origin, names and id never
 * change an assessment) or for a cohort; and how sensitive an edition is to each of its numeric
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
 * assessments come from ({@link DomainTables}); the sweep then walks the three dimensions in
 * nested loops and only adds and counts, allocating nothing per application. The whole domain
 * takes tens of milliseconds on one core; the sensitivity of every parameter, a few sweeps each,
 * well under a second.
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
   * Returns, for every numeric parameter of {@code edition} in the order of a policy file, how
   * many applications of the whole domain change tier when it moves one point down and one point
   * up, where the promises of the policy allow it. {@code progress} is told each parameter's
   * position (from 0) when it is done.
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

  /** Returns the number of numeric parameters of {@code edition}, as {@link #sensitivity} counts. */
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
          if (base.tier(c, p, y, base.score(c, p, y)) != other.tier(c, p, y, other.score(c, p, y))) {
            changed++;
          }
        }
      }
    }
    return OptionalInt.of(changed);
  }

  /** A numeric parameter: its path in a policy file, how to read it and how to set it. */
  private record Parameter(
      String path,
      ToIntFunction<PolicyEdition> get,
      BiFunction<PolicyEdition, Integer, PolicyEdition> set) {}

  private static List<Parameter> parameters(PolicyEdition edition) {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(
        new Parameter(
            "horizonLimit",
            PolicyEdition::getHorizonLimit,
            (e, v) -> copy(e).horizonLimit(v).build()));
    addSectorFit(parameters);
    parameters.add(
        new Parameter(
            "maturity.maxPoints",
            e -> e.getMaturity().getMaxPoints(),
            (e, v) -> withMaturity(e, m -> m.maxPoints(v))));
    for (Stage stage : Stage.values()) {
      parameters.add(
          new Parameter(
              "maturity.stages." + stage,
              e -> e.getMaturity().getStages().getOrDefault(stage, 0),
              (e, v) -> {
                Map<Stage, Integer> stages = new EnumMap<>(e.getMaturity().getStages());
                stages.put(stage, v);
                return withMaturity(e, m -> m.stages(stages));
              }));
    }
    parameters.add(
        new Parameter(
            "maturity.operatingService",
            e -> e.getMaturity().getOperatingService(),
            (e, v) -> withMaturity(e, m -> m.operatingService(v))));
    addHorizon(parameters, edition.getHorizon().getBands().size());
    parameters.add(
        new Parameter(
            "role.maxPoints",
            e -> e.getRole().getMaxPoints(),
            (e, v) -> withRole(e, r -> r.maxPoints(v))));
    for (Role role : Role.values()) {
      parameters.add(
          new Parameter(
              "role.roles." + role,
              e -> e.getRole().getRoles().getOrDefault(role, 0),
              (e, v) -> {
                Map<Role, Integer> roles = new EnumMap<>(e.getRole().getRoles());
                roles.put(role, v);
                return withRole(e, r -> r.roles(roles));
              }));
    }
    parameters.add(
        new Parameter(
            "eligibilityThreshold",
            PolicyEdition::getEligibilityThreshold,
            (e, v) -> copy(e).eligibilityThreshold(v).build()));
    return parameters;
  }

  private static void addSectorFit(List<Parameter> parameters) {
    parameters.add(
        new Parameter(
            "sectorFit.maxPoints",
            e -> e.getSectorFit().getMaxPoints(),
            (e, v) -> withSectorFit(e, s -> s.maxPoints(v))));
    parameters.add(
        new Parameter(
            "sectorFit.primaryFocus",
            e -> e.getSectorFit().getPrimaryFocus(),
            (e, v) -> withSectorFit(e, s -> s.primaryFocus(v))));
    parameters.add(
        new Parameter(
            "sectorFit.secondaryFocus",
            e -> e.getSectorFit().getSecondaryFocus(),
            (e, v) -> withSectorFit(e, s -> s.secondaryFocus(v))));
    parameters.add(
        new Parameter(
            "sectorFit.otherRegenerative",
            e -> e.getSectorFit().getOtherRegenerative(),
            (e, v) -> withSectorFit(e, s -> s.otherRegenerative(v))));
    parameters.add(
        new Parameter(
            "sectorFit.none",
            e -> e.getSectorFit().getNone(),
            (e, v) -> withSectorFit(e, s -> s.none(v))));
  }

  private static void addHorizon(List<Parameter> parameters, int bands) {
    parameters.add(
        new Parameter(
            "horizon.maxPoints",
            e -> e.getHorizon().getMaxPoints(),
            (e, v) -> withHorizon(e, h -> h.maxPoints(v))));
    for (int i = 0; i < bands; i++) {
      int band = i;
      parameters.add(
          new Parameter(
              "horizon.bands[" + band + "].upToYears",
              e -> e.getHorizon().getBands().get(band).getUpToYears(),
              (e, v) -> withBand(e, band, HorizonBand.of(v, e.getHorizon().getBands().get(band).getPoints()))));
      parameters.add(
          new Parameter(
              "horizon.bands[" + band + "].points",
              e -> e.getHorizon().getBands().get(band).getPoints(),
              (e, v) -> withBand(e, band, HorizonBand.of(e.getHorizon().getBands().get(band).getUpToYears(), v))));
    }
    parameters.add(
        new Parameter(
            "horizon.beyond",
            e -> e.getHorizon().getBeyond(),
            (e, v) -> withHorizon(e, h -> h.beyond(v))));
  }

  private static PolicyEdition.Builder copy(PolicyEdition edition) {
    PolicyEdition.Builder builder = new PolicyEdition.Builder();
    builder.from(edition);
    return builder;
  }

  private static PolicyEdition withSectorFit(
      PolicyEdition e, Consumer<SectorFitPoints.Builder> change) {
    SectorFitPoints.Builder builder = new SectorFitPoints.Builder();
    builder.from(e.getSectorFit());
    change.accept(builder);
    return copy(e).sectorFit(builder.build()).build();
  }

  private static PolicyEdition withMaturity(
      PolicyEdition e, Consumer<MaturityPoints.Builder> change) {
    MaturityPoints.Builder builder = new MaturityPoints.Builder();
    builder.from(e.getMaturity());
    change.accept(builder);
    return copy(e).maturity(builder.build()).build();
  }

  private static PolicyEdition withHorizon(
      PolicyEdition e, Consumer<HorizonPoints.Builder> change) {
    HorizonPoints.Builder builder = new HorizonPoints.Builder();
    builder.from(e.getHorizon());
    change.accept(builder);
    return copy(e).horizon(builder.build()).build();
  }

  private static PolicyEdition withBand(PolicyEdition e, int band, HorizonBand changed) {
    List<HorizonBand> bands = new ArrayList<>(e.getHorizon().getBands());
    bands.set(band, changed);
    return withHorizon(e, h -> h.bands(bands));
  }

  private static PolicyEdition withRole(
      PolicyEdition e, Consumer<RolePoints.Builder> change) {
    RolePoints.Builder builder = new RolePoints.Builder();
    builder.from(e.getRole());
    change.accept(builder);
    return copy(e).role(builder.build()).build();
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
