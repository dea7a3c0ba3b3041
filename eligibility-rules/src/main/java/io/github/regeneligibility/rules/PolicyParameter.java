package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One parameter of a policy edition, declared once: its path in a policy file (e.g. {@code
 * maturity.stages}), the kind of its value, its bounds, how to read it from an edition and how to
 * set it on a {@link PolicyDraft}.
 *
 * <p>Each declaration is a constant of the type that holds the parameter, beside its accessor:
 * {@link PolicyEdition} for the edition's own parameters, {@link SectorFitPoints}, {@link
 * MaturityPoints}, {@link HorizonPoints} and {@link RolePoints} for the points of each criterion.
 * Each of those types lists its declarations in its {@code PARAMETERS}, and {@link #all()} joins
 * the lists in the order of a policy file. The policy check, the reader and writer of policy files
 * and the sensitivity analysis are driven by {@link #all()} through a {@link Visitor}, which hands
 * each declaration over with the Java type of its value. A new parameter is therefore its accessor
 * and its declaration in the type that holds it, the rule that reads it, and its value in the
 * default edition and in the policy files.
 *
 * @param <T> the Java type of the parameter's value
 */
public abstract class PolicyParameter<T> {

  /**
   * What is done with a parameter, one method per kind of value. Each method receives the
   * declaration typed by its value, so that its value is read and set without a cast.
   *
   * @param <R> the result of the visit
   */
  public interface Visitor<R> {
    /**
     * Visits a name: 1 to {@code maxLength} characters of {@code A-Z a-z 0-9 . _ -}, written as a
     * string.
     */
    R name(PolicyParameter<String> parameter, int maxLength);

    /** Visits a date, written {@code YYYY-MM-DD}. */
    R date(PolicyParameter<LocalDate> parameter);

    /** Visits a whole number from 0 to the parameter's {@link #max}. */
    R wholeNumber(PolicyParameter<Integer> parameter);

    /** Visits a set of sectors, written as an array of constant names. */
    R sectors(PolicyParameter<ImmutableSet<Sector>> parameter);

    /** Visits a stage, written as its constant name. */
    R stage(PolicyParameter<Stage> parameter);

    /**
     * Visits points by key: an object whose properties are the constants of {@code keys}, every
     * constant required, each with points from 0 to the parameter's {@link #max}.
     */
    <K extends Enum<K>> R pointsTable(
        PolicyParameter<ImmutableMap<K, Integer>> parameter, Class<K> keys);

    /**
     * Visits horizon bands: an array of objects {@code {"upToYears": N, "points": N}}, points from
     * 0 to the parameter's {@link #max}.
     */
    R horizonBands(PolicyParameter<ImmutableList<HorizonBand>> parameter);
  }

  /** The most years a policy parameter may name, the most an application may give. */
  static final int MAX_YEARS = Application.MAX_YEARS;

  /** The most points of a criterion and the highest threshold: the score's maximum. */
  static final int MAX_SCORE = 100;

  private final String path;
  private final OptionalInt fixedMax;
  private final ToIntFunction<PolicyEdition> max;
  private final Function<PolicyEdition, T> value;
  private final BiConsumer<PolicyDraft, T> setter;

  private PolicyParameter(
      String path,
      OptionalInt fixedMax,
      ToIntFunction<PolicyEdition> max,
      Function<PolicyEdition, T> value,
      BiConsumer<PolicyDraft, T> setter) {
    this.path = path;
    this.fixedMax = fixedMax;
    this.max = max;
    this.value = value;
    this.setter = setter;
  }

  /** A parameter without bounds of its own, or bounded by the maximum of its criterion. */
  private PolicyParameter(
      String path,
      ToIntFunction<PolicyEdition> max,
      Function<PolicyEdition, T> value,
      BiConsumer<PolicyDraft, T> setter) {
    this(path, OptionalInt.empty(), max, value, setter);
  }

  /** Returns every parameter, in the order of a policy file. */
  public static ImmutableList<PolicyParameter<?>> all() {
    return PolicyEdition.PARAMETERS;
  }

  /** Returns the parameter at {@code path}, if there is one. */
  public static Optional<PolicyParameter<?>> at(String path) {
    return all().stream().filter(parameter -> parameter.path.equals(path)).findFirst();
  }

  /** Returns the path of the parameter in a policy file, properties separated by dots. */
  public String path() {
    return path;
  }

  /**
   * Returns the greatest value (the least is 0) of a number, or of the points of a table or band,
   * in {@code edition}: a constant, or the maximum of the parameter's criterion; 0 for a parameter
   * that is not a number.
   */
  public int max(PolicyEdition edition) {
    return max.applyAsInt(edition);
  }

  /**
   * Returns the greatest value of a number that the declaration fixes whatever the edition (the
   * horizon limit's 50 years, 100 for a threshold or a criterion's maximum); empty for points
   * bounded by the maximum of their criterion, and for a parameter that is not a number.
   */
  public OptionalInt fixedMax() {
    return fixedMax;
  }

  /** Returns the parameter's value in {@code edition}. */
  public T valueIn(PolicyEdition edition) {
    return value.apply(edition);
  }

  /** Sets the parameter on {@code draft} to {@code value}, replacing any value set before. */
  public void setOn(PolicyDraft draft, T value) {
    setter.accept(draft, value);
  }

  /** Calls the method of {@code visitor} for the kind of this parameter's value. */
  public abstract <R> R accept(Visitor<R> visitor);

  @Override
  public String toString() {
    return path;
  }

  // ---- The kinds of parameter, each created by the factory below it. ----

  private static final class Name extends PolicyParameter<String> {
    private final int maxLength;

    Name(
        String path,
        int maxLength,
        Function<PolicyEdition, String> value,
        BiConsumer<PolicyDraft, String> setter) {
      super(path, e -> 0, value, setter);
      this.maxLength = maxLength;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.name(this, maxLength);
    }
  }

  /** Declares a name of at most {@code maxLength} characters. */
  static PolicyParameter<String> name(
      String path,
      int maxLength,
      Function<PolicyEdition, String> value,
      BiConsumer<PolicyDraft, String> setter) {
    return new Name(path, maxLength, value, setter);
  }

  private static final class Date extends PolicyParameter<LocalDate> {
    Date(
        String path,
        Function<PolicyEdition, LocalDate> value,
        BiConsumer<PolicyDraft, LocalDate> setter) {
      super(path, e -> 0, value, setter);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.date(this);
    }
  }

  /** Declares a date. */
  static PolicyParameter<LocalDate> date(
      String path,
      Function<PolicyEdition, LocalDate> value,
      BiConsumer<PolicyDraft, LocalDate> setter) {
    return new Date(path, value, setter);
  }

  private static final class WholeNumber extends PolicyParameter<Integer> {
    WholeNumber(
        String path,
        OptionalInt fixedMax,
        ToIntFunction<PolicyEdition> max,
        Function<PolicyEdition, Integer> value,
        BiConsumer<PolicyDraft, Integer> setter) {
      super(path, fixedMax, max, value, setter);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.wholeNumber(this);
    }
  }

  /** Declares a whole number from 0 to {@code max} in every edition. */
  static PolicyParameter<Integer> number(
      String path,
      int max,
      Function<PolicyEdition, Integer> value,
      BiConsumer<PolicyDraft, Integer> setter) {
    return new WholeNumber(path, OptionalInt.of(max), e -> max, value, setter);
  }

  /**
   * Declares points from 0 to {@code criterionMax}, the maximum of their criterion in the edition
   * they are in.
   */
  static PolicyParameter<Integer> points(
      String path,
      ToIntFunction<PolicyEdition> criterionMax,
      Function<PolicyEdition, Integer> value,
      BiConsumer<PolicyDraft, Integer> setter) {
    return new WholeNumber(path, OptionalInt.empty(), criterionMax, value, setter);
  }

  /** Declares a score or points from 0 to 100, the score's maximum, in every edition. */
  static PolicyParameter<Integer> score(
      String path,
      Function<PolicyEdition, Integer> value,
      BiConsumer<PolicyDraft, Integer> setter) {
    return number(path, MAX_SCORE, value, setter);
  }

  /** Declares the maximum of {@code criterion}, {@code criterion.maxPoints}: 0 to 100 points. */
  static PolicyParameter<Integer> maximum(
      String criterion,
      Function<PolicyEdition, Integer> value,
      BiConsumer<PolicyDraft, Integer> setter) {
    return score(criterion + ".maxPoints", value, setter);
  }

  private static final class Sectors extends PolicyParameter<ImmutableSet<Sector>> {
    Sectors(
        String path,
        Function<PolicyEdition, ImmutableSet<Sector>> value,
        BiConsumer<PolicyDraft, ImmutableSet<Sector>> setter) {
      super(path, e -> 0, value, setter);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sectors(this);
    }
  }

  /** Declares a set of sectors. */
  static PolicyParameter<ImmutableSet<Sector>> sectors(
      String path,
      Function<PolicyEdition, ImmutableSet<Sector>> value,
      BiConsumer<PolicyDraft, ImmutableSet<Sector>> setter) {
    return new Sectors(path, value, setter);
  }

  private static final class StageParameter extends PolicyParameter<Stage> {
    StageParameter(
        String path, Function<PolicyEdition, Stage> value, BiConsumer<PolicyDraft, Stage> setter) {
      super(path, e -> 0, value, setter);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.stage(this);
    }
  }

  /** Declares a stage. */
  static PolicyParameter<Stage> stage(
      String path, Function<PolicyEdition, Stage> value, BiConsumer<PolicyDraft, Stage> setter) {
    return new StageParameter(path, value, setter);
  }

  private static final class PointsTable<K extends Enum<K>>
      extends PolicyParameter<ImmutableMap<K, Integer>> {
    private final Class<K> keys;

    PointsTable(
        String path,
        Class<K> keys,
        ToIntFunction<PolicyEdition> max,
        Function<PolicyEdition, ImmutableMap<K, Integer>> value,
        BiConsumer<PolicyDraft, ImmutableMap<K, Integer>> setter) {
      super(path, max, value, setter);
      this.keys = keys;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.pointsTable(this, keys);
    }
  }

  /**
   * Declares points by the constants of {@code keys}, each from 0 to {@code criterionMax}, the
   * maximum of their criterion in the edition they are in.
   */
  static <K extends Enum<K>> PolicyParameter<ImmutableMap<K, Integer>> table(
      String path,
      Class<K> keys,
      ToIntFunction<PolicyEdition> criterionMax,
      Function<PolicyEdition, ImmutableMap<K, Integer>> value,
      BiConsumer<PolicyDraft, ImmutableMap<K, Integer>> setter) {
    return new PointsTable<>(path, keys, criterionMax, value, setter);
  }

  private static final class HorizonBands extends PolicyParameter<ImmutableList<HorizonBand>> {
    HorizonBands(
        String path,
        ToIntFunction<PolicyEdition> max,
        Function<PolicyEdition, ImmutableList<HorizonBand>> value,
        BiConsumer<PolicyDraft, ImmutableList<HorizonBand>> setter) {
      super(path, max, value, setter);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.horizonBands(this);
    }
  }

  /**
   * Declares horizon bands whose points go from 0 to {@code criterionMax}, the maximum of their
   * criterion in the edition they are in.
   */
  static PolicyParameter<ImmutableList<HorizonBand>> bands(
      String path,
      ToIntFunction<PolicyEdition> criterionMax,
      Function<PolicyEdition, ImmutableList<HorizonBand>> value,
      BiConsumer<PolicyDraft, ImmutableList<HorizonBand>> setter) {
    return new HorizonBands(path, criterionMax, value, setter);
  }
}
