package io.github.regeneligibility.benchmarks;

import static java.util.Objects.requireNonNull;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.HorizonBand;
import io.github.regeneligibility.rules.PolicyEdition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jeasy.rules.api.Action;
import org.jeasy.rules.api.Condition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The policy written for Easy Rules 4.1, as its users would write it: one Java rule (a condition
 * and an action over the facts) per branch of each gate, criterion and tier rule, fired in priority
 * order by the {@link DefaultRulesEngine}. Every number comes from the {@link PolicyEdition} it is
 * built from.
 *
 * <p>"First rule that applies" (the branches of a criterion, the tier rules) is written the Easy
 * Rules way: each branch also requires that no earlier branch has set the result yet, and branches
 * are ordered by priority. The gates and criteria come before the tier rules, which read them.
 *
 * <p>Thread-safe: the rules are immutable and each assessment gets its own facts.
 */
final class EasyRulesPolicy {
  private static final String APPLICATION = "application";
  private static final String TALLY = "tally";
  private static final int UNSET = -1;

  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  EasyRulesPolicy(PolicyEdition edition) {
    this.rules = new Rules(rules(edition).toArray(Rule[]::new));
  }

  /** Assesses {@code application}: its tier and score. */
  Verdict assess(Application application) {
    Tally tally = new Tally();
    Facts facts = new Facts();
    facts.put(APPLICATION, application);
    facts.put(TALLY, tally);
    engine.fire(rules, facts);
    if (tally.tier == null) {
      throw new IllegalStateException("no tier rule applied to " + application.getId());
    }
    return new Verdict(tally.tier, tally.score());
  }

  private static List<Rule> rules(PolicyEdition edition) {
    Set<Sector> focus = edition.getFocusSectors();
    List<Rule> rules = new ArrayList<>();

    sectorFitAndMaturity(edition, focus, rules);
    horizonAndRole(edition, rules);
    gatesAndTier(edition, focus, rules);
    return rules;
  }

  private static void sectorFitAndMaturity(
      PolicyEdition edition, Set<Sector> focus, List<Rule> rules) {
    // SECTOR_FIT: primary focus / else some focus / else other regenerative / else none.
    rules.add(
        rule(
            "SECTOR_FIT primary focus",
            rules,
            f -> tally(f).sectorFit == UNSET && focus.contains(application(f).getPrimarySector()),
            f -> tally(f).sectorFit = edition.getSectorFit().getPrimaryFocus()));
    rules.add(
        rule(
            "SECTOR_FIT secondary focus",
            rules,
            f -> tally(f).sectorFit == UNSET && anyOf(application(f).getSectors(), focus),
            f -> tally(f).sectorFit = edition.getSectorFit().getSecondaryFocus()));
    rules.add(
        rule(
            "SECTOR_FIT other regenerative",
            rules,
            f ->
                tally(f).sectorFit == UNSET
                    && application(f).getSectors().contains(Sector.OTHER_REGENERATIVE),
            f -> tally(f).sectorFit = edition.getSectorFit().getOtherRegenerative()));
    rules.add(
        rule(
            "SECTOR_FIT none",
            rules,
            f -> tally(f).sectorFit == UNSET,
            f -> tally(f).sectorFit = edition.getSectorFit().getNone()));

    // MATURITY: product roles by stage, the other roles as an operating service. (A checked
    // edition has points for every stage and every role.)
    rules.add(
        rule(
            "MATURITY stage",
            rules,
            f -> application(f).getRole().isProductRole(),
            f ->
                tally(f).maturity =
                    requireNonNull(
                        edition
                            .getMaturity()
                            .getStages()
                            .get(application(f).getStage().orElseThrow()))));
    rules.add(
        rule(
            "MATURITY operating service",
            rules,
            f -> !application(f).getRole().isProductRole(),
            f -> tally(f).maturity = edition.getMaturity().getOperatingService()));
  }

  private static void horizonAndRole(PolicyEdition edition, List<Rule> rules) {
    // HORIZON: the first band that holds the years, else beyond the bands.
    for (HorizonBand band : edition.getHorizon().getBands()) {
      rules.add(
          rule(
              "HORIZON band up to " + band.getUpToYears(),
              rules,
              f ->
                  tally(f).horizon == UNSET
                      && application(f).getYearsToIndustrialization() <= band.getUpToYears(),
              f -> tally(f).horizon = band.getPoints()));
    }
    rules.add(
        rule(
            "HORIZON beyond the bands",
            rules,
            f -> tally(f).horizon == UNSET,
            f -> tally(f).horizon = edition.getHorizon().getBeyond()));

    // ROLE.
    rules.add(
        rule(
            "ROLE",
            rules,
            f -> true,
            f ->
                tally(f).role =
                    requireNonNull(edition.getRole().getRoles().get(application(f).getRole()))));
  }

  private static void gatesAndTier(PolicyEdition edition, Set<Sector> focus, List<Rule> rules) {
    // Gates.
    rules.add(
        rule(
            "SCOPE gate fails",
            rules,
            f ->
                !anyOf(application(f).getSectors(), focus)
                    && !application(f).getSectors().contains(Sector.OTHER_REGENERATIVE),
            f -> tally(f).gateFailed = true));
    rules.add(
        rule(
            "HORIZON gate fails",
            rules,
            f -> application(f).getYearsToIndustrialization() > edition.getHorizonLimit(),
            f -> tally(f).gateFailed = true));

    // Tier: the first rule that applies.
    rules.add(
        rule(
            "TIER gate failed",
            rules,
            f -> tally(f).tier == null && tally(f).gateFailed,
            f -> tally(f).tier = Tier.INELIGIBLE));
    rules.add(
        rule(
            "TIER priority milestone",
            rules,
            f ->
                tally(f).tier == null
                    && application(f).getRole().isProductRole()
                    && application(f)
                        .getStage()
                        .orElseThrow()
                        .isAtLeast(edition.getPriorityMilestone()),
            f -> tally(f).tier = Tier.PRIORITY));
    rules.add(
        rule(
            "TIER score at threshold",
            rules,
            f -> tally(f).tier == null && tally(f).score() >= edition.getEligibilityThreshold(),
            f -> tally(f).tier = Tier.ELIGIBLE));
    rules.add(
        rule(
            "TIER score below threshold",
            rules,
            f -> tally(f).tier == null,
            f -> tally(f).tier = Tier.RESERVE));
  }

  /** A rule whose priority follows those already listed, so rules fire in the order written. */
  private static Rule rule(String name, List<Rule> before, Condition when, Action then) {
    return new RuleBuilder().name(name).priority(before.size()).when(when).then(then).build();
  }

  private static Application application(Facts facts) {
    return facts.get(APPLICATION);
  }

  private static Tally tally(Facts facts) {
    return facts.get(TALLY);
  }

  private static boolean anyOf(Set<Sector> sectors, Set<Sector> wanted) {
    return !Collections.disjoint(sectors, wanted);
  }

  /** What the rules have found so far about one application. */
  private static final class Tally {
    int sectorFit = UNSET;
    int maturity = UNSET;
    int horizon = UNSET;
    int role = UNSET;
    boolean gateFailed;
    @Nullable Tier tier;

    int score() {
      return sectorFit + maturity + horizon + role;
    }
  }
}
