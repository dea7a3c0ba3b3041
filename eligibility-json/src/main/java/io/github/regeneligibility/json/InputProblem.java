package io.github.regeneligibility.json;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Violation;
import io.github.regeneligibility.rules.PolicyProblem;

/**
 * One problem with JSON input: the field (or dotted JSON path, e.g. {@code maturity.stages.
 * PRECLINICAL}; {@code $} for the whole document), a stable code, and the message in English and
 * Simplified Chinese.
 *
 * <p>Codes are the {@link io.github.regeneligibility.model.ViolationCode} names for broken validity
 * rules, the {@link BindingCode} names for JSON that does not fit the format, and {@code
 * POLICY_PROMISE} for a policy parameter that breaks a promise of the policy.
 *
 * @param field the offending field or path
 * @param code the stable code
 * @param englishMessage the message in English
 * @param chineseMessage the message in Simplified Chinese
 */
public record InputProblem(
    String field, String code, String englishMessage, String chineseMessage) {

  /** The path that stands for the whole document. */
  public static final String DOCUMENT = "$";

  /** The code of a policy parameter that breaks a promise of the policy. */
  public static final String POLICY_PROMISE = "POLICY_PROMISE";

  /** Returns the message in {@code language}. */
  public String message(Language language) {
    return language == Language.CHINESE ? chineseMessage : englishMessage;
  }

  static InputProblem of(Violation violation) {
    return new InputProblem(
        violation.getField(),
        violation.getCode().name(),
        violation.getMessage(Language.ENGLISH),
        violation.getMessage(Language.CHINESE));
  }

  static InputProblem of(PolicyProblem problem) {
    return new InputProblem(
        problem.getParameter(),
        POLICY_PROMISE,
        problem.getParameter() + " " + problem.getMessage(Language.ENGLISH),
        problem.getParameter() + " " + problem.getMessage(Language.CHINESE));
  }

  @Override
  public String toString() {
    return field + ": " + englishMessage;
  }
}
