package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One parameter of a policy edition, declared once: its path in a policy file (e.g. {@code
 * maturity.stages}), its type, its bounds, how to read it from an edition and how to set it on a
 * {@link PolicyDraft}. The policy check, and the reader and writer of policy files, are driven by
 * {@link #all()}: a new parameter is one more declaration here, the rule that reads it, and its
 * value in the policy files.
 */
public final class PolicyParameter {

  /** The type of a parameter's value, which says how it is written in a policy file. */
  public enum Type {
    /** A name: 1 to {@link #maxLength()} characters of {@code A-Z a-z 0-9 . _ -}. */
    NAME,
    /** A date, {@code YYYY-MM-DD}. */
    DATE,
    /** A whole number within the bounds. */
    WHOLE_NUMBER,
    /** A set of sectors, as an array of constant names. */
    SECTORS,
    /** A stage, as its constant name. */
    STAGE,
    /** Points by stage: an object whose properties are the stages; every stage is required. */
    POINTS_BY_STAGE,
    /** Points by role: an object whose properties are the roles; every role is required. */
    POINTS_BY_ROLE,
    /** Horizon bands: an array of objects {@code {"upToYears": N, "points": N}}. */
    HORIZON_BANDS
  }

  /** The most years a policy parameter may name, the most an application may give. */
  static final int MAX_YEARS = Application.MAX_YEARS;

  public static final PolicyParameter ID =
      name("id", 64, PolicyEdition::getId, (draft, id) -> draft.edition.id(id));
  public static final PolicyParameter VERSION =
      name("version", 32, PolicyEdition::getVersion, (draft, v) -> draft.edition.version(v));
  public static final PolicyParameter EFFECTIVE_FROM =
      new PolicyParameter(
          "effectiveFrom",
          Type.DATE,
          0,
          e -> 0,
          PolicyEdition::getEffectiveFrom,
          (draft, date) -> draft.edition.effectiveFrom((LocalDate) date));
  public static final PolicyParameter FOCUS_SECTORS =
      new PolicyParameter(
          "focusSectors",
          Type.SECTORS,
          0,
          e -> 0,
          PolicyEdition::getFocusSectors,
          (draft, sectors) -> draft.edition.focusSectors(sectors((Set<?>) sectors)));
  public static final PolicyParameter HORIZON_LIMIT =
      number(
          "horizonLimit",
          e -> MAX_YEARS,
          PolicyEdition::getHorizonLimit,
          (draft, years) -> draft.edition.horizonLimit(years));
  public static final PolicyParameter SECTOR_FIT_MAX =
      maximum(
          "sectorFit",
          e -> e.getSectorFit().getMaxPoints(),
          (draft, points) -> draft.sectorFit.maxPoints(points));
  public static final PolicyParameter SECTOR_FIT_PRIMARY_FOCUS =
      number(
          "sectorFit.primaryFocus",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getPrimaryFocus(),
          (draft, points) -> draft.sectorFit.primaryFocus(points));
  public static final PolicyParameter SECTOR_FIT_SECONDARY_FOCUS =
      number(
          "sectorFit.secondaryFocus",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getSecondaryFocus(),
          (draft, points) -> draft.sectorFit.secondaryFocus(points));
  public static final PolicyParameter SECTOR_FIT_OTHER_REGENERATIVE =
      number(
          "sectorFit.otherRegenerative",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getOtherRegenerative(),
          (draft, points) -> draft.sectorFit.otherRegenerative(points));
  public static final PolicyParameter SECTOR_FIT_NONE =
      number(
          "sectorFit.none",
          e -> e.getSectorFit().getMaxPoints(),
          e -> e.getSectorFit().getNone(),
          (draft, points) -> draft.sectorFit.none(points));
  public static final PolicyParameter MATURITY_MAX =
      maximum(
          "maturity",
          e -> e.getMaturity().getMaxPoints(),
          (draft, points) -> draft.maturity.maxPoints(points));
  public static final PolicyParameter MATURITY_STAGES =
      new PolicyParameter(
          "maturity.stages",
          Type.POINTS_BY_STAGE,
          0,
          e -> e.getMaturity().getMaxPoints(),
          e -> e.getMaturity().getStages(),
          (draft, points) -> draft.maturity.stages(table((Map<?, ?>) points, Stage.class)));
  public static final PolicyParameter MATURITY_OPERATING_SERVICE =
      number(
          "maturity.operatingService",
          e -> e.getMaturity().getMaxPoints(),
          e -> e.getMaturity().getOperatingService(),
          (draft, points) -> draft.maturity.operatingService(points));
  public static final PolicyParameter HORIZON_MAX =
      maximum(
          "horizon",
          e -> e.getHorizon().getMaxPoints(),
          (draft, points) -> draft.horizon.maxPoints(points));
  public static final PolicyParameter HORIZON_BANDS =
      new PolicyParameter(
          "horizon.bands",
          Type.HORIZON_BANDS,
          0,
          e -> e.getHorizon().getMaxPoints(),
          e -> e.getHorizon().getBands(),
          (draft, bands) -> draft.horizon.bands(bands((List<?>) bands)));
  public static final PolicyParameter HORIZON_BEYOND =
      number(
          "horizon.beyond",
          e -> e.getHorizon().getMaxPoints(),
          e -> e.getHorizon().getBeyond(),
          (draft, points) -> draft.horizon.beyond(points));
  public static final PolicyParameter ROLE_MAX =
      maximum(
          "role", e -> e.getRole().getMaxPoints(), (draft, points) -> draft.role.maxPoints(points));
  public static final PolicyParameter ROLE_ROLES =
      new PolicyParameter(
          "role.roles",
          Type.POINTS_BY_ROLE,
          0,
          e -> e.getRole().getMaxPoints(),
          e -> e.getRole().getRoles(),
          (draft, points) -> draft.role.roles(table((Map<?, ?>) points, Role.class)));
  public static final PolicyParameter PRIORITY_MILESTONE =
      new PolicyParameter(
          "priorityMilestone",
          Type.STAGE,
          0,
          e -> 0,
          PolicyEdition::getPriorityMilestone,
          (draft, stage) -> draft.edition.priorityMilestone((Stage) stage));
  public static final PolicyParameter ELIGIBILITY_THRESHOLD =
      number(
          "eligibilityThreshold",
          e -> 100,
          PolicyEdition::getEligibilityThreshold,
          (draft, score) -> draft.edition.eligibilityThreshold(score));

  private static final ImmutableList<PolicyParameter> ALL =
      ImmutableList.of(
          ID,
          VERSION,
          EFFECTIVE_FROM,
          FOCUS_SECTORS,
          HORIZON_LIMIT,
          SECTOR_FIT_MAX,
          SECTOR_FIT_PRIMARY_FOCUS,
          SECTOR_FIT_SECONDARY_FOCUS,
          SECTOR_FIT_OTHER_REGENERATIVE,
          SECTOR_FIT_NONE,
          MATURITY_MAX,
          MATURITY_STAGES,
          MATURITY_OPERATING_SERVICE,
          HORIZON_MAX,
          HORIZON_BANDS,
          HORIZON_BEYOND,
          ROLE_MAX,
          ROLE_ROLES,
          PRIORITY_MILESTONE,
          ELIGIBILITY_THRESHOLD);

  private final String path;
  private final Type type;
  private final int maxLength;
  private final ToIntFunction<PolicyEdition> max;
  private final Function<PolicyEdition, Object> value;
  private final BiConsumer<PolicyDraft, Object> setter;

  private PolicyParameter(
      String path,
      Type type,
      int maxLength,
      ToIntFunction<PolicyEdition> max,
      Function<PolicyEdition, Object> value,
      BiConsumer<PolicyDraft, Object> setter) {
    this.path = path;
    this.type = type;
    this.maxLength = maxLength;
    this.max = max;
    this.value = value;
    this.setter = setter;
  }

  private static PolicyParameter name(
      String path,
      int maxLength,
      Function<PolicyEdition, String> value,
      BiConsumer<PolicyDraft, String> setter) {
    return new PolicyParameter(
        path,
        Type.NAME,
        maxLength,
        e -> 0,
        value::apply,
        (draft, name) -> setter.accept(draft, (String) name));
  }

  private static PolicyParameter number(
      String path,
      ToIntFunction<PolicyEdition> max,
      ToIntFunction<PolicyEdition> value,
      BiConsumer<PolicyDraft, Integer> setter) {
    return new PolicyParameter(
        path,
        Type.WHOLE_NUMBER,
        0,
        max,
        value::applyAsInt,
        (draft, number) -> setter.accept(draft, (Integer) number));
  }

  /** A criterion's maximum: 0 to 100 points. */
  private static PolicyParameter maximum(
      String criterion,
      ToIntFunction<PolicyEdition> value,
      BiConsumer<PolicyDraft, Integer> setter) {
    return number(criterion + ".maxPoints", e -> 100, value, setter);
  }

  /** Returns every parameter, in the order of a policy file. */
  public static ImmutableList<PolicyParameter> all() {
    return ALL;
  }

  /** Returns the parameter at {@code path}, if there is one. */
  public static Optional<PolicyParameter> at(String path) {
    return ALL.stream().filter(parameter -> parameter.path.equals(path)).findFirst();
  }

  /** Returns the path of the parameter in a policy file, properties separated by dots. */
  public String path() {
    return path;
  }

  /** Returns the type of the parameter's value. */
  public Type type() {
    return type;
  }

  /** Returns the longest value of a {@link Type#NAME}; 0 for other types. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Returns the greatest value (the least is 0) of a number, or of the points of a table or band,
   * in {@code edition}: a constant, or the maximum of the parameter's criterion.
   */
  public int max(PolicyEdition edition) {
    return max.applyAsInt(edition);
  }

  /**
   * Returns the parameter's value in {@code edition}: a {@link String}, {@link LocalDate}, {@link
   * Integer}, {@link Stage}, a set of {@link Sector}s, a map from {@link Stage} or {@link Role} to
   * {@link Integer}, or a list of {@link HorizonBand}s, as {@link #type()} says.
   */
  public Object valueIn(PolicyEdition edition) {
    return value.apply(edition);
  }

  /**
   * Sets the parameter on {@code draft} to {@code value}, of the Java type {@link #valueIn} gives.
   *
   * @throws ClassCastException if the value is not of the parameter's type
   */
  public void setOn(PolicyDraft draft, Object value) {
    setter.accept(draft, value);
  }

  @Override
  public String toString() {
    return path;
  }

  private static ImmutableSet<Sector> sectors(Set<?> values) {
    return values.stream().map(Sector.class::cast).collect(ImmutableSet.toImmutableSet());
  }

  private static <K extends Enum<K>> ImmutableMap<K, Integer> table(
      Map<?, ?> values, Class<K> keys) {
    ImmutableMap.Builder<K, Integer> table = ImmutableMap.builder();
    values.forEach((key, points) -> table.put(keys.cast(key), (Integer) points));
    return table.buildOrThrow();
  }

  private static ImmutableList<HorizonBand> bands(List<?> values) {
    return values.stream().map(HorizonBand.class::cast).collect(ImmutableList.toImmutableList());
  }
}
