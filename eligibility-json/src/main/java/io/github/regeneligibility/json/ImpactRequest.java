package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.PolicyEdition;
import java.util.Optional;

/**
 * The outcome of reading a request for the impact of moving from one policy edition to another: the
 * two editions and the optional cohort, or every problem with the request at once. A cohort's
 * members that are not valid applications are not problems of the request: they are listed in
 * {@link #invalid()} and left out of the cohort, so that the rest can still be analysed.
 *
 * @param from the edition moved from; present unless there are problems
 * @param to the edition moved to; present unless there are problems
 * @param cohort the cohort's valid applications, in order; empty when no cohort was given
 * @param invalid the cohort's members that are not valid applications, by position
 * @param problems every problem with the request; empty when it can be analysed
 */
public record ImpactRequest(
    Optional<PolicyEdition> from,
    Optional<PolicyEdition> to,
    Optional<ImmutableList<Application>> cohort,
    ImmutableList<EligibilityJson.InvalidMember> invalid,
    ImmutableList<Problem> problems) {

  /** Checks that the editions are present exactly when there are no problems. */
  public ImpactRequest {
    if ((from.isPresent() && to.isPresent()) == !problems.isEmpty()) {
      throw new IllegalArgumentException("give both editions or problems, not both or neither");
    }
  }

  /** Returns whether the request can be analysed: both editions read, no problem. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
