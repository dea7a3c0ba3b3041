package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The check that the peer engines implement the same policy as this one: on every application of a
 * corpus, all three give the same tier and score. A comparison of speed means nothing without it,
 * so the benchmark runs it before timing and a test runs it on every build.
 */
final class PeerAgreement {
  private static final int SHOWN = 5;

  private PeerAgreement() {}

  /**
   * Checks that {@code easyRules} and {@code drools} agree with {@code assessor} on every one of
   * {@code corpus}, and that the corpus reaches every tier.
   *
   * @throws IllegalStateException naming the count of disagreements and the first few
   */
  static void check(
      List<Application> corpus, Assessor assessor, EasyRulesPolicy easyRules, DroolsPolicy drools) {
    List<String> disagreements = new ArrayList<>();
    EnumSet<Tier> tiers = EnumSet.noneOf(Tier.class);
    for (Application application : corpus) {
      Verdict expected = Verdict.of(assessor.assess(application));
      Verdict byEasyRules = easyRules.assess(application);
      Verdict byDrools = drools.assess(application);
      tiers.add(expected.tier());
      if (!expected.equals(byEasyRules) || !expected.equals(byDrools)) {
        disagreements.add(
            String.format(
                Locale.ROOT,
                "%s: this engine %s, Easy Rules %s, Drools %s",
                application,
                expected,
                byEasyRules,
                byDrools));
      }
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "the peer engines disagree with this one on %d of %d applications; fix the peer"
                  + " rules before timing them. First disagreements:%n  %s",
              disagreements.size(),
              corpus.size(),
              String.join(
                  System.lineSeparator() + "  ",
                  disagreements.subList(0, Math.min(SHOWN, disagreements.size())))));
    }
    if (!tiers.equals(EnumSet.allOf(Tier.class))) {
      throw new IllegalStateException(
          "the agreement corpus reaches only the tiers " + tiers + ": it must reach every tier");
    }
  }
}
