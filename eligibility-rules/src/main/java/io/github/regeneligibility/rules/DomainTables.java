package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import org.jspecify.annotations.Nullable;

/**
 * One edition's rules over the three dimensions of {@link ApplicationDomain}, as flat arrays of
 * numbers: the points and gates of each sector choice, each profile and each year, read from the
 * edition's {@link CompiledAssessor} (the very tables its assessments come from), and its tier
 * rule. {@link #tier} and {@link #score} then cost a few array reads and no allocation, so a sweep
 * of the whole domain takes milliseconds.
 */
final class DomainTables {
  static final int CHOICES = ApplicationDomain.sectorChoices().size();
  static final int PROFILES = ApplicationDomain.profiles().size();
  static final int YEARS = ApplicationDomain.YEARS;
  private static final int SCORES = 101;

  private final PolicyEdition edition;
  private final boolean[] choiceInScope = new boolean[CHOICES];
  private final int[] choicePoints = new int[CHOICES];
  private final boolean[] profilePriority = new boolean[PROFILES];
  private final int[] profilePoints = new int[PROFILES];
  private final boolean[] yearsWithinLimit = new boolean[YEARS];
  private final int[] yearsPoints = new int[YEARS];
  private final boolean[] eligibleAt = new boolean[SCORES];

  DomainTables(PolicyEdition edition) {
    this.edition = edition;
    CompiledAssessor assessor = new CompiledAssessor(edition);
    ImmutableList<ApplicationDomain.SectorChoice> choices = ApplicationDomain.sectorChoices();
    for (int c = 0; c < CHOICES; c++) {
      int mask = ApplicationDomain.sectorMask(c);
      Sector primary = choices.get(c).primary();
      choiceInScope[c] = assessor.scopePasses(mask);
      choicePoints[c] = assessor.sectorFitPoints(mask, primary);
    }
    ImmutableList<ApplicationDomain.Profile> profiles = ApplicationDomain.profiles();
    for (int p = 0; p < PROFILES; p++) {
      Role role = profiles.get(p).role();
      @Nullable Stage stage = profiles.get(p).stage().orElse(null);
      profilePriority[p] = assessor.tier(true, stage, 0) == Tier.PRIORITY;
      profilePoints[p] = assessor.maturityPoints(role, stage) + assessor.rolePoints(role);
    }
    for (int y = 0; y < YEARS; y++) {
      yearsWithinLimit[y] = assessor.horizonPasses(y);
      yearsPoints[y] = assessor.horizonPoints(y);
    }
    for (int score = 0; score < SCORES; score++) {
      eligibleAt[score] = assessor.tier(true, null, score) == Tier.ELIGIBLE;
    }
  }

  PolicyEdition edition() {
    return edition;
  }

  /** Returns the score of the shape with sector choice {@code c}, profile {@code p}, years. */
  int score(int c, int p, int years) {
    return choicePoints[c] + profilePoints[p] + yearsPoints[years];
  }

  /** Returns whether both gates pass. */
  boolean gatesPass(int c, int years) {
    return choiceInScope[c] && yearsWithinLimit[years];
  }

  /** Returns whether a profile is at or past the milestone (PRIORITY when the gates pass). */
  boolean priority(int p) {
    return profilePriority[p];
  }

  /** Returns the ordinal of the tier of the shape (c, p, years) whose score is {@code score}. */
  int tier(int c, int p, int years, int score) {
    if (!gatesPass(c, years)) {
      return INELIGIBLE;
    }
    if (profilePriority[p]) {
      return PRIORITY;
    }
    return eligibleAt[score] ? ELIGIBLE : RESERVE;
  }

  static final int INELIGIBLE = Tier.INELIGIBLE.ordinal();
  static final int RESERVE = Tier.RESERVE.ordinal();
  static final int ELIGIBLE = Tier.ELIGIBLE.ordinal();
  static final int PRIORITY = Tier.PRIORITY.ordinal();
}
