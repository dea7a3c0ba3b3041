package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Tier;

/**
 * The part of an assessment that every engine in the comparison produces: the tier and the score.
 *
 * @param tier the tier
 * @param score the score, 0–100
 */
public record Verdict(Tier tier, int score) {

  /** Returns the tier and score of {@code assessment}. */
  static Verdict of(Assessment assessment) {
    return new Verdict(assessment.getTier(), assessment.getScore());
  }
}
