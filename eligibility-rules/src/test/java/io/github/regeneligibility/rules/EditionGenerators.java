package io.github.regeneligibility.rules;

import static io.github.regeneligibility.model.Primitives.between;
import static io.github.regeneligibility.model.Primitives.malformedNames;
import static io.github.regeneligibility.model.Primitives.outside;
import static io.github.regeneligibility.rules.EditionDraft.bandPoints;
import static io.github.regeneligibility.rules.EditionDraft.bandYears;
import static io.github.regeneligibility.rules.EditionDraft.role;
import static io.github.regeneligibility.rules.EditionDraft.stage;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The QuickTheories generators of policy editions: keeping every promise, near the edge of the
 * policy check, and with one promise broken (each with the parameter its refusal must name).
 *
 * <p>Every generator draws only from QuickTheories' source of randomness, through its primitive
 * generators, so QuickTheories shrinks every counterexample: an edition towards small numbers and
 * few bands.
 */
final class EditionGenerators {

  /** The path of the sum of the maxima, as the policy check names it. */
  static final String MAXIMA =
      "sectorFit.maxPoints+maturity.maxPoints+horizon.maxPoints+role.maxPoints";

  private static final ImmutableList<Sector> NAMED_FOCUS_SECTORS =
      ImmutableList.of(
          Sector.IMMUNE_CELLS,
          Sector.STEM_CELLS,
          Sector.TISSUE_ENGINEERING,
          Sector.GENE_ENGINEERING,
          Sector.BIOMATERIALS);
  private static final ImmutableList<String> CRITERIA =
      ImmutableList.of("sectorFit", "maturity", "horizon", "role");
  private static final ImmutableList<String> SECTOR_FIT_ORDER =
      ImmutableList.of(
          "sectorFit.primaryFocus",
          "sectorFit.secondaryFocus",
          "sectorFit.otherRegenerative",
          "sectorFit.none");

  private EditionGenerators() {}

  /** A check of one accepted edition (and its draft) at a sample of shape numbers. */
  @FunctionalInterface
  interface AcceptedEditionCheck {
    void check(EditionDraft draft, PolicyEdition edition, List<Integer> sample);
  }

  /**
   * Runs {@code check} on {@code examples} candidates of {@link #editionCandidates()}, each with a
   * sample of 2,000 shapes ({@link Shapes#samples()}); a candidate the policy check refuses is
   * skipped. A failure shrinks, and QuickTheories prints its seed.
   */
  static void forAcceptedCandidates(int examples, AcceptedEditionCheck check) {
    qt().withExamples(examples)
        .withShrinkCycles(examples * 4)
        .forAll(editionCandidates(), Shapes.samples())
        .checkAssert(
            (draft, sample) ->
                draft.accepted().ifPresent(edition -> check.check(draft, edition, sample)));
  }

