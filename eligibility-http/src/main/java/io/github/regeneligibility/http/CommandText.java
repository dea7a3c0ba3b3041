package io.github.regeneligibility.http;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.util.Locale;

/**
 * The texts of the command-line tools' output, each in English and in Simplified Chinese, read from
 * {@code command_<locale>.properties}: the one place they are written. The tools print both, the
 * English first, as {@link #both} writes them.
 */
enum CommandText {
  APPLICATIONS,
  TRANSITION_MATRIX,
  TOTAL,
  SCORE_CHANGES,
  LARGEST_MOVEMENTS,
  NO_MOVEMENT,
  BY_ROLE,
  BY_PRIMARY_SECTOR,
  BY_STAGE,
  BY_YEARS,
  EXAMPLE,
  SCORE,
  SWEEP_HEADING,
  SWEEP_INTRO,
  THRESHOLD,
  APPLICATIONS_COLUMN,
  SENSITIVITY,
  SENSITIVITY_INTRO,
  PARAMETER,
  VALUE,
  MOVES_NOTHING,
  NOT_VALID_CSV,
  NOT_VALID_WORKBOOK,
  COHORT_NOT_WORKBOOK,
  CANNOT_BE_READ,
  IMPACT_TIME,
  POLICY_IMPACT,
  WHOLE_DOMAIN,
  COHORT,
  NOT_COUNTED,
  SCREEN_CUT,
  SCREEN_FAILED,
  LABELS_FOR_CSV,
  POLICY_VALID,
  POLICY_INVALID;

  private final Text text;

  CommandText() {
    this.text = Texts.wording(this, "command");
  }

  /** Returns this text in {@code language}, its {@code %} places filled with {@code values}. */
  String in(Language language, Object... values) {
    return String.format(Locale.ROOT, text.in(language), values);
  }

  /** Returns this text in English, a slash, then in Chinese, each filled with {@code values}. */
  String both(Object... values) {
    return in(Language.ENGLISH, values) + " / " + in(Language.CHINESE, values);
  }
}
