package io.github.regeneligibility.http.routes;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import io.github.regeneligibility.model.Tier;

/**
 * Every text of the page for people, each a {@link Text} in English and in Simplified Chinese: the
 * one place they are written. The server renders the page's HTML in the chosen language from these,
 * and hands the page's script the ones it shows later in a JSON block of the same page, so that the
 * script holds no text of its own. Labels of the vocabulary (sectors, roles, stages, tiers…) come
 * from the model, not from here.
 */
enum PageText {
  TITLE,
  INTRO,
  LANGUAGE,
  COLON,
  API_LINK,

  CHECK_HEADING,
  APPLICANT_GROUP,
  FIELD_ID,
  FIELD_ID_HINT,
  FIELD_PROJECT_NAME,
  FIELD_APPLICANT_NAME,
  FIELD_ORIGIN,
  FIELD_ROLE,
  SECTORS_GROUP,
  FIELD_PRIMARY_SECTOR,
  PRODUCT_GROUP,
  PRODUCT_HINT,
  FIELD_PATHWAY,
  FIELD_STAGE,
  FIELD_YEARS,
  FIELD_ON,
  FIELD_ON_HINT,
  CHOOSE,
  SUBMIT,
  ASSESSING,

  RESULT_HEADING,
  TIER,
  SCORE,
  OF_100,
  CRITERIA,
  CRITERION,
  POINTS,
  REASON,
  GATES,
  PASSED,
  FAILED,
  WHY_TIER,
  EDITION,
  EFFECTIVE_FROM,
  ASSESSED_ON,
  TODAY,
  PRINTED_ON,
  IMPROVEMENTS,
  IMPROVEMENTS_NONE,
  APPLY,
  PRINT,
  INVALID,
  SERVICE_FAILED,

  SCREEN_HEADING,
  SCREEN_INTRO,
  ENCODING_NOTE,
  WORKBOOK_NOTE,
  TEMPLATE_LINK,
  FIELD_FILE,
  SCREENING,
  READ_AS_UTF8,
  READ_AS_GB18030,
  READ_AS_WORKBOOK,
  SUMMARY,
  COUNT,
  TOTAL,
  INVALID_RECORDS,
  RESULTS,
  COL_LINE,
  COL_ID,
  COL_PROBLEMS,
  SORT_BY,
  DOWNLOAD,
  DOWNLOAD_XLSX,
  CUT,

  MEANING_INELIGIBLE,
  MEANING_RESERVE,
  MEANING_ELIGIBLE,
  MEANING_PRIORITY;

  private final Text text;

  PageText() {
    this.text = Texts.wording(this, "page");
  }

  /** Returns this text in every language. */
  Text text() {
    return text;
  }

  /** Returns this text in {@code language}. */
  String in(Language language) {
    return text.in(language);
  }

  /** Returns what {@code tier} means for the applicant. */
  static PageText meaning(Tier tier) {
    return switch (tier) {
      case INELIGIBLE -> MEANING_INELIGIBLE;
      case RESERVE -> MEANING_RESERVE;
      case ELIGIBLE -> MEANING_ELIGIBLE;
      case PRIORITY -> MEANING_PRIORITY;
    };
  }
}
