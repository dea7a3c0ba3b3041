package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one catalogue of stable problem codes: every problem the library and the service report, from
 * a broken validity rule of an application to a query parameter the service cannot read, carries
 * one of these. Clients may branch on the names. Each code has a message {@link Template} in
 * English and in Simplified Chinese; {@code {path}} stands for where the problem is (a field, a
 * JSON path or a policy parameter), other placeholders for the facts of the problem.
 */
public enum ProblemCode {
  /** {@code id} is missing. */
  ID_REQUIRED("id", "id is required: give the applicant's identifier.", "缺少 id：请填写申请方标识。"),
  /** {@code id} is not 1–64 characters of {@code A-Z a-z 0-9 . _ -}. */
  ID_FORMAT(
      "id",
      "id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.",
      "id 须为 1 至 64 个字符，只能包含 A-Z、a-z、0-9、'.'、'_' 和 '-'。"),
  /** {@code projectName} is missing. */
  PROJECT_NAME_REQUIRED("projectName", "projectName is required.", "缺少 projectName（项目名称）。"),
  /** {@code projectName} is empty or only white space. */
  PROJECT_NAME_BLANK("projectName", "projectName must not be blank.", "projectName（项目名称）不能为空白。"),
  /** {@code projectName} is longer than 200 characters. */
  PROJECT_NAME_LENGTH(
      "projectName",
      "projectName must be at most {max} characters.",
      "projectName（项目名称）最多 {max} 个字符。"),
  /** {@code projectName} contains a control character. */
  PROJECT_NAME_CONTROL_CHARACTER(
      "projectName",
      "projectName must not contain control characters.",
      "projectName（项目名称）不能包含控制字符。"),
  /** {@code applicantName} is missing. */
  APPLICANT_NAME_REQUIRED(
      "applicantName", "applicantName is required.", "缺少 applicantName（申请方名称）。"),
  /** {@code applicantName} is empty or only white space. */
  APPLICANT_NAME_BLANK(
      "applicantName", "applicantName must not be blank.", "applicantName（申请方名称）不能为空白。"),
  /** {@code applicantName} is longer than 200 characters. */
  APPLICANT_NAME_LENGTH(
      "applicantName",
      "applicantName must be at most {max} characters.",
      "applicantName（申请方名称）最多 {max} 个字符。"),
  /** {@code applicantName} contains a control character. */
  APPLICANT_NAME_CONTROL_CHARACTER(
      "applicantName",
      "applicantName must not contain control characters.",
      "applicantName（申请方名称）不能包含控制字符。"),
  /** {@code origin} is missing. */
  ORIGIN_REQUIRED(
      "origin",
      "origin is required: DOMESTIC, FOREIGN or JOINT_VENTURE.",
      "缺少 origin（来源）：DOMESTIC、FOREIGN 或 JOINT_VENTURE。"),
  /** {@code role} is missing. */
  ROLE_REQUIRED(
      "role",
      "role is required: INNOVATOR, MANUFACTURER, SERVICE_PROVIDER or SUPPLY_CHAIN.",
      "缺少 role（角色）：INNOVATOR、MANUFACTURER、SERVICE_PROVIDER 或 SUPPLY_CHAIN。"),
  /** {@code sectors} is empty or lists more than seven sectors. */
  SECTORS_COUNT(
      "sectors", "sectors must list 1 to {max} sectors.", "sectors（领域）须列出 1 至 {max} 个领域。"),
  /** {@code sectors} lists a sector twice. */
  SECTORS_DUPLICATE(
      "sectors", "sectors must not list a sector more than once.", "sectors（领域）中不能重复列出同一领域。"),
  /** {@code primarySector} is missing. */
  PRIMARY_SECTOR_REQUIRED("primarySector", "primarySector is required.", "缺少 primarySector（主领域）。"),
  /** {@code primarySector} is not among {@code sectors}. */
  PRIMARY_SECTOR_NOT_IN_SECTORS(
      "primarySector",
      "primarySector must be one of sectors: add it to sectors or choose another.",
      "primarySector（主领域）必须是 sectors 之一：请将其加入 sectors 或另选主领域。"),
  /** A product role gave no {@code pathway}. */
  PATHWAY_REQUIRED(
      "pathway",
      "pathway is required for the INNOVATOR and MANUFACTURER roles.",
      "INNOVATOR 和 MANUFACTURER 角色必须填写 pathway（注册路径）。"),
  /** A service or supply-chain role gave a {@code pathway}. */
  PATHWAY_NOT_ALLOWED(
      "pathway",
      "pathway must be omitted for the SERVICE_PROVIDER and SUPPLY_CHAIN roles.",
      "SERVICE_PROVIDER 和 SUPPLY_CHAIN 角色不应填写 pathway（注册路径）。"),
  /** A product role gave no {@code stage}. */
  STAGE_REQUIRED(
      "stage",
      "stage is required for the INNOVATOR and MANUFACTURER roles.",
      "INNOVATOR 和 MANUFACTURER 角色必须填写 stage（研发阶段）。"),
  /** A service or supply-chain role gave a {@code stage}. */
  STAGE_NOT_ALLOWED(
      "stage",
      "stage must be omitted for the SERVICE_PROVIDER and SUPPLY_CHAIN roles.",
      "SERVICE_PROVIDER 和 SUPPLY_CHAIN 角色不应填写 stage（研发阶段）。"),
  /** On the clinical-research pathway the stage is past {@link Stage#CLINICAL_TRIAL_EARLY}. */
  STAGE_BEYOND_RESEARCH_TRACK(
      "stage",
      "stage must be at most CLINICAL_TRIAL_EARLY on the CLINICAL_RESEARCH pathway: later results"
          + " go on the DRUG pathway.",
      "CLINICAL_RESEARCH 路径下 stage（研发阶段）最多为 CLINICAL_TRIAL_EARLY：后续成果应走 DRUG 路径。"),
  /** {@code yearsToIndustrialization} is missing. */
  YEARS_REQUIRED(
      "yearsToIndustrialization",
      "yearsToIndustrialization is required.",
      "缺少 yearsToIndustrialization（距产业化年数）。"),
  /** {@code yearsToIndustrialization} is not a whole number from 0 to 50. */
  YEARS_RANGE(
      "yearsToIndustrialization",
      "yearsToIndustrialization must be a whole number from 0 to 50.",
      "yearsToIndustrialization（距产业化年数）须为 0 至 50 的整数。"),

