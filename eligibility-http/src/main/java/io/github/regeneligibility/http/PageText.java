package io.github.regeneligibility.http;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Tier;

/**
 * Every text of the page for people, each a {@link Text} in English and in Simplified Chinese: the
 * one place they are written. The server renders the page's HTML in the chosen language from these,
 * and hands the page's script the ones it shows later in a JSON block of the same page, so that the
 * script holds no text of its own. Labels of the vocabulary (sectors, roles, stages, tiers…) come
 * from the model, not from here.
 */
enum PageText {
  TITLE("Intake eligibility check", "入园资格评估"),
  INTRO(
      "Check one application against the park's intake policy, or screen a file of applications."
          + " Every decision comes with its reasons and with what would change it.",
      "按园区入园政策评估单个申请，或批量筛查申请文件。每项结论都附有理由，并说明怎样的改动会改变结论。"),
  LANGUAGE("Language", "语言"),
  COLON(": ", "："),
  API_LINK("API description (OpenAPI)", "接口说明（OpenAPI）"),

  CHECK_HEADING("Check one application", "评估单个申请"),
  APPLICANT_GROUP("Application", "申请信息"),
  FIELD_ID("Application id", "申请编号"),
  FIELD_ID_HINT(
      "Up to 64 letters, digits, dots, underscores and hyphens.", "最多 64 个字母、数字、点、下划线或连字符。"),
  FIELD_PROJECT_NAME("Project name", "项目名称"),
  FIELD_APPLICANT_NAME("Applicant", "申请单位"),
  FIELD_ORIGIN("Origin", "企业来源"),
  FIELD_ROLE("Role", "企业角色"),
  SECTORS_GROUP("Sectors (one or more)", "所属领域（可多选）"),
  FIELD_PRIMARY_SECTOR("Primary sector (one of those checked)", "主领域（须为已勾选的领域之一）"),
  PRODUCT_GROUP("Product", "产品"),
  PRODUCT_HINT(
      "Pathway and stage are for innovators and manufacturers only.",
      "注册路径和研发阶段仅适用于原创研发企业和创新产品生产企业。"),
  FIELD_PATHWAY("Regulatory pathway", "注册路径"),
  FIELD_STAGE("Stage of development", "研发阶段"),
  FIELD_YEARS("Years to industrialisation (0 to 50)", "距产业化年数（0 至 50）"),
  FIELD_ON("Assessment date (optional)", "评估日期（可选）"),
  FIELD_ON_HINT(
      "Assesses under the policy edition in force on that day; empty means today.",
      "按该日生效的政策版本评估；留空即为今天。"),
  CHOOSE("(choose)", "（请选择）"),
  SUBMIT("Assess", "评估"),
  ASSESSING("Assessing…", "正在评估…"),

  RESULT_HEADING("Result", "评估结果"),
  TIER("Tier", "等级"),
  SCORE("Score", "得分"),
  OF_100("of 100", "满分 100"),
  CRITERIA("Points by criterion", "各评分项得分"),
  CRITERION("Criterion", "评分项"),
  POINTS("Points", "得分"),
  REASON("Reason", "理由"),
  GATES("Gates", "准入条件"),
  PASSED("Passed", "通过"),
  FAILED("Failed", "未通过"),
  WHY_TIER("Why this tier", "等级理由"),
  EDITION("Policy edition", "政策版本"),
  EFFECTIVE_FROM("in force from", "生效日期"),
  ASSESSED_ON("Assessment date", "评估日期"),
  TODAY("today", "今天"),
  PRINTED_ON("Printed on", "打印日期"),
  IMPROVEMENTS("What would it take", "如何提升"),
  IMPROVEMENTS_NONE(
      "No single change of stage, years or sectors would lift this tier.",
      "单独改变研发阶段、年限或领域都不能提升该等级。"),
  APPLY("Apply this change and assess again", "应用此改动并重新评估"),
  PRINT("Print or save as PDF", "打印或另存为 PDF"),
  INVALID(
      "The application cannot be assessed. Correct the fields marked below.", "申请无法评估，请更正下方标出的字段。"),
  SERVICE_FAILED("The service could not answer:", "服务无法应答："),

  SCREEN_HEADING("Screen a file", "批量筛查文件"),
  SCREEN_INTRO(
      "A CSV file whose header row names the fields above (id, projectName, applicantName,"
          + " origin, role, sectors, primarySector, pathway, stage, yearsToIndustrialization;"
          + " sectors separated by \";\", an empty cell for an absent value), or an NDJSON file"
          + " with one application per line.",
      "CSV 文件：表头列出上述字段（id、projectName、applicantName、origin、role、sectors、"
          + "primarySector、pathway、stage、yearsToIndustrialization；多个领域以“;”分隔，空单元格表示无此值）；"
          + "或 NDJSON 文件：每行一个申请。"),
  ENCODING_NOTE(
      "Your browser reads the file: as UTF-8, or as GB18030 when it is not valid UTF-8 (as"
          + " spreadsheets saved in Chinese often are), and sends it to the service as UTF-8.",
      "文件由浏览器读取：按 UTF-8 解码；若不是有效的 UTF-8（中文电子表格常见此情况），则按 GB18030 解码，然后以 UTF-8" + " 发送给服务。"),
  FIELD_FILE("File to screen (CSV or NDJSON)", "待筛查文件（CSV 或 NDJSON）"),
  SCREENING("Screening…", "正在筛查…"),
  READ_AS_UTF8("Read as UTF-8.", "已按 UTF-8 读取。"),
  READ_AS_GB18030(
      "The file is not valid UTF-8: it was read as GB18030 and sent as UTF-8.",
      "该文件不是有效的 UTF-8：已按 GB18030 读取，并以 UTF-8 发送。"),
  SUMMARY("Summary by tier", "按等级汇总"),
  COUNT("Records", "记录数"),
  TOTAL("Total", "合计"),
  INVALID_RECORDS("Not assessed (problems)", "未评估（有问题）"),
  RESULTS("Results", "筛查结果"),
  COL_LINE("Record", "记录"),
  COL_ID("Id", "编号"),
  COL_PROBLEMS("Problems", "问题"),
  SORT_BY("Sort by", "排序："),
  DOWNLOAD("Download the results as CSV", "下载结果（CSV）"),
  CUT(
      "The answer broke off before its end: the results shown are incomplete.",
      "应答在结束前中断：所示结果不完整。"),

  MEANING_INELIGIBLE("A gate failed: the park does not take the project in.", "未通过准入条件：园区不引进该项目。"),
  MEANING_RESERVE(
      "A strategic reserve project: in the park's field, taken in after industrialisation projects.",
      "战略储备项目：属于园区领域，在产业化项目之后引进。"),
  MEANING_ELIGIBLE("An industrialisation project: the park's main intake.", "产业化项目：园区的主要引进对象。"),
  MEANING_PRIORITY(
      "A priority introduction: a product at or past clinical research approval.",
      "优先引进：产品已获临床研究批准或处于更后阶段。");

  private final Text text;

  PageText(String english, String chinese) {
    this.text = Text.of(english, chinese);
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
