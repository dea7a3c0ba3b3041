package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableSet;

/**
 * The stable codes of the reasons an assessment gives, one set per gate, criterion and tier rule.
 * Clients may branch on these names. Each code has a message template in English and in Simplified
 * Chinese whose {@code {placeholders}} name the facts of the {@link Reason}; templates that name
 * different facts fail when the class loads.
 */
public enum ReasonCode {
  /** The SCOPE gate passed: a sector is a focus sector. */
  SCOPE_FOCUS_SECTOR("{sector} is a focus sector of the park.", "{sector}属于园区重点领域。"),
  /** The SCOPE gate passed: no focus sector, but other regenerative medicine. */
  SCOPE_OTHER_REGENERATIVE(
      "{sector} is regenerative medicine, within the park's field.", "{sector}属于再生医学，在园区领域范围内。"),
  /** The SCOPE gate failed: no sector is a focus sector or regenerative medicine. */
  SCOPE_OUT_OF_FIELD(
      "None of the sectors ({sectors}) is a focus sector or regenerative medicine.",
      "所列领域（{sectors}）均不属于重点领域或再生医学。"),
  /** The HORIZON gate passed. */
  HORIZON_WITHIN_LIMIT(
      "{years} years to industrialisation are within the limit of {limit} years.",
      "距产业化 {years} 年，在 {limit} 年时限之内。"),
  /** The HORIZON gate failed. */
  HORIZON_BEYOND_LIMIT(
      "{years} years to industrialisation exceed the limit of {limit} years.",
      "距产业化 {years} 年，超出 {limit} 年时限。"),
  /** SECTOR_FIT: the primary sector is a focus sector. */
  SECTOR_FIT_PRIMARY_FOCUS(
      "The primary sector {sector} is a focus sector: {points} of {maxPoints} points.",
      "主领域{sector}属于重点领域：得 {points} 分（满分 {maxPoints} 分）。"),
  /** SECTOR_FIT: the primary sector is not a focus sector, another sector is. */
  SECTOR_FIT_SECONDARY_FOCUS(
      "The primary sector {primary} is not a focus sector, but {sector} is: {points} of"
          + " {maxPoints} points.",
      "主领域{primary}不属于重点领域，但{sector}属于：得 {points} 分（满分 {maxPoints} 分）。"),
  /** SECTOR_FIT: no focus sector, but other regenerative medicine. */
  SECTOR_FIT_OTHER_REGENERATIVE(
      "No sector is a focus sector, but {sector} is listed: {points} of {maxPoints} points.",
      "无重点领域，但包含{sector}：得 {points} 分（满分 {maxPoints} 分）。"),
  /** SECTOR_FIT: no focus sector and no regenerative medicine. */
  SECTOR_FIT_NONE(
      "No sector is a focus sector or regenerative medicine: {points} of {maxPoints} points.",
      "无重点领域，也无再生医学：得 {points} 分（满分 {maxPoints} 分）。"),
  /** MATURITY: a product role, by its stage. */
  MATURITY_STAGE(
      "Stage {stage}: {points} of {maxPoints} points.",
      "研发阶段为{stage}：得 {points} 分（满分 {maxPoints} 分）。"),
  /** MATURITY: a service or supply-chain role, as an operating service. */
  MATURITY_OPERATING_SERVICE(
      "An operating service ({role}): {points} of {maxPoints} points.",
      "已在运营的服务（{role}）：得 {points} 分（满分 {maxPoints} 分）。"),
  /** HORIZON: the years fall in a band of the edition. */
  HORIZON_BAND(
      "{years} years to industrialisation fall in the band of {from} to {to} years: {points} of"
          + " {maxPoints} points.",
      "距产业化 {years} 年，属于 {from} 至 {to} 年档：得 {points} 分（满分 {maxPoints} 分）。"),
  /** HORIZON: the years lie beyond the last band. */
  HORIZON_BEYOND_BANDS(
      "{years} years to industrialisation lie beyond the last band (up to {to} years): {points} of"
          + " {maxPoints} points.",
      "距产业化 {years} 年，超出最后一档（{to} 年）：得 {points} 分（满分 {maxPoints} 分）。"),
  /** ROLE: points by role. */
  ROLE_POINTS(
      "Role {role}: {points} of {maxPoints} points.", "角色为{role}：得 {points} 分（满分 {maxPoints} 分）。"),
  /** Tier INELIGIBLE: a gate failed. */
  TIER_GATE_FAILED("Ineligible: failed gates: {gates}.", "不符合条件：未通过门槛：{gates}。"),
  /** Tier PRIORITY: a product role at or past the priority milestone. */
  TIER_PRIORITY_MILESTONE(
      "Priority: a product at stage {stage}, at or past the milestone {milestone}.",
      "优先引进：产品处于{stage}阶段，已达到或超过{milestone}节点。"),
  /** Tier ELIGIBLE: the score reaches the eligibility threshold. */
  TIER_SCORE_AT_THRESHOLD(
      "Eligible: score {score} reaches the threshold of {threshold}.",
      "符合条件：得分 {score} 达到 {threshold} 分的门槛。"),
  /** Tier RESERVE: the score is below the eligibility threshold. */
  TIER_SCORE_BELOW_THRESHOLD(
      "Strategic reserve: score {score} is below the threshold of {threshold}.",
      "战略储备：得分 {score} 低于 {threshold} 分的门槛。"),
  /** Improvement: a later stage would lift the tier. */
  IMPROVEMENT_STAGE(
      "Reaching stage {stage} would make this {tier}, score {score}.",
      "达到{stage}阶段将使其成为{tier}，得分 {score}。"),
  /** Improvement: fewer years to industrialisation would lift the tier. */
  IMPROVEMENT_YEARS(
      "Industrialising within {years} years would make this {tier}, score {score}.",
      "在 {years} 年内实现产业化将使其成为{tier}，得分 {score}。"),
  /** Improvement: fewer years to industrialisation would pass a failed gate and lift the tier. */
  IMPROVEMENT_YEARS_PASSING_GATES(
      "Industrialising within {years} years would pass the gate {gates} and make this {tier},"
          + " score {score}.",
      "在 {years} 年内实现产业化将通过{gates}门槛，使其成为{tier}，得分 {score}。"),
  /** Improvement: adding a focus sector would lift the tier. */
  IMPROVEMENT_ADD_SECTOR(
      "Adding the sector {sector} would make this {tier}, score {score}.",
      "增加{sector}领域将使其成为{tier}，得分 {score}。"),
  /** Improvement: adding a focus sector would pass a failed gate and lift the tier. */
  IMPROVEMENT_ADD_SECTOR_PASSING_GATES(
      "Adding the sector {sector} would pass the gate {gates} and make this {tier}, score"
          + " {score}.",
      "增加{sector}领域将通过{gates}门槛，使其成为{tier}，得分 {score}。"),
  /** Improvement: making a listed focus sector the primary sector would lift the tier. */
  IMPROVEMENT_PRIMARY_SECTOR(
      "Making {sector} the primary sector would make this {tier}, score {score}.",
      "将{sector}设为主领域将使其成为{tier}，得分 {score}。");

  private final Template template;

  ReasonCode(String english, String chinese) {
    this.template = Template.of(english, chinese);
  }

  /** Returns the message template; its placeholders name the facts of a reason with this code. */
  public Template template() {
    return template;
  }

  /** Returns the names of the facts a reason with this code carries. */
  public ImmutableSet<String> factNames() {
    return template.factNames();
  }
}
