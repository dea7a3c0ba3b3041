package io.github.regeneligibility.rules;

import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.model.ReasonCode;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import org.jspecify.annotations.Nullable;

/**
 * The rule engine for one policy edition.
 *
 * <p>How it works: each gate, criterion and tier rule is one function below, from the facts it
 * reads to its result (passed or points, together with the reason that names those facts). Every
 * such function reads a finite domain of facts (a set of sectors, a stage, a role, whole years
 * 0–50, a score 0–100), so when the assessor is built each function is evaluated once for every
 * value of its domain and the results are kept in arrays. {@link #assess} then only indexes those
 * arrays and adds four numbers: no formatting, no reflection, no validation, and one allocation,
 * the {@link Assessment}. The reasons an assessment carries are the very results that gave its
 * points: there is no second set of rules to explain them.
 *
 * <p>{@link #assess} asks the sector set about each of the seven sectors instead of iterating it. A
 * one-sector set (Guava's singleton set) and a larger one (an enum set) hand out iterators of
 * different classes from different allocation sites, and the JIT's escape analysis keeps any
 * allocation that meets another in one variable: iterating cost one or two iterators, 48 bytes, per
 * assessment. ({@link Application} keeps its stage as an {@code Optional} built once, for the same
 * reason: an {@code Optional} made on each read would be allocated on every assessment.)
 */
final class CompiledAssessor implements Assessor {
  private static final Sector[] SECTORS = Sector.values();
  private static final Stage[] STAGES = Stage.values();
  private static final Role[] ROLES = Role.values();
  private static final int SECTOR_SETS = 1 << SECTORS.length;
  private static final int YEARS = Application.MAX_YEARS + 1;
  private static final int SCORES = 101;

  private final PolicyEdition edition;
  private final PolicyReference reference;
  private final int focusMask;
  private final Stage milestone;
  private final int threshold;

  private final GateResult[] scopeBySectors = new GateResult[SECTOR_SETS];
  private final GateResult[] horizonGateByYears = new GateResult[YEARS];
  private final CriterionResult[] sectorFitBySectorsAndPrimary =
      new CriterionResult[SECTOR_SETS * SECTORS.length];
  private final CriterionResult[] maturityByStage = new CriterionResult[STAGES.length];
  private final CriterionResult[] maturityByServiceRole = new CriterionResult[ROLES.length];
  private final CriterionResult[] horizonByYears = new CriterionResult[YEARS];
  private final CriterionResult[] roleByRole = new CriterionResult[ROLES.length];
  private final Reason[] gateFailedByGates = new Reason[4];
  private final Reason[] priorityByStage = new Reason[STAGES.length];
  private final Reason[] eligibleByScore = new Reason[SCORES];
  private final Reason[] reserveByScore = new Reason[SCORES];

  CompiledAssessor(PolicyEdition edition) {
    this.edition = edition;
    this.reference = edition.getReference();
    this.focusMask = mask(edition.getFocusSectors());
    this.milestone = edition.getPriorityMilestone();
    this.threshold = edition.getEligibilityThreshold();
    for (int sectors = 0; sectors < SECTOR_SETS; sectors++) {
      scopeBySectors[sectors] = scope(sectors);
      for (Sector primary : SECTORS) {
        sectorFitBySectorsAndPrimary[sectors * SECTORS.length + primary.ordinal()] =
            sectorFit(sectors, primary);
      }
    }
    for (int years = 0; years < YEARS; years++) {
      horizonGateByYears[years] = horizonGate(years);
      horizonByYears[years] = horizon(years);
    }
    for (Stage stage : STAGES) {
      maturityByStage[stage.ordinal()] = maturity(stage);
      priorityByStage[stage.ordinal()] = priority(stage);
    }
    for (Role role : ROLES) {
      if (!role.isProductRole()) {
        maturityByServiceRole[role.ordinal()] = operatingService(role);
      }
      roleByRole[role.ordinal()] = role(role);
    }
    gateFailedByGates[1] = gateFailed(ImmutableList.of(Gate.SCOPE));
    gateFailedByGates[2] = gateFailed(ImmutableList.of(Gate.HORIZON));
    gateFailedByGates[3] = gateFailed(ImmutableList.of(Gate.SCOPE, Gate.HORIZON));
    for (int score = 0; score < SCORES; score++) {
      eligibleByScore[score] = scoreReason(ReasonCode.TIER_SCORE_AT_THRESHOLD, score);
      reserveByScore[score] = scoreReason(ReasonCode.TIER_SCORE_BELOW_THRESHOLD, score);
    }
  }

  @Override
  public PolicyEdition getEdition() {
    return edition;
  }

