package io.github.regeneligibility.json;

import java.util.Locale;

/**
 * The stable codes of JSON input that does not fit the format, with their messages in English and
 * Simplified Chinese. Arguments: the field, then the code's own (expected form, value, detail);
 * a detail is given in English, then in Chinese.
 */
public enum BindingCode {
  /** The input is not well-formed JSON. */
  MALFORMED_JSON("The body is not well-formed JSON: %2$s.", "请求体不是格式正确的 JSON：%3$s。"),
  /** The input exceeds a documented limit (nesting depth, string or number length). */
  LIMIT_EXCEEDED("The body exceeds a limit: %2$s.", "请求体超出限制：%3$s。"),
  /** The document or a nested value is not a JSON object. */
  NOT_AN_OBJECT("%1$s must be a JSON object.", "%1$s 必须是 JSON 对象。"),
  /** A property is not part of the format. */
  UNKNOWN_PROPERTY(
      "%1$s is not a known property: check its spelling (unknown properties are refused).",
      "%1$s 不是已知属性：请检查拼写（不接受未知属性）。"),
  /** A property is given twice in one object. */
  DUPLICATE_PROPERTY("%1$s is given more than once.", "%1$s 重复出现。"),
  /** A required property of a policy file is missing. */
  MISSING_PROPERTY("%1$s is required.", "缺少 %1$s。"),
  /** A value has the wrong JSON type (e.g. a string where a number belongs). */
  WRONG_TYPE("%1$s must be %2$s.", "%1$s 必须是%3$s。"),
  /** A name is not one of the allowed values. */
  UNKNOWN_VALUE(
      "%1$s must be one of %2$s, not %3$s.", "%1$s 必须是 %2$s 之一，而不是 %3$s。");

  private final String english;
  private final String chinese;

  BindingCode(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  InputProblem problem(String field, Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = field;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new InputProblem(
        field,
        name(),
        String.format(Locale.ROOT, english, all),
        String.format(Locale.ROOT, chinese, all));
  }
}
