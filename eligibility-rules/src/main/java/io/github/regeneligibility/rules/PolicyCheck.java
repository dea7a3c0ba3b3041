package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.FieldLabel;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The promises every edition keeps, as checks of its parameters. Each broken promise becomes one
 * {@link Problem} naming the parameter by its path in a policy file. The bounds of each parameter
 * come from its {@link PolicyParameter} declaration; the promises that relate parameters to each
 * other are written here.
 *
 * <p>Why these checks suffice for the laws of the policy: the score is a sum of criteria each
 * bounded by its maximum, and the maxima add up to 100, so the score lies in 0–100; stage points
 * never fall along the ladder and the priority milestone is a stage, so a later stage never lowers
 * the score or the tier; horizon points never rise with more years and the horizon gate is a limit,
 * so fewer years never lower them; and sector-fit points fall in the order primary focus, secondary
 * focus, other regenerative, none, so adding a sector never lowers them.
 */
final class PolicyCheck {
  private static final EnumSet<Sector> NAMED_FOCUS_SECTORS =
      EnumSet.complementOf(EnumSet.of(Sector.OTHER_REGENERATIVE, Sector.NON_REGENERATIVE));

  /** Problems in the order of the parameters they name, then in the order found. */
  private static final Comparator<Problem> ORDER =
      Comparator.comparingInt(problem -> declared(problem.getPath()));

  private final PolicyEdition edition;
  private final List<Problem> problems = new ArrayList<>();

  private PolicyCheck(PolicyEdition edition) {
    this.edition = edition;
  }