  @Override
  public Assessment assess(Application application) {
    ImmutableSet<Sector> declared = application.getSectors();
    int sectors = 0;
    for (Sector sector : SECTORS) {
      if (declared.contains(sector)) {
        sectors |= 1 << sector.ordinal();
      }
    }
    int years = application.getYearsToIndustrialization();
    Role role = application.getRole();
    Stage stage = application.getStage().orElse(null);

    GateResult scope = scopeBySectors[sectors];
    GateResult horizonGate = horizonGateByYears[years];
    CriterionResult sectorFit =
        sectorFitBySectorsAndPrimary[
            sectors * SECTORS.length + application.getPrimarySector().ordinal()];
    CriterionResult maturity =
        stage == null ? maturityByServiceRole[role.ordinal()] : maturityByStage[stage.ordinal()];
    CriterionResult horizon = horizonByYears[years];
    CriterionResult rolePoints = roleByRole[role.ordinal()];
    int score =
        sectorFit.getPoints() + maturity.getPoints() + horizon.getPoints() + rolePoints.getPoints();

    int failed = (scope.isPassed() ? 0 : 1) | (horizonGate.isPassed() ? 0 : 2);
    Tier tier = tier(failed == 0, stage, score);
    Reason tierReason =
        switch (tier) {
          case INELIGIBLE -> gateFailedByGates[failed];
          case PRIORITY -> priorityByStage[verifyNotNull(stage).ordinal()];
          case ELIGIBLE -> eligibleByScore[score];
          case RESERVE -> reserveByScore[score];
        };
    return Assessment.of(
        application,
        reference,
        tier,
        tierReason,
        scope,
        horizonGate,
        sectorFit,
        maturity,
        horizon,
        rolePoints);
  }

  @Override
  public ImmutableList<Improvement> improvements(Assessment assessment) {
    return ImprovementFinder.find(this, assessment);
  }

  // ---- The tables, as numbers, for analyses of the whole domain (ImpactAnalysis). ----

  /** Returns whether the {@code SCOPE} gate passes for the sector set {@code sectors} (a mask). */
  boolean scopePasses(int sectors) {
    return scopeBySectors[sectors].isPassed();
  }

  /** Returns whether the {@code HORIZON} gate passes for {@code years}. */
  boolean horizonPasses(int years) {
    return horizonGateByYears[years].isPassed();
  }

  /** Returns the {@code SECTOR_FIT} points of the sector set {@code sectors} (a mask). */
  int sectorFitPoints(int sectors, Sector primary) {
    return sectorFitBySectorsAndPrimary[sectors * SECTORS.length + primary.ordinal()].getPoints();
  }

  /** Returns the {@code MATURITY} points of {@code role} at {@code stage} (none: a service). */
  int maturityPoints(Role role, @Nullable Stage stage) {
    return stage == null
        ? maturityByServiceRole[role.ordinal()].getPoints()
        : maturityByStage[stage.ordinal()].getPoints();
  }

  /** Returns the {@code HORIZON} points of {@code years}. */
  int horizonPoints(int years) {
    return horizonByYears[years].getPoints();
  }

  /** Returns the {@code ROLE} points of {@code role}. */
  int rolePoints(Role role) {
    return roleByRole[role.ordinal()].getPoints();
  }

  // ---- The rules: one function per gate, criterion and tier rule. ----

  /** The tier rule: the first of gates, milestone and threshold that applies. */
  Tier tier(boolean gatesPass, @Nullable Stage stage, int score) {
    if (!gatesPass) {
      return Tier.INELIGIBLE;
    }
    if (stage != null && stage.isAtLeast(milestone)) {
      return Tier.PRIORITY;
    }
    return score >= threshold ? Tier.ELIGIBLE : Tier.RESERVE;
  }

  private GateResult scope(int sectors) {
    if ((sectors & focusMask) != 0) {
      return GateResult.of(
          Gate.SCOPE,
          true,
          Reason.of(
              ReasonCode.SCOPE_FOCUS_SECTOR,
              ImmutableMap.of("sector", first(sectors & focusMask))));
    }
    if (has(sectors, Sector.OTHER_REGENERATIVE)) {
      return GateResult.of(
          Gate.SCOPE,
          true,
          Reason.of(
              ReasonCode.SCOPE_OTHER_REGENERATIVE,
              ImmutableMap.of("sector", Sector.OTHER_REGENERATIVE)));
    }
    return GateResult.of(
        Gate.SCOPE,
        false,
        Reason.of(ReasonCode.SCOPE_OUT_OF_FIELD, ImmutableMap.of("sectors", list(sectors))));
  }

  private GateResult horizonGate(int years) {
    int limit = edition.getHorizonLimit();
    boolean passed = years <= limit;
    return GateResult.of(
        Gate.HORIZON,
        passed,
        Reason.of(
            passed ? ReasonCode.HORIZON_WITHIN_LIMIT : ReasonCode.HORIZON_BEYOND_LIMIT,
            ImmutableMap.of("years", years, "limit", limit)));
  }

