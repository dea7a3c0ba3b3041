package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The promises every edition keeps, as checks of its parameters. Each broken promise becomes one
 * {@link PolicyProblem} naming the parameter by its path in a policy file.
 *
 * <p>Why these checks suffice for the laws of the policy: the score is a sum of criteria each
 * bounded by its maximum, and the maxima add up to 100, so the score lies in 0–100; stage points
 * never fall along the ladder and the priority milestone is a stage, so a later stage never lowers
 * the score or the tier; horizon points never rise with more years and the horizon gate is a
 * limit, so fewer years never lower them; and sector-fit points fall in the order primary focus,
 * secondary focus, other regenerative, none, so adding a sector never lowers them.
 */
final class PolicyCheck {
  private static final EnumSet<Sector> NAMED_FOCUS_SECTORS =
      EnumSet.complementOf(EnumSet.of(Sector.OTHER_REGENERATIVE, Sector.NON_REGENERATIVE));

  private final List<PolicyProblem> problems = new ArrayList<>();

  private PolicyCheck() {}

  static void check(PolicyEdition edition) {
    PolicyCheck check = new PolicyCheck();
    check.identity(edition);
    check.focusSectors(edition);
    check.horizonLimit(edition);
    check.sectorFit(edition.getSectorFit());
    check.maturity(edition.getMaturity());
    check.horizon(edition.getHorizon());
    check.role(edition.getRole());
    check.maxima(edition);
    check.threshold(edition);
    if (!check.problems.isEmpty()) {
      throw new InvalidPolicyException(check.problems);
    }
  }

  private void identity(PolicyEdition edition) {
    if (!edition.getId().matches("[A-Za-z0-9._-]{1,64}")) {
      problem("id", "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-', not '%s'",
          "须为 1 至 64 个 A-Z、a-z、0-9、'.'、'_'、'-' 字符，而非 '%s'", edition.getId());
    }
    if (!edition.getVersion().matches("[A-Za-z0-9._-]{1,32}")) {
      problem("version", "must be 1 to 32 characters of A-Z, a-z, 0-9, '.', '_' and '-', not '%s'",
          "须为 1 至 32 个 A-Z、a-z、0-9、'.'、'_'、'-' 字符，而非 '%s'", edition.getVersion());
    }
  }

  private void focusSectors(PolicyEdition edition) {
    if (edition.getFocusSectors().isEmpty()
        || !NAMED_FOCUS_SECTORS.containsAll(edition.getFocusSectors())) {
      problem("focusSectors", "must be one or more of %s, not %s",
          "须为 %s 中的一个或多个，而非 %s", NAMED_FOCUS_SECTORS, edition.getFocusSectors());
    }
  }

  private void horizonLimit(PolicyEdition edition) {
    if (edition.getHorizonLimit() < 0 || edition.getHorizonLimit() > Application.MAX_YEARS) {
      problem("horizonLimit", "must be from 0 to %d years, not %d", "须为 0 至 %d 年，而非 %d",
          Application.MAX_YEARS, edition.getHorizonLimit());
    }
  }

  private void sectorFit(SectorFitPoints points) {
    int max = maxPoints("sectorFit", points.getMaxPoints());
    within(max, "sectorFit.primaryFocus", points.getPrimaryFocus());
    within(max, "sectorFit.secondaryFocus", points.getSecondaryFocus());
    within(max, "sectorFit.otherRegenerative", points.getOtherRegenerative());
    within(max, "sectorFit.none", points.getNone());
    notAbove("sectorFit.secondaryFocus", points.getSecondaryFocus(),
        "sectorFit.primaryFocus", points.getPrimaryFocus());
    notAbove("sectorFit.otherRegenerative", points.getOtherRegenerative(),
        "sectorFit.secondaryFocus", points.getSecondaryFocus());
    notAbove("sectorFit.none", points.getNone(),
        "sectorFit.otherRegenerative", points.getOtherRegenerative());
  }

