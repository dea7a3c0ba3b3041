package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * The outcome of recording a decision: the record as stored, or the problems that kept it from
 * being stored (then nothing was stored), never both.
 *
 * @param record the record, empty when there are problems
 * @param problems why nothing was stored, empty when the record is there
 */
public record Recorded(Optional<DecisionRecord> record, ImmutableList<Problem> problems) {

  /** Checks that exactly one of record and problems is given. */
  public Recorded {
    if (record.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("give a record or problems, not both or neither");
    }
  }

  static Recorded of(DecisionRecord record) {
    return new Recorded(Optional.of(record), ImmutableList.of());
  }

  static Recorded refused(Problem problem) {
    return new Recorded(Optional.empty(), ImmutableList.of(problem));
  }
}
