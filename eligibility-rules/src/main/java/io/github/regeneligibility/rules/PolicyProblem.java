package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.Language;
import org.immutables.value.Value;

/**
 * One parameter of a policy edition that breaks a promise of the policy: its path (as in the
 * policy file, e.g. {@code maturity.stages.PRECLINICAL}) and what is wrong, in every language.
 */
@Value.Immutable
public interface PolicyProblem {

  /** The offending parameter's path, as in the policy file. */
  @Value.Parameter
  String getParameter();

  /** What is wrong, in English. */
  @Value.Parameter
  String getEnglishMessage();

  /** What is wrong, in Simplified Chinese. */
  @Value.Parameter
  String getChineseMessage();

  /** Returns what is wrong in {@code language}. */
  default String getMessage(Language language) {
    return language == Language.CHINESE ? getChineseMessage() : getEnglishMessage();
  }

  /** Creates a problem. */
  static PolicyProblem of(String parameter, String englishMessage, String chineseMessage) {
    return ImmutablePolicyProblem.of(parameter, englishMessage, chineseMessage);
  }
}