  private void maturity(MaturityPoints points) {
    int max = maxPoints("maturity", points.getMaxPoints());
    Map<Stage, Integer> stages = points.getStages();
    Stage previous = null;
    for (Stage stage : Stage.values()) {
      Integer value = stages.get(stage);
      String parameter = "maturity.stages." + stage;
      if (value == null) {
        problem(parameter, "is missing: every stage needs points", "缺失：每个阶段都须有分值");
        continue;
      }
      within(max, parameter, value);
      if (previous != null && stages.containsKey(previous) && value < stages.get(previous)) {
        problem(parameter, "%d is below the %d points of the earlier stage %s: a later stage"
            + " must never score less", "%1$d 低于前一阶段 %3$s 的 %2$d 分：后续阶段得分不得更低",
            value, stages.get(previous), previous);
      }
      previous = stage;
    }
    within(max, "maturity.operatingService", points.getOperatingService());
  }

  private void horizon(HorizonPoints points) {
    int max = maxPoints("horizon", points.getMaxPoints());
    if (points.getBands().isEmpty()) {
      problem("horizon.bands", "must hold at least one band", "至少须有一个档位");
    }
    int previousUpTo = -1;
    int previousPoints = Integer.MAX_VALUE;
    for (int i = 0; i < points.getBands().size(); i++) {
      HorizonBand band = points.getBands().get(i);
      String at = "horizon.bands[" + i + "]";
      if (band.getUpToYears() <= previousUpTo || band.getUpToYears() > Application.MAX_YEARS) {
        problem(at + ".upToYears", "%d must be above the previous band's %d and at most %d",
            "%d 须大于上一档的 %d 且不超过 %d", band.getUpToYears(), previousUpTo,
            Application.MAX_YEARS);
      }
      within(max, at + ".points", band.getPoints());
      if (band.getPoints() > previousPoints) {
        problem(at + ".points", "%d is above the previous band's %d: more years must never score"
            + " more", "%d 高于上一档的 %d 分：年数更多不得得分更高", band.getPoints(), previousPoints);
      }
      previousUpTo = Math.max(previousUpTo, band.getUpToYears());
      previousPoints = band.getPoints();
    }
    within(max, "horizon.beyond", points.getBeyond());
    if (!points.getBands().isEmpty() && points.getBeyond() > previousPoints) {
      problem("horizon.beyond", "%d is above the last band's %d: more years must never score more",
          "%d 高于最后一档的 %d 分：年数更多不得得分更高", points.getBeyond(), previousPoints);
    }
  }

  private void role(RolePoints points) {
    int max = maxPoints("role", points.getMaxPoints());
    for (Role role : Role.values()) {
      Integer value = points.getRoles().get(role);
      String parameter = "role.roles." + role;
      if (value == null) {
        problem(parameter, "is missing: every role needs points", "缺失：每个角色都须有分值");
      } else {
        within(max, parameter, value);
      }
    }
  }

  private void maxima(PolicyEdition edition) {
    int sum =
        edition.getSectorFit().getMaxPoints()
            + edition.getMaturity().getMaxPoints()
            + edition.getHorizon().getMaxPoints()
            + edition.getRole().getMaxPoints();
    if (sum != 100) {
      problem("sectorFit.maxPoints+maturity.maxPoints+horizon.maxPoints+role.maxPoints",
          "add up to %d: the maxima of the criteria must add up to 100",
          "合计为 %d：各项标准的满分之和须为 100", sum);
    }
  }

  private void threshold(PolicyEdition edition) {
    if (edition.getEligibilityThreshold() < 0 || edition.getEligibilityThreshold() > 100) {
      problem("eligibilityThreshold", "must be from 0 to 100, not %d", "须为 0 至 100，而非 %d",
          edition.getEligibilityThreshold());
    }
  }

  private int maxPoints(String criterion, int max) {
    if (max < 0 || max > 100) {
      problem(criterion + ".maxPoints", "must be from 0 to 100, not %d", "须为 0 至 100，而非 %d", max);
    }
    return max;
  }

  private void within(int max, String parameter, int points) {
    if (points < 0 || points > max) {
      problem(parameter, "%d is not within 0 and the criterion's maximum %d",
          "%d 不在 0 至该项满分 %d 之间", points, max);
    }
  }

  private void notAbove(String parameter, int points, String higher, int higherPoints) {
    if (points > higherPoints) {
      problem(parameter, "%d is above %s (%d): adding a sector must never lower the points",
          "%d 高于 %s（%d 分）：增加领域不得降低得分", points, higher, higherPoints);
    }
  }

  private void problem(String parameter, String english, String chinese, Object... arguments) {
    problems.add(
        PolicyProblem.of(
            parameter,
            String.format(Locale.ROOT, english, arguments),
            String.format(Locale.ROOT, chinese, arguments)));
  }
}
