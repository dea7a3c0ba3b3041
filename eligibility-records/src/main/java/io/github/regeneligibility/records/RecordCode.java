package io.github.regeneligibility.records;

import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Texts;

/**
 * The codes of problems with a decision to record, a search of the records, or a change to the
 * users and tokens. Texts in {@code problems_<locale>.properties} beside this enum.
 */
public enum RecordCode implements ProblemCode {
  /** A disposition other than the tier's own was given without a note saying why. */
  NOTE_REQUIRED,
  /** A property that the request must hold is missing (or null). */
  FIELD_REQUIRED,
  /** The note is longer than {@value Decision#MAX_NOTE_LENGTH} characters. */
  NOTE_TOO_LONG,
  /** The record to supersede does not exist. */
  SUPERSEDED_UNKNOWN,
  /** The record to supersede has already been superseded by another. */
  ALREADY_SUPERSEDED,
  /** A search's limit is not between 1 and {@value RecordQuery#MAX_LIMIT}. */
  LIMIT_OUT_OF_RANGE,
  /** A search's cursor is not one that a page of results handed out. */
  CURSOR_INVALID,
  /** A search's first day is after its last day. */
  PERIOD_REVERSED,
  /** A search's text is longer than {@value RecordQuery#MAX_TEXT_LENGTH} characters. */
  SEARCH_TEXT_TOO_LONG,
  /** A user or token name is empty, too long, or holds other characters than the allowed ones. */
  NAME_INVALID,
  /** A user or token of that name exists already. */
  NAME_TAKEN,
  /** No user of that name exists. */
  USER_UNKNOWN,
  /** No token of that name exists. */
  TOKEN_UNKNOWN,
  /** A password is shorter than {@value Accounts#MIN_PASSWORD_LENGTH} characters. */
  PASSWORD_TOO_SHORT,
  /** A password is longer than {@value Accounts#MAX_PASSWORD_LENGTH} characters. */
  PASSWORD_TOO_LONG;

  private final Template template;

  RecordCode() {
    this.template = Template.of(Texts.wording(this, "problems"));
  }

  @Override
  public Template template() {
    return template;
  }
}