  /**
   * Editions that keep every promise by construction: maxima that add up to 100, points within
   * them, stage points that never fall, horizon points that never rise, sector-fit points in the
   * policy's order, one to five bands, any focus subset, limit, milestone and threshold.
   */
  static Gen<EditionDraft> editions() {
    return in -> {
      int[] cuts = sorted(draw(in, 3, 0, 100));
      int sectorFitMax = cuts[0];
      int maturityMax = cuts[1] - cuts[0];
      int horizonMax = cuts[2] - cuts[1];
      int roleMax = 100 - cuts[2];
      Map<String, Integer> numbers = new LinkedHashMap<>();
      numbers.put("horizonLimit", between(0, 50).generate(in));

      int[] fit = descending(draw(in, SECTOR_FIT_ORDER.size(), 0, sectorFitMax));
      numbers.put("sectorFit.maxPoints", sectorFitMax);
      for (int i = 0; i < fit.length; i++) {
        numbers.put(SECTOR_FIT_ORDER.get(i), fit[i]);
      }

      int[] stages = sorted(draw(in, Stage.values().length, 0, maturityMax));
      numbers.put("maturity.maxPoints", maturityMax);
      for (Stage stage : Stage.values()) {
        numbers.put(stage(stage), stages[stage.ordinal()]);
      }
      numbers.put("maturity.operatingService", between(0, maturityMax).generate(in));

      int[] upTo =
          Arrays.stream(draw(in, between(1, 5).generate(in), 0, 50)).sorted().distinct().toArray();
      int[] bandPoints = descending(draw(in, upTo.length + 1, 0, horizonMax));
      numbers.put("horizon.maxPoints", horizonMax);
      for (int band = 0; band < upTo.length; band++) {
        numbers.put(bandYears(band), upTo[band]);
        numbers.put(bandPoints(band), bandPoints[band]);
      }
      numbers.put("horizon.beyond", bandPoints[upTo.length]);

      numbers.put("role.maxPoints", roleMax);
      for (Role role : Role.values()) {
        numbers.put(role(role), between(0, roleMax).generate(in));
      }
      numbers.put("eligibilityThreshold", between(0, 100).generate(in));

      Set<Sector> focus = EnumSet.noneOf(Sector.class);
      for (Sector sector : NAMED_FOCUS_SECTORS) {
        if (Generate.booleans().generate(in)) {
          focus.add(sector);
        }
      }
      if (focus.isEmpty()) {
        focus.add(Generate.pick(NAMED_FOCUS_SECTORS).generate(in));
      }
      return new EditionDraft(
          Generate.pick(List.of("park-intake", "p", "Park_Intake.v-2")).generate(in),
          Generate.pick(List.of("2026.1", "1", "2027.0-rc_1")).generate(in),
          Sets.immutableEnumSet(focus),
          Generate.enumValues(Stage.class).generate(in),
          ImmutableMap.copyOf(numbers));
    };
  }

  /**
   * Editions at the edge of the policy check: two in three keep every promise; the others change
   * one number to anything from -2 to 102, or the focus sectors to any set of sectors. Many of
   * those are refused, some are accepted: the ones a policy check that misses a case would let
   * through.
   */
  static Gen<EditionDraft> editionCandidates() {
    Gen<EditionDraft> nudged =
        editions()
            .flatMap(
                draft ->
                    Generate.booleans()
                        .flatMap(
                            number ->
                                number
                                    ? Generate.pick(draft.numbers().keySet().asList())
                                        .zip(between(-2, 102), draft::with)
                                    : subsets(Arrays.asList(Sector.values()))
                                        .map(draft::withFocusSectors)));
    return Generate.frequency(List.of(Pair.of(2, editions()), Pair.of(1, nudged)));
  }

  /** An edition with one promise broken, the parameter the refusal must name, and the promise. */
  record BrokenEdition(EditionDraft draft, String parameter, EditionBreach breach) {}

  /** A changed draft and the parameter whose promise the change broke. */
  record Change(EditionDraft draft, String parameter) {}

  /**
   * A generator of breaches of what it is given. It holds no state, so the enums below that keep
   * one per constant stay immutable; Error Prone checks every lambda given as one.
   */
  @Immutable
  @FunctionalInterface
  interface Breaker<T, R> {
    Gen<R> apply(T input);
  }