  /** The input is not well-formed JSON. */
  MALFORMED_JSON(
      Area.FORMAT, "The body is not well-formed JSON: {detail}.", "请求体不是格式正确的 JSON：{detail}。"),
  /** The input is not well-formed CSV (RFC 4180), e.g. a quote that is never closed. */
  MALFORMED_CSV(
      Area.FORMAT, "The body is not well-formed CSV: {detail}.", "请求体不是格式正确的 CSV：{detail}。"),
  /** The input is not valid UTF-8 text. */
  NOT_UTF8(
      Area.FORMAT,
      "The body is not valid UTF-8 from here on, and was not read further: save the file as UTF-8"
          + " and send it again.",
      "请求体自此处起不是有效的 UTF-8，其余部分未读取：请将文件另存为 UTF-8 后重新发送。"),
  /** The input is in another encoding than UTF-8, told by its byte-order mark or its zero bytes. */
  UNSUPPORTED_ENCODING(
      Area.FORMAT,
      "The body is encoded in {encoding}, not UTF-8: save it as UTF-8 (with or without a byte-order"
          + " mark) and send it again.",
      "请求体的编码是 {encoding}，不是 UTF-8：请另存为 UTF-8（带或不带字节顺序标记）后重新发送。"),
  /** The input holds a byte sequence that is not UTF-8; nothing of it was read. */
  INVALID_UTF8(
      Area.FORMAT,
      "The body is not valid UTF-8 at byte offset {offset}: save it as UTF-8 and send it again.",
      "请求体在字节偏移 {offset} 处不是有效的 UTF-8：请另存为 UTF-8 后重新发送。"),
  /** An array holds more elements than its maximum; those past the maximum were not read. */
  TOO_MANY_ELEMENTS(
      Area.FORMAT,
      "{path} holds {count} elements: at most {max} are allowed, and those past the {max}th were"
          + " not read.",
      "{path} 含有 {count} 个元素：最多允许 {max} 个，第 {max} 个之后的元素未读取。"),
  /** The input exceeds a documented limit (nesting depth, string, number or line length). */
  LIMIT_EXCEEDED(Area.FORMAT, "The body exceeds a limit: {limit}.", "请求体超出限制：{limit}。"),
  /** The document or a nested value is not a JSON object. */
  NOT_AN_OBJECT(Area.FORMAT, "{path} must be a JSON object.", "{path} 必须是 JSON 对象。"),
  /** A property (or a CSV column) is not part of the format. */
  UNKNOWN_PROPERTY(
      Area.FORMAT,
      "{path} is not a known property: check its spelling (unknown properties are refused).",
      "{path} 不是已知属性：请检查拼写（不接受未知属性）。"),
  /** A property is given twice in one object. */
  DUPLICATE_PROPERTY(Area.FORMAT, "{path} is given more than once.", "{path} 重复出现。"),
  /** A required property of a policy file, or a column of a CSV header, is missing. */
  MISSING_PROPERTY(Area.FORMAT, "{path} is required.", "缺少 {path}。"),
  /** A value has the wrong type (e.g. a string where a whole number belongs). */
  WRONG_TYPE(Area.FORMAT, "{path} must be {expected}.", "{path} 必须是{expected}。"),
  /** A name is not one of the allowed values. */
  UNKNOWN_VALUE(
      Area.FORMAT,
      "{path} must be one of {allowed}, not {value}.",
      "{path} 必须是 {allowed} 之一，而不是 {value}。"),
  /** A CSV record has another number of cells than the header has columns. */
  CELL_COUNT(
      Area.FORMAT,
      "The record has {cells} cells where the header has {columns}: check for a missing or extra"
          + " comma, or quote a cell that holds one.",
      "该记录有 {cells} 个单元格，而表头有 {columns} 列：请检查是否缺少或多出逗号，或给含逗号的单元格加引号。"),

