package io.github.regeneligibility.records;

import io.github.regeneligibility.model.Application;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A decision to record: the application as received and as validated, what the officer decided and
 * why, the day to assess it on, and the record it corrects, if any.
 *
 * @param received the application as received: the request's JSON text of it
 * @param application the application as validated
 * @param disposition what the officer decided
 * @param note why; required when the disposition is not the tier's own ({@link
 *     Disposition#ofTier}), at most {@value #MAX_NOTE_LENGTH} characters
 * @param on the day to assess the application on, in Asia/Shanghai: the edition in force that day
 *     is recorded
 * @param supersedes the id of the record this one corrects
 * @param recordedBy the name of the user who records it
 * @param requestId the id of the request that records it, for tracing
 */
public record Decision(
    String received,
    Application application,
    Disposition disposition,
    Optional<String> note,
    LocalDate on,
    Optional<String> supersedes,
    String recordedBy,
    String requestId) {

  /** The longest note accepted, in characters. */
  public static final int MAX_NOTE_LENGTH = 2000;

  /** The longest text of the application as received that is kept, in characters. */
  public static final int MAX_RECEIVED_LENGTH = 64 * 1024;

  /** Checks the lengths that are a caller's bug rather than bad input. */
  public Decision {
    if (received.length() > MAX_RECEIVED_LENGTH) {
      throw new IllegalArgumentException(
          "the application as received has "
              + received.length()
              + " characters, more than "
              + MAX_RECEIVED_LENGTH);
    }
    if (recordedBy.isEmpty() || requestId.isEmpty()) {
      throw new IllegalArgumentException("a decision names who records it and the request");
    }
  }
}