  /** The ways an edition can break a promise of the policy, each with its generator. */
  enum EditionBreach {
    /** A later stage scores less than the one before it. */
    STAGE_POINTS_FALL(EditionGenerators::stagePointsFall),
    /** More years score more: a band above the one before it, or beyond above the last band. */
    HORIZON_POINTS_RISE(EditionGenerators::horizonPointsRise),
    /** Sector-fit points out of the policy's order, so that adding a sector could lower them. */
    SECTOR_FIT_OUT_OF_ORDER(EditionGenerators::sectorFitOutOfOrder),
    /** The maxima of the criteria do not add up to 100. */
    MAXIMA_NOT_ADDING_UP_TO_100(EditionGenerators::maximaNotAddingUpTo100),
    /** A criterion's maximum outside 0–100. */
    MAXIMUM_OUTSIDE_0_TO_100(
        draft ->
            Generate.pick(CRITERIA)
                .zip(
                    outside(0, 100),
                    (criterion, max) ->
                        new Change(
                            draft.with(criterion + ".maxPoints", max), criterion + ".maxPoints"))),
    /** Some points above their criterion's maximum. */
    POINTS_ABOVE_THE_MAXIMUM(
        draft ->
            Generate.pick(draft.pointPaths())
                .zip(
                    between(1, 50),
                    (path, excess) ->
                        new Change(draft.with(path, draft.maximumOf(path) + excess), path))),
    /** Some points below zero. */
    POINTS_BELOW_ZERO(
        draft ->
            Generate.pick(draft.pointPaths())
                .zip(
                    between(-50, -1),
                    (path, points) -> new Change(draft.with(path, points), path))),
    /** A stage without points. */
    STAGE_MISSING(
        draft ->
            Generate.enumValues(Stage.class)
                .map(stage -> new Change(draft.without(stage(stage)), stage(stage)))),
    /** A role without points. */
    ROLE_MISSING(
        draft ->
            Generate.enumValues(Role.class)
                .map(role -> new Change(draft.without(role(role)), role(role)))),
    /** Focus sectors that include other regenerative medicine or non-regenerative work. */
    FOCUS_BEYOND_THE_NAMED_SECTORS(
        draft ->
            Generate.pick(
                    List.of(
                        Set.of(Sector.OTHER_REGENERATIVE),
                        Set.of(Sector.NON_REGENERATIVE),
                        Set.of(Sector.OTHER_REGENERATIVE, Sector.NON_REGENERATIVE)))
                .map(
                    extra ->
                        new Change(
                            draft.withFocusSectors(Sets.union(draft.focusSectors(), extra)),
                            "focusSectors"))),
    /** No focus sector at all. */
    NO_FOCUS_SECTOR(
        draft -> Generate.constant(new Change(draft.withFocusSectors(Set.of()), "focusSectors"))),
    /** A band that does not end after the one before it (the first: one ending before year 0). */
    BAND_YEARS_NOT_INCREASING(EditionGenerators::bandYearsNotIncreasing),
    /** The last band ending after 50 years. */
    BAND_YEARS_BEYOND_50(
        draft ->
            between(51, 200)
                .map(
                    years ->
                        new Change(
                            draft.with(bandYears(draft.bands() - 1), years),
                            bandYears(draft.bands() - 1)))),
    /** No horizon band at all. */
    NO_HORIZON_BAND(
        draft -> {
          EditionDraft changed = draft;
          for (int band = 0; band < draft.bands(); band++) {
            changed = changed.without(bandYears(band)).without(bandPoints(band));
          }
          return Generate.constant(new Change(changed, "horizon.bands"));
        }),
    /** A horizon limit outside 0–50 years. */
    HORIZON_LIMIT_OUTSIDE_0_TO_50(
        draft ->
            outside(0, 50)
                .map(limit -> new Change(draft.with("horizonLimit", limit), "horizonLimit"))),
    /** An eligibility threshold outside 0–100. */
    THRESHOLD_OUTSIDE_0_TO_100(
        draft ->
            outside(0, 100)
                .map(
                    threshold ->
                        new Change(
                            draft.with("eligibilityThreshold", threshold),
                            "eligibilityThreshold"))),
    /** An id that is not 1–64 characters of {@code A-Z a-z 0-9 . _ -}. */
    MALFORMED_ID(draft -> malformedNames(64).map(id -> new Change(draft.withId(id), "id"))),
    /** A version that is not 1–32 characters of {@code A-Z a-z 0-9 . _ -}. */
    MALFORMED_VERSION(
        draft ->
            malformedNames(32).map(version -> new Change(draft.withVersion(version), "version")));

    private final Breaker<EditionDraft, Change> generator;

    EditionBreach(Breaker<EditionDraft, Change> generator) {
      this.generator = generator;
    }
  }

  /** Editions that keep every promise but one, each with the parameter its refusal must name. */
  static Gen<BrokenEdition> brokenEditions() {
    return editions()
        .flatMap(
            draft ->
                Generate.enumValues(EditionBreach.class)
                    .flatMap(
                        breach ->
                            breach
                                .generator
                                .apply(draft)
                                .map(
                                    change ->
                                        new BrokenEdition(
                                            change.draft(), change.parameter(), breach))));
  }

