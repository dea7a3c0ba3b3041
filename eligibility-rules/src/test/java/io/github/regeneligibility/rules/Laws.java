package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Tier;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Laws 1–6 of the policy as predicates over one application shape (see {@link Shapes}) under one
 * edition. The default edition's tests check them at every shape, the edition tests at a sample of
 * shapes under each generated edition.
 *
 * <p>The gates' outcomes are stated here from the edition's parameters, as the policy words them
 * (some sector is a focus sector or other regenerative medicine; the years are within the limit),
 * so that "a gate fails" is not taken on the engine's word alone.
 */
final class Laws {
  private static final int COUNTEREXAMPLES = 10;

  private final PolicyEdition edition;
  private final Assessor assessor;

  Laws(PolicyEdition edition) {
    this.edition = edition;
    this.assessor = Eligibility.assessor(edition);
  }

  /** Returns the assessment of shape {@code shape}. */
  Assessment assess(int shape) {
    return assessor.assess(Shapes.get(shape));
  }

  /** Returns the assessment of {@code application}. */
  Assessment assess(Application application) {
    return assessor.assess(application);
  }

  /**
   * Returns up to ten of {@code shapes} where {@code law} fails, each as its application with the
   * tier and score it got; empty when the law holds at every one.
   */
  List<String> counterexamples(IntStream shapes, IntPredicate law) {
    return shapes.filter(law.negate()).limit(COUNTEREXAMPLES).mapToObj(this::describe).toList();
  }

  /** Returns laws 1–6 by their sentences, in order. */
  ImmutableMap<String, IntPredicate> all() {
    return ImmutableMap.of(
        "1. The score lies in 0–100 and equals the sum of the criteria's points",
        this::scoreIsTheBoundedSumOfTheCriteria,
        "2. A later stage never lowers the score or the tier",
        this::laterStageNeverLowers,
        "3. Fewer years to industrialisation never lower the score or the tier",
        this::fewerYearsNeverLower,
        "4. Adding a sector (same primary) never lowers the score or the tier",
        this::addedSectorNeverLowers,
        "5. The tier is INELIGIBLE exactly when a gate fails",
        this::ineligibleExactlyWhenAGateFails,
        "6. PRIORITY exactly when the gates pass and a product role is at or past the milestone",
        this::priorityExactlyAtTheMilestone);
  }

  private String describe(int shape) {
    Assessment assessment = assess(shape);
    return Shapes.get(shape) + " -> " + assessment.getTier() + " " + assessment.getScore();
  }

  /**
   * Law 1: the score lies in 0–100 and equals the sum of the criteria's points; no criterion
   * exceeds its maximum (the edition's); the maxima add up to 100.
   */
  boolean scoreIsTheBoundedSumOfTheCriteria(int shape) {
    Assessment assessment = assess(shape);
    int points = 0;
    int maxima = 0;
    for (CriterionResult criterion : assessment.getCriteria()) {
      if (criterion.getPoints() < 0
          || criterion.getPoints() > criterion.getMaxPoints()
          || criterion.getMaxPoints() != editionMaximum(criterion)) {
        return false;
      }
      points += criterion.getPoints();
      maxima += criterion.getMaxPoints();
    }
    int score = assessment.getScore();
    return score >= 0 && score <= 100 && score == points && maxima == 100;
  }

  /** Law 2: a later stage never lowers the score or the tier. */
  boolean laterStageNeverLowers(int shape) {
    int later = Shapes.laterStage(shape);
    return later < 0 || notLower(assess(later), assess(shape));
  }

  /** Law 3: fewer years to industrialisation never lower the score or the tier. */
  boolean fewerYearsNeverLower(int shape) {
    int fewer = Shapes.oneYearFewer(shape);
    return fewer < 0 || notLower(assess(fewer), assess(shape));
  }

  /** Law 4: adding a sector (same primary) never lowers the score or the tier. */
  boolean addedSectorNeverLowers(int shape) {
    Assessment assessment = assess(shape);
    return Shapes.oneMoreSector(shape).allMatch(larger -> notLower(assess(larger), assessment));
  }

  /**
   * Law 5: the tier is {@code INELIGIBLE} exactly when a gate fails, and each gate fails exactly
   * when the policy says.
   */
  boolean ineligibleExactlyWhenAGateFails(int shape) {
    Application application = Shapes.get(shape);
    Assessment assessment = assess(shape);
    boolean scope = inScope(application);
    boolean horizon = withinHorizon(application);
    return assessment.getScopeGate().isPassed() == scope
        && assessment.getHorizonGate().isPassed() == horizon
        && (assessment.getTier() == Tier.INELIGIBLE) == !(scope && horizon);
  }

  /**
   * Law 6: the tier is {@code PRIORITY} exactly when the gates pass and a product role is at or
   * past the priority milestone.
   */
  boolean priorityExactlyAtTheMilestone(int shape) {
    Application application = Shapes.get(shape);
    boolean milestone =
        application.getRole().isProductRole()
            && application.getStage().orElseThrow().isAtLeast(edition.getPriorityMilestone());
    boolean priority = inScope(application) && withinHorizon(application) && milestone;
    return (assess(shape).getTier() == Tier.PRIORITY) == priority;
  }

  private boolean inScope(Application application) {
    for (Sector sector : application.getSectors()) {
      if (edition.getFocusSectors().contains(sector) || sector == Sector.OTHER_REGENERATIVE) {
        return true;
      }
    }
    return false;
  }

  private boolean withinHorizon(Application application) {
    return application.getYearsToIndustrialization() <= edition.getHorizonLimit();
  }

  private int editionMaximum(CriterionResult criterion) {
    return switch (criterion.getCriterion()) {
      case SECTOR_FIT -> edition.getSectorFit().getMaxPoints();
      case MATURITY -> edition.getMaturity().getMaxPoints();
      case HORIZON -> edition.getHorizon().getMaxPoints();
      case ROLE -> edition.getRole().getMaxPoints();
    };
  }

  private static boolean notLower(Assessment better, Assessment worse) {
    return better.getScore() >= worse.getScore() && better.getTier().isAtLeast(worse.getTier());
  }
}