  /** An edition's id or version is not made of the allowed characters. */
  POLICY_NAME_FORMAT(
      Area.POLICY,
      "{path} must be 1 to {max} characters of A-Z, a-z, 0-9, '.', '_' and '-', not '{value}'",
      "{path} 须为 1 至 {max} 个 A-Z、a-z、0-9、'.'、'_'、'-' 字符，而非 '{value}'"),
  /** The focus sectors are empty or name a sector that is not one of the five named ones. */
  POLICY_FOCUS_SECTORS(
      Area.POLICY,
      "{path} must be one or more of {allowed}, not {value}",
      "{path} 须为 {allowed} 中的一个或多个，而非 {value}"),
  /** A number lies outside the bounds of its parameter. */
  POLICY_OUT_OF_RANGE(
      Area.POLICY,
      "{path} must be from {min} to {max}, not {value}",
      "{path} 须为 {min} 至 {max}，而非 {value}"),
  /** A later stage would score less than an earlier one. */
  POLICY_STAGE_POINTS_FALL(
      Area.POLICY,
      "{path} {value} is below the {previous} points of the earlier stage {stage}: a later stage"
          + " must never score less",
      "{path} {value} 低于前一阶段 {stage} 的 {previous} 分：后续阶段得分不得更低"),
  /** A horizon band's last year does not lie after the previous band's. */
  POLICY_BAND_ORDER(
      Area.POLICY,
      "{path} {value} must be above the previous band's {previous} and at most {max}",
      "{path} {value} 须大于上一档的 {previous} 且不超过 {max}"),
  /** More years to industrialisation would score more. */
  POLICY_HORIZON_POINTS_RISE(
      Area.POLICY,
      "{path} {value} is above the {previous} points of the band before: more years must never"
          + " score more",
      "{path} {value} 高于前一档的 {previous} 分：年数更多不得得分更高"),
  /** The horizon criterion has no band. */
  POLICY_NO_BANDS(Area.POLICY, "{path} must hold at least one band", "{path} 至少须有一个档位"),
  /** Adding a sector could lower the sector-fit points. */
  POLICY_SECTOR_FIT_ORDER(
      Area.POLICY,
      "{path} {value} is above {higher} ({higherPoints}): adding a sector must never lower the"
          + " points",
      "{path} {value} 高于 {higher}（{higherPoints} 分）：增加领域不得降低得分"),
  /** The maxima of the criteria do not add up to 100. */
  POLICY_MAXIMA_SUM(
      Area.POLICY,
      "{path} add up to {sum}: the maxima of the criteria must add up to 100",
      "{path} 合计为 {sum}：各项标准的满分之和须为 100"),

  /** A policy file, or the directory of policy files, cannot be read. */
  POLICY_FILE_UNREADABLE(Area.EDITIONS, "The file cannot be read: {reason}.", "无法读取该文件：{reason}。"),
  /** A policy file is larger than a policy file can be. */
  POLICY_FILE_TOO_LARGE(
      Area.EDITIONS,
      "The file has {size} bytes: a policy file has at most {limit}.",
      "该文件有 {size} 字节：政策文件最多 {limit} 字节。"),
  /** A directory of policy files holds no {@code *.json} file. */
  NO_POLICY_FILES(
      Area.EDITIONS,
      "{directory} holds no policy file: add one edition per *.json file.",
      "{directory} 中没有政策文件：请每个 *.json 文件放一个版本。"),
  /** Two editions of a set take effect on the same date. */
  EDITION_DATE_TAKEN(
      Area.EDITIONS,
      "{path} {date} is also the effective date of the edition in {other}: give each edition its"
          + " own date.",
      "{path} {date} 也是 {other} 中版本的生效日期：每个版本须有各自的生效日期。"),
  /** No edition of a set is in force today. */
  NO_EDITION_TODAY(
      Area.EDITIONS,
      "No edition is in force today ({date}): the earliest takes effect on {earliest}; add an"
          + " edition in force today.",
      "今天（{date}）没有生效的版本：最早的版本自 {earliest} 起生效；请加入今天生效的版本。"),

