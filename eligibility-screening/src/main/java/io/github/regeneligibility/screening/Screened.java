package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Assessment;
import java.util.Optional;

/**
 * What became of one record of a screening: its assessment, or the problem document that says why
 * it was not assessed (its problems as {@link ProblemDocument#errors()}, or the failure or the cut
 * input that kept it from being read).
 *
 * @param number the record's number as its answer carries it: the line for NDJSON (blank lines
 *     counted), the data record for CSV (from 1, the header not counted)
 * @param line the line of the input the record starts on, from 1 (for NDJSON, {@code number})
 * @param id the application's id when it was assessed; else the id cell of a CSV record as given
 *     (cut after 64 characters), or empty
 * @param assessment the assessment, when the record is a valid application
 * @param problem why the record was not assessed, when it was not
 */
public record Screened(
    long number,
    long line,
    Optional<String> id,
    Optional<Assessment> assessment,
    Optional<ProblemDocument> problem) {

  /**
   * Checks that exactly one of assessment and problem is given.
   *
   * @throws IllegalArgumentException if both or neither are given
   */
  public Screened {
    if (assessment.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("give an assessment or a problem, not both or neither");
    }
  }

  /** Returns record {@code number}, starting on {@code line}, assessed as {@code assessment}. */
  static Screened assessed(long number, long line, Assessment assessment) {
    return new Screened(
        number,
        line,
        Optional.of(assessment.getApplicationId()),
        Optional.of(assessment),
        Optional.empty());
  }

  /** Returns record {@code number}, starting on {@code line}, refused with {@code problem}. */
  static Screened refused(long number, long line, String id, ProblemDocument problem) {
    return new Screened(
        number,
        line,
        id.isEmpty() ? Optional.empty() : Optional.of(id),
        Optional.empty(),
        Optional.of(problem));
  }

  /** Returns whether the record was assessed. */
  public boolean isAssessed() {
    return assessment.isPresent();
  }
}
