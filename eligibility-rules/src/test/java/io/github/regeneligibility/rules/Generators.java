package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The QuickTheories generators of the property tests, all in one place: policy editions (keeping
 * every promise, near the edge of the policy check, and with one promise broken), samples of
 * application shapes, and application forms (valid, and with one validity rule broken).
 *
 * <p>Every generator draws only from QuickTheories' source of randomness, through its primitive
 * generators, so QuickTheories shrinks every counterexample: an edition towards small numbers and
 * few bands, a sample of shapes towards shape 0, a form towards short names.
 */
final class Generators {

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
  private static final int SAMPLE = 2_000;
  private static final String ID_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  private Generators() {}

  // ---- Policy editions ----

  /**
   * The parameters of an edition before the policy check sees them: focus sectors, milestone, id
   * and version, and every number under its path in a policy file (the paths the check names).
   * Missing paths are missing parameters.
   */
  record EditionDraft(
      String id,
      String version,
      ImmutableSet<Sector> focusSectors,
      Stage priorityMilestone,
      ImmutableMap<String, Integer> numbers) {

    /**
     * Builds the edition.
     *
     * @throws InvalidPolicyException if the policy check refuses it
     */
    PolicyEdition toEdition() {
      MaturityPoints.Builder maturity =
          new MaturityPoints.Builder()
              .maxPoints(number("maturity.maxPoints"))
              .operatingService(number("maturity.operatingService"));
      for (Stage stage : Stage.values()) {
        Optional.ofNullable(numbers.get(stage(stage))).ifPresent(p -> maturity.putStages(stage, p));
      }
      HorizonPoints.Builder horizon =
          new HorizonPoints.Builder()
              .maxPoints(number("horizon.maxPoints"))
              .beyond(number("horizon.beyond"));
      for (int band = 0; numbers.containsKey(bandPoints(band)); band++) {
        horizon.addBands(HorizonBand.of(number(bandYears(band)), number(bandPoints(band))));
      }
      RolePoints.Builder role = new RolePoints.Builder().maxPoints(number("role.maxPoints"));
      for (Role r : Role.values()) {
        Optional.ofNullable(numbers.get(role(r))).ifPresent(p -> role.putRoles(r, p));
      }
      return new PolicyEdition.Builder()
          .id(id)
          .version(version)
          .effectiveFrom(LocalDate.of(2026, 1, 1))
          .focusSectors(focusSectors)
          .horizonLimit(number("horizonLimit"))
          .sectorFit(
              new SectorFitPoints.Builder()
                  .maxPoints(number("sectorFit.maxPoints"))
                  .primaryFocus(number("sectorFit.primaryFocus"))
                  .secondaryFocus(number("sectorFit.secondaryFocus"))
                  .otherRegenerative(number("sectorFit.otherRegenerative"))
                  .none(number("sectorFit.none"))
                  .build())
          .maturity(maturity.build())
          .horizon(horizon.build())
          .role(role.build())
          .priorityMilestone(priorityMilestone)
          .eligibilityThreshold(number("eligibilityThreshold"))
          .build();
    }

    /** Returns the edition, or empty when the policy check refuses it. */
    Optional<PolicyEdition> accepted() {
      try {
        return Optional.of(toEdition());
      } catch (InvalidPolicyException refused) {
        return Optional.empty();
      }
    }

    /** Returns the parameters of {@code edition}. */
    static EditionDraft of(PolicyEdition edition) {
      Map<String, Integer> numbers = new LinkedHashMap<>();
      numbers.put("horizonLimit", edition.getHorizonLimit());
      SectorFitPoints sectorFit = edition.getSectorFit();
      numbers.put("sectorFit.maxPoints", sectorFit.getMaxPoints());
      numbers.put("sectorFit.primaryFocus", sectorFit.getPrimaryFocus());
      numbers.put("sectorFit.secondaryFocus", sectorFit.getSecondaryFocus());
      numbers.put("sectorFit.otherRegenerative", sectorFit.getOtherRegenerative());
      numbers.put("sectorFit.none", sectorFit.getNone());
      numbers.put("maturity.maxPoints", edition.getMaturity().getMaxPoints());
      edition.getMaturity().getStages().forEach((s, points) -> numbers.put(stage(s), points));
      numbers.put("maturity.operatingService", edition.getMaturity().getOperatingService());
      numbers.put("horizon.maxPoints", edition.getHorizon().getMaxPoints());
      for (int band = 0; band < edition.getHorizon().getBands().size(); band++) {
        numbers.put(bandYears(band), edition.getHorizon().getBands().get(band).getUpToYears());
        numbers.put(bandPoints(band), edition.getHorizon().getBands().get(band).getPoints());
      }
      numbers.put("horizon.beyond", edition.getHorizon().getBeyond());
      numbers.put("role.maxPoints", edition.getRole().getMaxPoints());
      edition.getRole().getRoles().forEach((role, points) -> numbers.put(role(role), points));
      numbers.put("eligibilityThreshold", edition.getEligibilityThreshold());
      return new EditionDraft(
          edition.getId(),
          edition.getVersion(),
          edition.getFocusSectors(),
          edition.getPriorityMilestone(),
          ImmutableMap.copyOf(numbers));
    }

    int number(String path) {
      Integer value = numbers.get(path);
      if (value == null) {
        throw new IllegalArgumentException("no parameter " + path + " in " + this);
      }
      return value;
    }

    /** Returns the number of horizon bands. */
    int bands() {
      int bands = 0;
      while (numbers.containsKey(bandPoints(bands))) {
        bands++;
      }
      return bands;
    }

    /** Returns the paths of every number that is points of a criterion (not a maximum). */
    ImmutableList<String> pointPaths() {
      return numbers.keySet().stream()
          .filter(path -> !path.endsWith("maxPoints") && !path.endsWith("upToYears"))
          .filter(path -> !path.equals("horizonLimit") && !path.equals("eligibilityThreshold"))
          .collect(ImmutableList.toImmutableList());
    }

    /** Returns the maximum of the criterion that {@code path} belongs to. */
    int maximumOf(String path) {
      return number(path.substring(0, path.indexOf('.')) + ".maxPoints");
    }

    EditionDraft with(String path, int value) {
      Map<String, Integer> changed = new LinkedHashMap<>(numbers);
      changed.put(path, value);
      return new EditionDraft(
          id, version, focusSectors, priorityMilestone, ImmutableMap.copyOf(changed));
    }

    EditionDraft without(String path) {
      Map<String, Integer> changed = new LinkedHashMap<>(numbers);
      changed.remove(path);
      return new EditionDraft(
          id, version, focusSectors, priorityMilestone, ImmutableMap.copyOf(changed));
    }

    EditionDraft withFocusSectors(Set<Sector> sectors) {
      return new EditionDraft(
          id, version, Sets.immutableEnumSet(sectors), priorityMilestone, numbers);
    }

    EditionDraft withId(String newId) {
      return new EditionDraft(newId, version, focusSectors, priorityMilestone, numbers);
    }

    EditionDraft withVersion(String newVersion) {
      return new EditionDraft(id, newVersion, focusSectors, priorityMilestone, numbers);
    }
  }

