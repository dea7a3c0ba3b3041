package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Template;
import java.util.ArrayList;
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
    for (PolicyParameter parameter : PolicyParameter.all()) {
      check.bounds(parameter);
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

  /** Checks what the declaration of {@code parameter} bounds: names, numbers, tables, bands. */
  private void bounds(PolicyParameter parameter) {
    Object value = parameter.valueIn(edition);
    int max = parameter.max(edition);
    switch (parameter.type()) {
      case NAME -> {
        String name = (String) value;
        if (!name.matches("[A-Za-z0-9._-]{1," + parameter.maxLength() + "}")) {
          problem(
              parameter.path(),
              PolicyCode.POLICY_NAME_FORMAT,
              "max",
              parameter.maxLength(),
              "value",
              Template.echo(name));
        }
      }
      case WHOLE_NUMBER -> within(parameter.path(), (Integer) value, max);
      case POINTS_BY_STAGE -> table(parameter, (Map<?, ?>) value, Stage.values(), max);
      case POINTS_BY_ROLE -> table(parameter, (Map<?, ?>) value, Role.values(), max);
      case HORIZON_BANDS -> {
        List<?> bands = (List<?>) value;
        for (int i = 0; i < bands.size(); i++) {
          within(
              parameter.path() + "[" + i + "].points",
              ((HorizonBand) bands.get(i)).getPoints(),
              max);
        }
      }
      case DATE, SECTORS, STAGE -> {}
    }
  }

  private void table(PolicyParameter parameter, Map<?, ?> points, Enum<?>[] keys, int max) {
    for (Enum<?> key : keys) {
      String path = parameter.path() + "." + key.name();
      Object value = points.get(key);
      if (value == null) {
        problem(path, PolicyCode.MISSING_PROPERTY);
      } else {
        within(path, (Integer) value, max);
      }
    }
  }

  private void within(String path, int value, int max) {
    if (value < 0 || value > max) {
      problem(path, PolicyCode.POLICY_OUT_OF_RANGE, "min", 0, "max", max, "value", value);
    }
  }

  private void focusSectors() {
    if (edition.getFocusSectors().isEmpty()
        || !NAMED_FOCUS_SECTORS.containsAll(edition.getFocusSectors())) {
      problem(
          PolicyParameter.FOCUS_SECTORS.path(),
          PolicyCode.POLICY_FOCUS_SECTORS,
          "allowed",
          NAMED_FOCUS_SECTORS.toString(),
          "value",
          edition.getFocusSectors().toString());
    }
  }

  /** Primary focus ≥ secondary focus ≥ other regenerative ≥ none. */
  private void sectorFitOrder() {
    List<PolicyParameter> order =
        List.of(
            PolicyParameter.SECTOR_FIT_PRIMARY_FOCUS,
            PolicyParameter.SECTOR_FIT_SECONDARY_FOCUS,
            PolicyParameter.SECTOR_FIT_OTHER_REGENERATIVE,
            PolicyParameter.SECTOR_FIT_NONE);
    for (int i = 1; i < order.size(); i++) {
      PolicyParameter higher = order.get(i - 1);
      PolicyParameter lower = order.get(i);
      int higherPoints = (Integer) higher.valueIn(edition);
      int points = (Integer) lower.valueIn(edition);
      if (points > higherPoints) {
        problem(
            lower.path(),
            PolicyCode.POLICY_SECTOR_FIT_ORDER,
            "value",
            points,
            "higher",
            higher.path(),
            "higherPoints",
            higherPoints);
      }
    }
  }

  private void stagesNeverFall() {
    Map<Stage, Integer> stages = edition.getMaturity().getStages();
    Stage[] ladder = Stage.values();
    for (int i = 1; i < ladder.length; i++) {
      Integer value = stages.get(ladder[i]);
      Integer before = stages.get(ladder[i - 1]);
      if (value != null && before != null && value < before) {
        problem(
            PolicyParameter.MATURITY_STAGES.path() + "." + ladder[i],
            PolicyCode.POLICY_STAGE_POINTS_FALL,
            "value",
            value,
            "previous",
            before,
            "stage",
            ladder[i - 1].name());
      }
    }
  }

  /** At least one band; years rising, within 50; points never rising, beyond included. */
  private void horizonBands() {
    String path = PolicyParameter.HORIZON_BANDS.path();
    List<HorizonBand> bands = edition.getHorizon().getBands();
    if (bands.isEmpty()) {
      problem(path, PolicyCode.POLICY_NO_BANDS);
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
            "value",
            band.getUpToYears(),
            "previous",
            previousUpTo,
            "max",
            PolicyParameter.MAX_YEARS);
      }
      if (band.getPoints() > previousPoints) {
        problem(
            at + ".points",
            PolicyCode.POLICY_HORIZON_POINTS_RISE,
            "value",
            band.getPoints(),
            "previous",
            previousPoints);
      }
      previousUpTo = Math.max(previousUpTo, band.getUpToYears());
      previousPoints = band.getPoints();
    }
    if (edition.getHorizon().getBeyond() > previousPoints) {
      problem(
          PolicyParameter.HORIZON_BEYOND.path(),
          PolicyCode.POLICY_HORIZON_POINTS_RISE,
          "value",
          edition.getHorizon().getBeyond(),
          "previous",
          previousPoints);
    }
  }

  private void maxima() {
    List<PolicyParameter> maxima =
        List.of(
            PolicyParameter.SECTOR_FIT_MAX,
            PolicyParameter.MATURITY_MAX,
            PolicyParameter.HORIZON_MAX,
            PolicyParameter.ROLE_MAX);
    int sum = maxima.stream().mapToInt(maximum -> (Integer) maximum.valueIn(edition)).sum();
    if (sum != 100) {
      problem(
          maxima.stream().map(PolicyParameter::path).collect(Collectors.joining("+")),
          PolicyCode.POLICY_MAXIMA_SUM,
          "sum",
          sum);
    }
  }

  private void problem(String path, ProblemCode code, Object... facts) {
    ImmutableMap.Builder<String, Object> named = ImmutableMap.builder();
    for (int i = 0; i < facts.length; i += 2) {
      named.put((String) facts[i], facts[i + 1]);
    }
    problems.add(Problem.of(path, code, named.buildOrThrow()));
  }

  /** Returns the position of the parameter {@code path} names (or starts with) in a file. */
  private static int declared(String path) {
    List<PolicyParameter> all = PolicyParameter.all();
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