  /** A query parameter is not a date. */
  INVALID_DATE(
      Area.REQUEST,
      "{path} must be a date in the form YYYY-MM-DD, not \"{value}\".",
      "{path} 必须是 YYYY-MM-DD 格式的日期，而不是 \"{value}\"。"),
  /** A query parameter that the route does not take. */
  UNKNOWN_PARAMETER(
      Area.REQUEST,
      "{path} is not a query parameter of {route}, which takes {allowed}.",
      "{path} 不是 {route} 的查询参数；{route} 接受的查询参数：{allowed}。"),
  /** A query parameter is given more than once. */
  REPEATED_PARAMETER(
      Area.REQUEST,
      "{path} is given more than once: give each query parameter once.",
      "{path} 出现了多次：每个查询参数只能给出一次。"),
  /** A query parameter's name or value is not percent-encoded UTF-8. */
  UNDECODABLE_PARAMETER(
      Area.REQUEST,
      "{path} cannot be decoded: escape characters as %XX (two hexadecimal digits) of UTF-8"
          + " bytes.",
      "{path} 无法解码：字符须按 UTF-8 字节以 %XX（两位十六进制数字）转义。"),
  /** The page's language is not one it is written in, or is given more than once. */
  INVALID_LANGUAGE(
      Area.REQUEST, "{path} must be given once, as en or zh.", "{path} 只能给出一次，取值为 en 或 zh。"),
  /** No edition is in force on the date asked for. */
  NO_EDITION_IN_FORCE(
      Area.REQUEST,
      "No policy edition is in force on {date}: the earliest takes effect on {earliest}; give a"
          + " date on or after it.",
      "{date} 没有生效的政策版本：最早的版本自 {earliest} 起生效，请给出该日或之后的日期。"),
  /** An edition of an impact request is missing or is not an object. */
  EDITION_REQUIRED(
      Area.REQUEST,
      "{path} is required: an edition in the policy-file format, or the id and version of a"
          + " served edition.",
      "缺少 {path}：请给出政策文件格式的版本，或已提供版本的 id 和 version。"),
  /** An edition of an impact request names an edition the service does not serve. */
  EDITION_NOT_SERVED(
      Area.REQUEST,
      "{path} names {id} {version}, which is not served: see GET /v1/policy/editions.",
      "{path} 指定的 {id} {version} 不是已提供的版本：请查看 GET /v1/policy/editions。"),
  /** The cohort of an impact request holds more applications than one analysis takes. */
  COHORT_TOO_LARGE(
      Area.REQUEST,
      "{path} holds {size} applications: at most {max} are analysed at once.",
      "{path} 含有 {size} 个申请：一次最多分析 {max} 个。");

  /** What a code is about; the catalogue lists the codes by area. */
  public enum Area {
    /** A validity rule of an application ({@link ApplicationForm}). */
    APPLICATION,
    /** Input that does not fit the JSON or CSV format. */
    FORMAT,
    /** A policy edition that breaks a promise of the policy. */
    POLICY,
    /** A set of policy editions that cannot be served together. */
    EDITIONS,
    /** A request to the service that it cannot take. */
    REQUEST
  }

  /** The prefix of the jakarta constraint message that carries a code: {@code {regen.CODE}}. */
  static final String CONSTRAINT_PREFIX = "{regen.";

  private final Area area;
  private final @Nullable String field;
  private final Template template;

  ProblemCode(String field, String english, String chinese) {
    this.area = Area.APPLICATION;
    this.field = field;
    this.template = Template.of(english, chinese);
  }

  ProblemCode(Area area, String english, String chinese) {
    this.area = area;
    this.field = null;
    this.template = Template.of(english, chinese);
  }

  /** Returns what this code is about. */
  public Area area() {
    return area;
  }

  /** Returns the application field a validity rule is about, as on the wire; else empty. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Returns the message template. */
  public Template template() {
    return template;
  }

  /** Returns the jakarta constraint message of this code, e.g. {@code {regen.ID_FORMAT}}. */
  String constraintMessage() {
    return CONSTRAINT_PREFIX + name() + "}";
  }

  /** Reports a violation of this rule on its field, from a class-level constraint validator. */
  void report(ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(constraintMessage())
        .addPropertyNode(field().orElseThrow())
        .addConstraintViolation();
  }
}
