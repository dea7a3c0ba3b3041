package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The counters of one impact analysis: every application is added by its shape's dimensions, and
 * only array cells are incremented; {@link #result} turns the counters into a {@link PolicyImpact}.
 * Transitions are numbered {@code from × 4 + to} by tier ordinals.
 */
final class ImpactTally {
  private static final Tier[] TIERS = Tier.values();
  private static final Role[] ROLES = Role.values();
  private static final Sector[] SECTORS = Sector.values();
  private static final Stage[] STAGES = Stage.values();
  private static final int T = TIERS.length;
  private static final int PAIRS = T * T;
  private static final int STAGE_KEYS = STAGES.length + 1;

  private final DomainTables from;
  private final DomainTables to;
  private final int[] profileRole = new int[DomainTables.PROFILES];
  private final int[] profileStage = new int[DomainTables.PROFILES];
  private final int[] choicePrimary = new int[DomainTables.CHOICES];
  private final int[] yearsBand = new int[DomainTables.YEARS];
  private final List<String> bandLabels = new ArrayList<>();

  private final int[] counts = new int[PAIRS];
  private final int[] bestRank = new int[PAIRS];
  private final int[] bestIndex = new int[PAIRS];
  private final int[] bestFromScore = new int[PAIRS];
  private final int[] bestToScore = new int[PAIRS];
  private final int[] byRole = new int[PAIRS * ROLES.length];
  private final int[] byPrimary = new int[PAIRS * SECTORS.length];
  private final int[] byStage = new int[PAIRS * STAGE_KEYS];
  private final int[] byBand;
  private final int[] scoreChanges = new int[201];
  private final boolean[] fromReached = new boolean[ROLES.length * T];
  private final boolean[] toReached = new boolean[ROLES.length * T];
  private final int[] fromGatePassersByScore = new int[101];
  private final int[] toGatePassersByScore = new int[101];
  private int fromPriority;
  private int toPriority;

  ImpactTally(DomainTables from, DomainTables to) {
    this.from = from;
    this.to = to;
    Arrays.fill(bestRank, Integer.MAX_VALUE);
    for (int p = 0; p < DomainTables.PROFILES; p++) {
      ApplicationDomain.Profile profile = ApplicationDomain.profiles().get(p);
      profileRole[p] = profile.role().ordinal();
      profileStage[p] = profile.stage().map(Stage::ordinal).orElse(STAGES.length);
    }
    for (int c = 0; c < DomainTables.CHOICES; c++) {
      choicePrimary[c] = ApplicationDomain.sectorChoices().get(c).primary().ordinal();
    }
    int band = 0;
    int start = 0;
    for (HorizonBand horizonBand : from.edition().getHorizon().getBands()) {
      bandLabels.add(label(start, horizonBand.getUpToYears()));
      for (int y = start; y <= horizonBand.getUpToYears(); y++) {
        yearsBand[y] = band;
      }
      start = horizonBand.getUpToYears() + 1;
      band++;
    }
    if (start < DomainTables.YEARS) {
      bandLabels.add(label(start, DomainTables.YEARS - 1));
      for (int y = start; y < DomainTables.YEARS; y++) {
        yearsBand[y] = band;
      }
    }
    byBand = new int[PAIRS * bandLabels.size()];
  }

  private static String label(int start, int end) {
    return String.format(Locale.ROOT, "%d-%d", start, end);
  }

  /**
   * Adds the application of sector choice {@code c}, profile {@code p} and {@code years}; {@code
   * rank} orders candidate examples (smallest wins) and {@code index} names the application.
   */
  void add(int c, int p, int years, int rank, int index) {
    int fromScore = from.score(c, p, years);
    int toScore = to.score(c, p, years);
    int fromTier = from.tier(c, p, years, fromScore);
    int toTier = to.tier(c, p, years, toScore);
    int pair = fromTier * T + toTier;
    counts[pair]++;
    if (rank < bestRank[pair]) {
      bestRank[pair] = rank;
      bestIndex[pair] = index;
      bestFromScore[pair] = fromScore;
      bestToScore[pair] = toScore;
    }
    int role = profileRole[p];
    byRole[pair * ROLES.length + role]++;
    byPrimary[pair * SECTORS.length + choicePrimary[c]]++;
    byStage[pair * STAGE_KEYS + profileStage[p]]++;
    byBand[pair * bandLabels.size() + yearsBand[years]]++;
    scoreChanges[toScore - fromScore + 100]++;
    fromReached[role * T + fromTier] = true;
    toReached[role * T + toTier] = true;
    if (from.gatesPass(c, years)) {
      if (from.priority(p)) {
        fromPriority++;
      } else {
        fromGatePassersByScore[fromScore]++;
      }
    }
    if (to.gatesPass(c, years)) {
      if (to.priority(p)) {
        toPriority++;
      } else {
        toGatePassersByScore[toScore]++;
      }
    }
  }

  /** Returns the impact over {@code applications} applications; {@code example} names each. */
  PolicyImpact result(int applications, IntFunction<Application> example) {
    List<String> stageKeys = new ArrayList<>();
    for (Stage stage : STAGES) {
      stageKeys.add(stage.name());
    }
    stageKeys.add(TierTransition.NO_STAGE);
    ImmutableList.Builder<TierTransition> transitions = ImmutableList.builder();
    int[] fromCounts = new int[T];
    int[] toCounts = new int[T];
    for (int pair = 0; pair < PAIRS; pair++) {
      fromCounts[pair / T] += counts[pair];
      toCounts[pair % T] += counts[pair];
      if (counts[pair] == 0) {
        continue;
      }
      transitions.add(
          new TierTransition.Builder()
              .fromTier(TIERS[pair / T])
              .toTier(TIERS[pair % T])
              .count(counts[pair])
              .example(example.apply(bestIndex[pair]))
              .exampleIndex(bestIndex[pair])
              .exampleFromScore(bestFromScore[pair])
              .exampleToScore(bestToScore[pair])
              .byRole(ImpactAnalysis.nonZero(List.of(ROLES), byRole, pair * ROLES.length))
              .byPrimarySector(
                  ImpactAnalysis.nonZero(List.of(SECTORS), byPrimary, pair * SECTORS.length))
              .byStage(ImpactAnalysis.nonZero(stageKeys, byStage, pair * STAGE_KEYS))
              .byYears(ImpactAnalysis.nonZero(bandLabels, byBand, pair * bandLabels.size()))
              .build());
    }
    return new PolicyImpact.Builder()
        .fromEdition(from.edition().getReference())
        .toEdition(to.edition().getReference())
        .applications(applications)
        .transitions(transitions.build())
        .scoreChanges(scoreChanges(applications))
        .fromTiers(tiers(from, fromCounts, fromReached, fromPriority, fromGatePassersByScore))
        .toTiers(tiers(to, toCounts, toReached, toPriority, toGatePassersByScore))
        .build();
  }

  private ScoreChanges scoreChanges(int applications) {
    ImmutableSortedMap.Builder<Integer, Integer> histogram = ImmutableSortedMap.naturalOrder();
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    long sum = 0;
    for (int i = 0; i < scoreChanges.length; i++) {
      if (scoreChanges[i] != 0) {
        int change = i - 100;
        histogram.put(change, scoreChanges[i]);
        min = Math.min(min, change);
        max = Math.max(max, change);
        sum += (long) change * scoreChanges[i];
      }
    }
    return new ScoreChanges.Builder()
        .min(applications == 0 ? 0 : min)
        .max(applications == 0 ? 0 : max)
        .mean(applications == 0 ? 0 : (double) sum / applications)
        .histogram(histogram.build())
        .build();
  }

  private static EditionTiers tiers(
      DomainTables tables, int[] counts, boolean[] reached, int priority, int[] byScore) {
    ImmutableMap.Builder<Tier, Integer> tierCounts = ImmutableMap.builder();
    for (Tier tier : TIERS) {
      tierCounts.put(tier, counts[tier.ordinal()]);
    }
    ImmutableMap.Builder<Role, ImmutableSet<Tier>> reachable = ImmutableMap.builder();
    for (Role role : ROLES) {
      Set<Tier> tiers = EnumSet.noneOf(Tier.class);
      for (Tier tier : TIERS) {
        if (reached[role.ordinal() * T + tier.ordinal()]) {
          tiers.add(tier);
        }
      }
      reachable.put(role, Sets.immutableEnumSet(tiers));
    }
    Integer[] sweep = new Integer[byScore.length];
    int atOrAbove = priority;
    for (int threshold = byScore.length - 1; threshold >= 0; threshold--) {
      atOrAbove += byScore[threshold];
      sweep[threshold] = atOrAbove;
    }
    return new EditionTiers.Builder()
        .edition(tables.edition().getReference())
        .tierCounts(tierCounts.buildOrThrow())
        .reachableTiers(reachable.buildOrThrow())
        .thresholdSweep(ImmutableList.copyOf(sweep))
        .build();
  }
}