  private CriterionResult sectorFit(int sectors, Sector primary) {
    SectorFitPoints points = edition.getSectorFit();
    if (has(focusMask, primary)) {
      return CriterionResult.scored(
          Criterion.SECTOR_FIT,
          points.getPrimaryFocus(),
          points.getMaxPoints(),
          ReasonCode.SECTOR_FIT_PRIMARY_FOCUS,
          ImmutableMap.of("sector", primary));
    }
    if ((sectors & focusMask) != 0) {
      return CriterionResult.scored(
          Criterion.SECTOR_FIT,
          points.getSecondaryFocus(),
          points.getMaxPoints(),
          ReasonCode.SECTOR_FIT_SECONDARY_FOCUS,
          ImmutableMap.of("primary", primary, "sector", first(sectors & focusMask)));
    }
    if (has(sectors, Sector.OTHER_REGENERATIVE)) {
      return CriterionResult.scored(
          Criterion.SECTOR_FIT,
          points.getOtherRegenerative(),
          points.getMaxPoints(),
          ReasonCode.SECTOR_FIT_OTHER_REGENERATIVE,
          ImmutableMap.of("sector", Sector.OTHER_REGENERATIVE));
    }
    return CriterionResult.scored(
        Criterion.SECTOR_FIT,
        points.getNone(),
        points.getMaxPoints(),
        ReasonCode.SECTOR_FIT_NONE,
        ImmutableMap.of());
  }

  private CriterionResult maturity(Stage stage) {
    MaturityPoints points = edition.getMaturity();
    return fromTable(
        Criterion.MATURITY,
        points.getStages(),
        stage,
        points.getMaxPoints(),
        ReasonCode.MATURITY_STAGE);
  }

  private CriterionResult operatingService(Role role) {
    MaturityPoints points = edition.getMaturity();
    return CriterionResult.scored(
        Criterion.MATURITY,
        points.getOperatingService(),
        points.getMaxPoints(),
        ReasonCode.MATURITY_OPERATING_SERVICE,
        ImmutableMap.of("role", role));
  }

  private CriterionResult horizon(int years) {
    HorizonPoints points = edition.getHorizon();
    int from = 0;
    for (HorizonBand band : points.getBands()) {
      if (years <= band.getUpToYears()) {
        return CriterionResult.scored(
            Criterion.HORIZON,
            band.getPoints(),
            points.getMaxPoints(),
            ReasonCode.HORIZON_BAND,
            ImmutableMap.of("years", years, "from", from, "to", band.getUpToYears()));
      }
      from = band.getUpToYears() + 1;
    }
    return CriterionResult.scored(
        Criterion.HORIZON,
        points.getBeyond(),
        points.getMaxPoints(),
        ReasonCode.HORIZON_BEYOND_BANDS,
        ImmutableMap.of("years", years, "to", from - 1));
  }

  private CriterionResult role(Role role) {
    RolePoints points = edition.getRole();
    return fromTable(
        Criterion.ROLE, points.getRoles(), role, points.getMaxPoints(), ReasonCode.ROLE_POINTS);
  }

  /**
   * Scores the points that {@code table} gives {@code key}, naming the key as the reasons'
   * templates do, after its enum: {@code stage} for a {@link Stage}, {@code role} for a {@link
   * Role}.
   */
  private static <K extends Enum<K>> CriterionResult fromTable(
      Criterion criterion, ImmutableMap<K, Integer> table, K key, int maxPoints, ReasonCode code) {
    String fact =
        CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_CAMEL, key.getDeclaringClass().getSimpleName());
    return CriterionResult.scored(
        criterion,
        // The edition's check refused any edition whose table leaves a key without points.
        verifyNotNull(table.get(key), "no %s points for %s", criterion, key),
        maxPoints,
        code,
        ImmutableMap.of(fact, key));
  }

  private static Reason gateFailed(ImmutableList<Gate> gates) {
    return Reason.of(ReasonCode.TIER_GATE_FAILED, ImmutableMap.of("gates", gates));
  }

  private Reason priority(Stage stage) {
    return Reason.of(
        ReasonCode.TIER_PRIORITY_MILESTONE,
        ImmutableMap.of("stage", stage, "milestone", milestone));
  }

  private Reason scoreReason(ReasonCode code, int score) {
    return Reason.of(code, ImmutableMap.of("score", score, "threshold", threshold));
  }

  // ---- Sector sets as bit masks over Sector ordinals. ----

  static int mask(Iterable<Sector> sectors) {
    int mask = 0;
    for (Sector sector : sectors) {
      mask |= 1 << sector.ordinal();
    }
    return mask;
  }

  private static boolean has(int mask, Sector sector) {
    return (mask & (1 << sector.ordinal())) != 0;
  }

  private static Sector first(int mask) {
    return SECTORS[Integer.numberOfTrailingZeros(mask)];
  }

  private static ImmutableList<Sector> list(int mask) {
    ImmutableList.Builder<Sector> sectors = ImmutableList.builder();
    for (Sector sector : SECTORS) {
      if (has(mask, sector)) {
        sectors.add(sector);
      }
    }
    return sectors.build();
  }
}
