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
  MEANING_PRIORITY,

  NETWORK_FAILED,
  ANSWER_UNREADABLE,
  ASSESSED_ANNOUNCE,
  SEPARATOR,
  LIST_SEPARATOR,
  SHARE,
  INPUTS,
  WHAT_IF,
  WHAT_IF_NOTE,
  SUBMITTED_VALUE,
  UNDO,
  SCORING_HEADING,
  SCORING_LOADING,
  SCORING_FAILED,
  SCORING_EDITION,
  SCORING_CONDITION,
  SCORING_POINTS,
  SCORING_MAX,
  SCORING_PRIMARY_FOCUS,
  SCORING_SECONDARY_FOCUS,
  SCORING_OTHER_REGENERATIVE,
  SCORING_NO_SECTOR,
  SCORING_STAGE,
  SCORING_OPERATING_SERVICE,
  SCORING_BAND,
  SCORING_BEYOND,
  SCORING_ROLE,
  SCORING_FOCUS_SECTORS,
  SCORING_HORIZON_LIMIT,
  SCORING_MILESTONE,
  SCORING_THRESHOLD,
  POLICY_LINK,
  HELP_ROLES,
  HELP_STAGES,
  HELP_PATHWAYS,
  HELP_ROLE_MANUFACTURER,
  HELP_ROLE_INNOVATOR,
  HELP_ROLE_SERVICE_PROVIDER,
  HELP_ROLE_SUPPLY_CHAIN,
  HELP_STAGE_DISCOVERY,
  HELP_STAGE_PRECLINICAL,
  HELP_STAGE_CLINICAL_APPLICATION,
  HELP_STAGE_CLINICAL_APPROVED,
  HELP_STAGE_CLINICAL_TRIAL_EARLY,
  HELP_STAGE_CLINICAL_TRIAL_PIVOTAL,
  HELP_STAGE_MARKETING_APPLICATION,
  HELP_STAGE_MARKETING_APPROVED,
  HELP_STAGE_MARKETED,
  HELP_PATHWAY_DRUG,
  HELP_PATHWAY_DEVICE,
  HELP_PATHWAY_CLINICAL_RESEARCH;

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
