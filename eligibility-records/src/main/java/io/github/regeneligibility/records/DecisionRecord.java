package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A decision as it was recorded, never changed afterwards: the application as received and as
 * validated, the assessment and the edition it was made under (whose policy file is kept by its
 * SHA-256, so that it can be replayed), what was decided and why, by whom and when.
 *
 * @param id the record's id
 * @param requestId the id of the request that recorded it
 * @param recordedAt when it was recorded (UTC), to the millisecond
 * @param recordedBy the name of the user who recorded it
 * @param received the application as received (JSON text)
 * @param application the application as validated
 * @param on the day it was assessed on, in Asia/Shanghai
 * @param policy the edition it was assessed under
 * @param policySha256 the SHA-256 (hex) of the edition's policy file, as kept
 * @param assessment the assessment as answered, a JSON document in each language
 * @param outcome what the assessment decided, without its messages
 * @param disposition what the officer decided
 * @param note why, when given
 * @param supersedes the record this one corrects
 * @param supersededBy the record that corrects this one
 */
public record DecisionRecord(
    String id,
    String requestId,
    Instant recordedAt,
    String recordedBy,
    String received,
    Application application,
    LocalDate on,
    PolicyReference policy,
    String policySha256,
    ImmutableMap<Language, String> assessment,
    Outcome outcome,
    Disposition disposition,
    Optional<String> note,
    Optional<String> supersedes,
    Optional<String> supersededBy) {

  /** Checks that the assessment is there in every language. */
  public DecisionRecord {
    if (assessment.size() != Language.values().length) {
      throw new IllegalArgumentException(
          "a record holds the assessment in every language, not " + assessment.keySet());
    }
  }

  /** Returns the assessment as answered, a JSON document with messages in {@code language}. */
  public String assessment(Language language) {
    String json = assessment.get(language);
    if (json == null) {
      throw new AssertionError("checked when made: every language is there");
    }
    return json;
  }
}