  static void check(PolicyEdition edition) {
    PolicyCheck check = new PolicyCheck(edition);
    Bounds bounds = check.new Bounds();
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      check.problems.addAll(parameter.accept(bounds));
    }
    check.focusSectors();
    check.sectorFitOrder();
    check.stagesNeverFall();
    check.horizonBands();
    check.maxima();
    if (!check.problems.isEmpty()) {
      check.problems.sort(ORDER);
      throw new InvalidPolicyException(check.problems);
    }
  }

  /**
   * The problems of a parameter's value with what its declaration bounds: names, numbers, tables
   * and bands. Dates, sectors and stages have no bounds of their own.
   */
  private final class Bounds extends UnboundedSkipped<Problem> {
    @Override
    public List<Problem> name(PolicyParameter<String> parameter, int maxLength) {
      String name = parameter.valueIn(edition);
      if (name.matches("[A-Za-z0-9._-]{1," + maxLength + "}")) {
        return List.of();
      }
      return List.of(
          Problem.of(
              parameter.path(),
              PolicyCode.POLICY_NAME_FORMAT,
              ImmutableMap.of("max", maxLength, "value", Template.echo(name))));
    }

    @Override
    public List<Problem> wholeNumber(PolicyParameter<Integer> parameter) {
      return range(parameter.path(), parameter.valueIn(edition), parameter.max(edition));
    }

    @Override
    public <K extends Enum<K>> List<Problem> pointsTable(
        PolicyParameter<ImmutableMap<K, Integer>> parameter, Class<K> keys) {
      ImmutableMap<K, Integer> points = parameter.valueIn(edition);
      int max = parameter.max(edition);
      List<Problem> found = new ArrayList<>();
      for (K key : EnumSet.allOf(keys)) {
        String path = parameter.path() + "." + key.name();
        Integer value = points.get(key);
        if (value == null) {
          found.add(Problem.of(path, PolicyCode.MISSING_PROPERTY));
        } else {
          found.addAll(range(path, value, max));
        }
      }
      return found;
    }

    @Override
    public List<Problem> horizonBands(PolicyParameter<ImmutableList<HorizonBand>> parameter) {
      ImmutableList<HorizonBand> bands = parameter.valueIn(edition);
      int max = parameter.max(edition);
      List<Problem> found = new ArrayList<>();
      for (int i = 0; i < bands.size(); i++) {
        found.addAll(range(parameter.path() + "[" + i + "].points", bands.get(i).getPoints(), max));
      }
      return found;
    }
  }

  /** Returns the problem of a number outside 0–{@code max}, if it is. */
  private static List<Problem> range(String path, int value, int max) {
    if (value < 0 || value > max) {
      return List.of(
          Problem.of(
              path,
              PolicyCode.POLICY_OUT_OF_RANGE,
              ImmutableMap.of("min", 0, "max", max, "value", value)));
    }
    return List.of();
  }

  private void focusSectors() {
    if (edition.getFocusSectors().isEmpty()
        || !NAMED_FOCUS_SECTORS.containsAll(edition.getFocusSectors())) {
      problem(
          PolicyEdition.FOCUS_SECTORS.path(),
          PolicyCode.POLICY_FOCUS_SECTORS,
          ImmutableMap.of(
              "allowed",
              sectors(NAMED_FOCUS_SECTORS),
              "value",
              sectors(edition.getFocusSectors())));
    }
  }

  /** Primary focus ≥ secondary focus ≥ other regenerative ≥ none. */
  private void sectorFitOrder() {
    List<PolicyParameter<Integer>> order =
        List.of(
            SectorFitPoints.PRIMARY_FOCUS,
            SectorFitPoints.SECONDARY_FOCUS,
            SectorFitPoints.OTHER_REGENERATIVE,
            SectorFitPoints.NONE);
    for (int i = 1; i < order.size(); i++) {
      PolicyParameter<Integer> higher = order.get(i - 1);
      PolicyParameter<Integer> lower = order.get(i);
      int higherPoints = higher.valueIn(edition);
      int points = lower.valueIn(edition);
      if (points > higherPoints) {
        problem(
            lower.path(),
            PolicyCode.POLICY_SECTOR_FIT_ORDER,
            ImmutableMap.of(
                "value",
                points,
                "higher",
                FieldLabel.of(higher.path()),
                "higherPoints",
                higherPoints));
      }
    }
  }

  /** A term as a policy file names it: its code in English, its label in Chinese. */
  private static Text code(Stage stage) {
    return Text.of(stage.name(), stage.label(Language.CHINESE));
  }

  /** Sectors as a policy file lists them: codes in English, quoted labels in Chinese. */
  private static Text sectors(Collection<Sector> sectors) {
    return Text.of(
        sectors.toString(),
        sectors.stream()
            .map(sector -> "“" + sector.label(Language.CHINESE) + "”")
            .collect(Collectors.joining("、")));
  }

  private void stagesNeverFall() {
    Map<Stage, Integer> stages = MaturityPoints.STAGES.valueIn(edition);
    Stage[] ladder = Stage.values();
    for (int i = 1; i < ladder.length; i++) {
      Integer value = stages.get(ladder[i]);
      Integer before = stages.get(ladder[i - 1]);
      if (value != null && before != null && value < before) {
        problem(
            MaturityPoints.STAGES.path() + "." + ladder[i],
            PolicyCode.POLICY_STAGE_POINTS_FALL,
            ImmutableMap.of("value", value, "previous", before, "stage", code(ladder[i - 1])));
      }
    }
  }

  /** At least one band; years rising, within 50; points never rising, beyond included. */
  private void horizonBands() {
    String path = HorizonPoints.BANDS.path();
    List<HorizonBand> bands = HorizonPoints.BANDS.valueIn(edition);
    if (bands.isEmpty()) {
      problems.add(Problem.of(path, PolicyCode.POLICY_NO_BANDS));
      return;
    }
    int previousUpTo = -1;
    int previousPoints = Integer.MAX_VALUE;
    for (int i = 0; i < bands.size(); i++) {
      HorizonBand band = bands.get(i);
      String at = path + "[" + i + "]";
      if (band.getUpToYears() <= previousUpTo || band.getUpToYears() > PolicyParameter.MAX_YEARS) {
        problem(
            at + ".upToYears",
            PolicyCode.POLICY_BAND_ORDER,
            ImmutableMap.of(
                "value",
                band.getUpToYears(),
                "previous",
                previousUpTo,
                "max",
                PolicyParameter.MAX_YEARS));
      }
      if (band.getPoints() > previousPoints) {
        problem(
            at + ".points",
            PolicyCode.POLICY_HORIZON_POINTS_RISE,
            ImmutableMap.of("value", band.getPoints(), "previous", previousPoints));
      }
      previousUpTo = Math.max(previousUpTo, band.getUpToYears());
      previousPoints = band.getPoints();
    }
    int beyond = HorizonPoints.BEYOND.valueIn(edition);
    if (beyond > previousPoints) {
      problem(
          HorizonPoints.BEYOND.path(),
          PolicyCode.POLICY_HORIZON_POINTS_RISE,
          ImmutableMap.of("value", beyond, "previous", previousPoints));
    }
  }

  private void maxima() {
    List<PolicyParameter<Integer>> maxima =
        List.of(
            SectorFitPoints.MAX_POINTS,
            MaturityPoints.MAX_POINTS,
            HorizonPoints.MAX_POINTS,
            RolePoints.MAX_POINTS);
    int sum = maxima.stream().mapToInt(maximum -> maximum.valueIn(edition)).sum();
    if (sum != PolicyParameter.MAX_SCORE) {
      problem(
          maxima.stream().map(PolicyParameter::path).collect(Collectors.joining("+")),
          PolicyCode.POLICY_MAXIMA_SUM,
          ImmutableMap.of("sum", sum));
    }
  }

  private void problem(String path, ProblemCode code, Map<String, ?> facts) {
    problems.add(Problem.of(path, code, facts));
  }

  /** Returns the position of the parameter {@code path} names (or starts with) in a file. */
  private static int declared(String path) {
    List<PolicyParameter<?>> all = PolicyParameter.all();
    for (int i = 0; i < all.size(); i++) {
      String declared = all.get(i).path();
      if (path.equals(declared)
          || path.startsWith(declared + ".")
          || path.startsWith(declared + "[")
          || path.startsWith(declared + "+")) {
        return i;
      }
    }
    return all.size();
  }
}