  static String stage(Stage stage) {
    return "maturity.stages." + stage;
  }

  static String role(Role role) {
    return "role.roles." + role;
  }

  static String bandYears(int band) {
    return "horizon.bands[" + band + "].upToYears";
  }

  static String bandPoints(int band) {
    return "horizon.bands[" + band + "].points";
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
    STAGE_POINTS_FALL(Generators::stagePointsFall),
    /** More years score more: a band above the one before it, or beyond above the last band. */
    HORIZON_POINTS_RISE(Generators::horizonPointsRise),
    /** Sector-fit points out of the policy's order, so that adding a sector could lower them. */
    SECTOR_FIT_OUT_OF_ORDER(Generators::sectorFitOutOfOrder),
    /** The maxima of the criteria do not add up to 100. */
    MAXIMA_NOT_ADDING_UP_TO_100(Generators::maximaNotAddingUpTo100),
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
    BAND_YEARS_NOT_INCREASING(Generators::bandYearsNotIncreasing),
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

  /** Ids or versions that break the format: empty, too long, or with a character outside it. */
  private static Gen<String> malformedNames(int maxLength) {
    Gen<String> tooLong = strings(ID_CHARACTERS, maxLength + 1, maxLength + 20);
    Gen<String> foreign =
        strings(ID_CHARACTERS, 0, maxLength - 1)
            .zip(
                Generate.pick(List.of(" ", "/", "+", "é", "名", "\t", "#")),
                between(0, maxLength - 1),
                (name, character, at) -> {
                  int position = Math.min(at, name.length());
                  return name.substring(0, position) + character + name.substring(position);
                });
    return Generate.frequency(
        List.of(Pair.of(1, Generate.constant("")), Pair.of(2, tooLong), Pair.of(3, foreign)));
  }

  /** Samples of 2,000 shape numbers (see {@link Shapes}), any shape equally likely. */
  static Gen<List<Integer>> shapeSamples() {
    return SourceDSL.lists()
        .of(between(0, Shapes.count() - 1))
        .ofSize(SAMPLE)
        .describedAs(sample -> "shapes " + sample.stream().distinct().sorted().toList());
  }

  // ---- Application forms ----

  private static final String NAME_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -()&,.'·/é";
  private static final String BLANKS = " \u00a0\u2003\u3000";
  private static final List<Stage> BEYOND_RESEARCH_TRACK =
      Arrays.stream(Stage.values())
          .filter(stage -> !Pathway.CLINICAL_RESEARCH.highestStage().isAtLeast(stage))
          .toList();

  /** Valid forms: any id, names, origin, role, pathway and allowed stage, sectors and years. */
  static Gen<ApplicationForm> validForms() {
    return in -> {
      Shapes.Profile profile = Generate.pick(Shapes.PROFILES).generate(in);
      List<Sector> sectors = new ArrayList<>(Arrays.asList(Sector.values()));
      for (int i = 0; i < sectors.size() - 1; i++) {
        int j = between(i, sectors.size() - 1).generate(in);
        sectors.set(j, sectors.set(i, sectors.get(j)));
      }
      List<Sector> chosen = sectors.subList(0, between(1, sectors.size()).generate(in));
      return new ApplicationForm.Builder()
          .id(strings(ID_CHARACTERS, 1, 64).generate(in))
          .projectName(names(1, 200).generate(in))
          .applicantName(names(1, 200).generate(in))
          .origin(Generate.enumValues(Origin.class).generate(in))
          .role(profile.role())
          .sectors(chosen)
          .primarySector(Generate.pick(chosen).generate(in))
          .pathway(profile.pathway())
          .stage(profile.stage())
          .yearsToIndustrialization(between(0, 50).generate(in))
          .build();
    };
  }

  /** A valid form, the same form with one validity rule broken, and the violation it must give. */
  record BrokenForm(
      ApplicationForm valid, String field, ProblemCode code, ApplicationForm broken) {}

  /** Which roles a form breach applies to. */
  enum Roles {
    ANY,
    PRODUCT,
    SERVICE;

    boolean include(Role role) {
      return this == ANY || (this == PRODUCT) == role.isProductRole();
    }
  }

  /**
   * The table of single-rule breaches: for each violation code, the field it must name (written
   * here, not read from the code), the roles it applies to, and a generator of broken forms.
   */
  enum FormBreach {
    ID_REQUIRED("id", ProblemCode.ID_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.id(Optional.empty())))),
    ID_FORMAT("id", ProblemCode.ID_FORMAT, Roles.ANY,
        form -> malformedNames(64).map(id -> edit(form, b -> b.id(id)))),
    PROJECT_NAME_REQUIRED("projectName", ProblemCode.PROJECT_NAME_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.projectName(Optional.empty())))),
    PROJECT_NAME_BLANK("projectName", ProblemCode.PROJECT_NAME_BLANK, Roles.ANY,
        form -> strings(BLANKS, 0, 200).map(name -> edit(form, b -> b.projectName(name)))),
    PROJECT_NAME_LENGTH("projectName", ProblemCode.PROJECT_NAME_LENGTH, Roles.ANY,
        form -> names(201, 400).map(name -> edit(form, b -> b.projectName(name)))),
    PROJECT_NAME_CONTROL_CHARACTER(
        "projectName", ProblemCode.PROJECT_NAME_CONTROL_CHARACTER, Roles.ANY,
        form -> withControlCharacter(form.getProjectName().orElseThrow())
            .map(name -> edit(form, b -> b.projectName(name)))),
    APPLICANT_NAME_REQUIRED("applicantName", ProblemCode.APPLICANT_NAME_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.applicantName(Optional.empty())))),
    APPLICANT_NAME_BLANK("applicantName", ProblemCode.APPLICANT_NAME_BLANK, Roles.ANY,
        form -> strings(BLANKS, 0, 200).map(name -> edit(form, b -> b.applicantName(name)))),
    APPLICANT_NAME_LENGTH("applicantName", ProblemCode.APPLICANT_NAME_LENGTH, Roles.ANY,
        form -> names(201, 400).map(name -> edit(form, b -> b.applicantName(name)))),
    APPLICANT_NAME_CONTROL_CHARACTER(
        "applicantName", ProblemCode.APPLICANT_NAME_CONTROL_CHARACTER, Roles.ANY,
        form -> withControlCharacter(form.getApplicantName().orElseThrow())
            .map(name -> edit(form, b -> b.applicantName(name)))),
    ORIGIN_REQUIRED("origin", ProblemCode.ORIGIN_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.origin(Optional.empty())))),
    ROLE_REQUIRED("role", ProblemCode.ROLE_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.role(Optional.empty())))),
    SECTORS_COUNT("sectors", ProblemCode.SECTORS_COUNT, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.sectors(List.of())))),
    SECTORS_DUPLICATE("sectors", ProblemCode.SECTORS_DUPLICATE, Roles.ANY,
        Generators::withDuplicateSector),
    PRIMARY_SECTOR_REQUIRED("primarySector", ProblemCode.PRIMARY_SECTOR_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.primarySector(Optional.empty())))),
    PRIMARY_SECTOR_NOT_IN_SECTORS(
        "primarySector", ProblemCode.PRIMARY_SECTOR_NOT_IN_SECTORS, Roles.ANY,
        Generators::withPrimaryOutsideSectors),
    PATHWAY_REQUIRED("pathway", ProblemCode.PATHWAY_REQUIRED, Roles.PRODUCT,
        form -> Generate.constant(edit(form, b -> b.pathway(Optional.empty())))),
    PATHWAY_NOT_ALLOWED("pathway", ProblemCode.PATHWAY_NOT_ALLOWED, Roles.SERVICE,
        form -> Generate.enumValues(Pathway.class).map(p -> edit(form, b -> b.pathway(p)))),
    STAGE_REQUIRED("stage", ProblemCode.STAGE_REQUIRED, Roles.PRODUCT,
        form -> Generate.constant(edit(form, b -> b.stage(Optional.empty())))),
    STAGE_NOT_ALLOWED("stage", ProblemCode.STAGE_NOT_ALLOWED, Roles.SERVICE,
        form -> Generate.enumValues(Stage.class).map(s -> edit(form, b -> b.stage(s)))),
    STAGE_BEYOND_RESEARCH_TRACK("stage", ProblemCode.STAGE_BEYOND_RESEARCH_TRACK, Roles.PRODUCT,
        form -> Generate.pick(BEYOND_RESEARCH_TRACK)
            .map(s -> edit(form, b -> b.pathway(Pathway.CLINICAL_RESEARCH).stage(s)))),
    YEARS_REQUIRED("yearsToIndustrialization", ProblemCode.YEARS_REQUIRED, Roles.ANY,
        form -> Generate.constant(edit(form, b -> b.yearsToIndustrialization(Optional.empty())))),
    YEARS_RANGE("yearsToIndustrialization", ProblemCode.YEARS_RANGE, Roles.ANY,
        form -> outside(0, 50).map(years -> edit(form, b -> b.yearsToIndustrialization(years))));

    private final String field;
    private final ProblemCode code;
    private final Roles roles;
    private final Breaker<ApplicationForm, ApplicationForm> generator;

    FormBreach(
        String field,
        ProblemCode code,
        Roles roles,
        Breaker<ApplicationForm, ApplicationForm> generator) {
      this.field = field;
      this.code = code;
      this.roles = roles;
      this.generator = generator;
    }

    ProblemCode code() {
      return code;
    }
  }

  /** A valid form, and the same form with one validity rule broken (any rule of the table). */
  static Gen<BrokenForm> brokenForms() {
    return validForms()
        .flatMap(
            form -> {
              Role role = form.getRole().orElseThrow();
              List<FormBreach> breaches =
                  Arrays.stream(FormBreach.values())
                      .filter(breach -> breach.roles.include(role))
                      .toList();
              return Generate.pick(breaches)
                  .flatMap(
                      breach ->
                          breach.generator
                              .apply(form)
                              .map(
                                  broken ->
                                      new BrokenForm(form, breach.field, breach.code, broken)));
            });
  }

  private static ApplicationForm edit(
      ApplicationForm form, UnaryOperator<ApplicationForm.Builder> change) {
    return change.apply(new ApplicationForm.Builder().from(form)).build();
  }

  /** Names: 1 or more characters that are not all blank, none a control character. */
  private static Gen<String> names(int minLength, int maxLength) {
    return strings(NAME_CHARACTERS.replace(" ", ""), 1, 1)
        .zip(
            SourceDSL.lists().of(nameCharacters()).ofSizeBetween(minLength - 1, maxLength - 1),
            (first, rest) -> first + String.join("", rest));
  }

  private static Gen<String> nameCharacters() {
    Gen<String> latin = strings(NAME_CHARACTERS, 1, 1);
    Gen<String> chinese = between(0x4E00, 0x9FA5).map(Character::toString);
    return Generate.frequency(List.of(Pair.of(3, latin), Pair.of(1, chinese)));
  }

  /** Returns {@code name} with one control character (C0, DEL or C1) put in somewhere. */
  private static Gen<String> withControlCharacter(String name) {
    Gen<Integer> control =
        Generate.frequency(
            List.of(Pair.of(2, between(0x00, 0x1F)), Pair.of(1, between(0x7F, 0x9F))));
    String shorter = name.length() >= 200 ? name.substring(0, 199) : name;
    return control.zip(
        between(0, shorter.length()),
        (character, at) ->
            shorter.substring(0, at) + Character.toString(character) + shorter.substring(at));
  }

  /** Returns {@code form} with one of its sectors listed twice, still at most seven. */
  private static Gen<ApplicationForm> withDuplicateSector(ApplicationForm form) {
    List<Sector> sectors = form.getSectors();
    Sector primary = form.getPrimarySector().orElseThrow();
    return between(0, sectors.size() - 1)
        .zip(
            between(0, sectors.size()),
            (copied, at) -> {
              Sector copy = sectors.get(copied);
              List<Sector> changed = new ArrayList<>(sectors);
              if (changed.size() == Sector.values().length) {
                // Seven already: drop one that is neither the primary nor the copied sector.
                changed.remove(
                    changed.stream()
                        .filter(s -> s != primary && s != copy)
                        .findFirst()
                        .orElseThrow());
              }
              changed.add(Math.min(at, changed.size()), copy);
              return edit(form, b -> b.sectors(changed));
            });
  }

  /** Returns {@code form} with a primary sector that is not among its sectors. */
  private static Gen<ApplicationForm> withPrimaryOutsideSectors(ApplicationForm form) {
    List<Sector> sectors = form.getSectors();
    Sector primary = form.getPrimarySector().orElseThrow();
    List<Sector> outside =
        Arrays.stream(Sector.values()).filter(s -> !sectors.contains(s)).toList();
    if (!outside.isEmpty()) {
      return Generate.pick(outside).map(s -> edit(form, b -> b.primarySector(s)));
    }
    List<Sector> others = sectors.stream().filter(s -> s != primary).toList();
    return Generate.pick(others)
        .map(
            s ->
                edit(
                    form,
                    b ->
                        b.sectors(sectors.stream().filter(t -> t != s).toList())
                            .primarySector(s)));
  }

  // ---- Primitive generators ----

  /** Whole numbers from {@code low} to {@code high}, both included, shrinking towards 0. */
  static Gen<Integer> between(int low, int high) {
    return Generate.range(low, high, Math.max(low, Math.min(high, 0)));
  }

  /** Whole numbers just outside {@code low}–{@code high}: up to 1,000 below or above. */
  static Gen<Integer> outside(int low, int high) {
    return Generate.booleans()
        .flatMap(below -> below ? between(low - 1000, low - 1) : between(high + 1, high + 1000));
  }

  /** Strings of {@code minLength}–{@code maxLength} characters of {@code alphabet}. */
  private static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    List<String> characters = alphabet.codePoints().mapToObj(Character::toString).toList();
    return SourceDSL.lists()
        .of(Generate.pick(characters))
        .ofSizeBetween(minLength, maxLength)
        .map(list -> String.join("", list));
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