  /*
   * The order-breaking changes below change one number where they can: the value that must not
   * exceed another is raised above it when the other is below the maximum, or the other is lowered
   * below it when it is above zero. Only when the other is at the maximum and the value at zero
   * do they change both (the other lowered, the value raised to the maximum); and when the maximum
   * is 0, the value goes to 1, above the maximum too.
   */

  private static Gen<Change> stagePointsFall(EditionDraft draft) {
    Stage[] stages = Stage.values();
    return between(1, stages.length - 1)
        .flatMap(
            i -> {
              String later = stage(stages[i]);
              return exceeding(draft, stage(stages[i - 1]), later, draft.maximumOf(later))
                  .map(changed -> new Change(changed, later));
            });
  }

  private static Gen<Change> horizonPointsRise(EditionDraft draft) {
    int bands = draft.bands();
    return between(1, bands)
        .flatMap(
            i -> {
              String later = i == bands ? "horizon.beyond" : bandPoints(i);
              return exceeding(draft, later, bandPoints(i - 1), draft.maximumOf(later))
                  .map(changed -> new Change(changed, later));
            });
  }

  private static Gen<Change> sectorFitOutOfOrder(EditionDraft draft) {
    return between(1, SECTOR_FIT_ORDER.size() - 1)
        .flatMap(
            i -> {
              String lower = SECTOR_FIT_ORDER.get(i);
              return exceeding(draft, lower, SECTOR_FIT_ORDER.get(i - 1), draft.maximumOf(lower))
                  .map(changed -> new Change(changed, lower));
            });
  }

  /** Returns drafts where the number at {@code above} exceeds the one at {@code below}. */
  private static Gen<EditionDraft> exceeding(
      EditionDraft draft, String above, String below, int max) {
    int value = draft.number(above);
    int other = draft.number(below);
    if (max == 0) {
      return Generate.constant(draft.with(above, 1));
    }
    if (other < max) {
      return between(other + 1, max).map(raised -> draft.with(above, raised));
    }
    if (value > 0) {
      return between(0, value - 1).map(lowered -> draft.with(below, lowered));
    }
    return between(0, max - 1).map(lowered -> draft.with(below, lowered).with(above, max));
  }

  private static Gen<Change> maximaNotAddingUpTo100(EditionDraft draft) {
    List<String> changeable = new ArrayList<>();
    for (String criterion : CRITERIA) {
      if (highestPoints(draft, criterion) < 100) {
        changeable.add(criterion);
      }
    }
    return Generate.pick(changeable)
        .flatMap(
            criterion -> {
              int max = draft.number(criterion + ".maxPoints");
              return between(highestPoints(draft, criterion), 99)
                  .map(other -> other >= max ? other + 1 : other)
                  .map(other -> new Change(draft.with(criterion + ".maxPoints", other), MAXIMA));
            });
  }

  private static int highestPoints(EditionDraft draft, String criterion) {
    return draft.pointPaths().stream()
        .filter(path -> path.startsWith(criterion + "."))
        .mapToInt(draft::number)
        .max()
        .orElse(0);
  }

  private static Gen<Change> bandYearsNotIncreasing(EditionDraft draft) {
    return between(0, draft.bands() - 1)
        .flatMap(
            i -> {
              int previous = i == 0 ? -1 : draft.number(bandYears(i - 1));
              return between(previous - 10, previous)
                  .map(years -> new Change(draft.with(bandYears(i), years), bandYears(i)));
            });
  }

  /** Any subset of {@code elements}, the empty one included. */
  private static <T> Gen<Set<T>> subsets(List<T> elements) {
    return in -> {
      Set<T> subset = new LinkedHashSet<>();
      for (T element : elements) {
        if (Generate.booleans().generate(in)) {
          subset.add(element);
        }
      }
      return subset;
    };
  }

  private static int[] draw(RandomnessSource in, int count, int low, int high) {
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = between(low, high).generate(in);
    }
    return values;
  }

  private static int[] sorted(int[] values) {
    int[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static int[] descending(int[] values) {
    int[] ascending = sorted(values);
    int[] descending = new int[ascending.length];
    for (int i = 0; i < ascending.length; i++) {
      descending[i] = ascending[ascending.length - 1 - i];
    }
    return descending;
  }
}
