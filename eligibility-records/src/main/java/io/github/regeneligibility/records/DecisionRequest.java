package io.github.regeneligibility.records;

import io.github.regeneligibility.model.Application;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request to record a decision, as read from {@code POST /v1/decisions}: what the caller sends,
 * before the service adds who records it, the request's id and the day when none is given.
 *
 * @param received the application as received (its JSON text)
 * @param application the application as validated
 * @param disposition what the officer decided
 * @param note why, if given
 * @param on the day to assess on, if given
 * @param supersedes the id of the record this one corrects, if given
 */
public record DecisionRequest(
    String received,
    Application application,
    Disposition disposition,
    Optional<String> note,
    Optional<LocalDate> on,
    Optional<String> supersedes) {

  /** Returns the decision of this request, recorded by {@code user} on {@code today} if no day. */
  public Decision decision(LocalDate today, String user, String requestId) {
    return new Decision(
        received, application, disposition, note, on.orElse(today), supersedes, user, requestId);
  }
}
