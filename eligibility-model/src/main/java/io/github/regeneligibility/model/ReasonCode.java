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
  SCOPE_FOCUS_SECTOR,
  /** The SCOPE gate passed: no focus sector, but other regenerative medicine. */
  SCOPE_OTHER_REGENERATIVE,
  /** The SCOPE gate failed: no sector is a focus sector or regenerative medicine. */
  SCOPE_OUT_OF_FIELD,
  /** The HORIZON gate passed. */
  HORIZON_WITHIN_LIMIT,
  /** The HORIZON gate failed. */
  HORIZON_BEYOND_LIMIT,
  /** SECTOR_FIT: the primary sector is a focus sector. */
  SECTOR_FIT_PRIMARY_FOCUS,
  /** SECTOR_FIT: the primary sector is not a focus sector, another sector is. */
  SECTOR_FIT_SECONDARY_FOCUS,
  /** SECTOR_FIT: no focus sector, but other regenerative medicine. */
  SECTOR_FIT_OTHER_REGENERATIVE,
  /** SECTOR_FIT: no focus sector and no regenerative medicine. */
  SECTOR_FIT_NONE,
  /** MATURITY: a product role, by its stage. */
  MATURITY_STAGE,
  /** MATURITY: a service or supply-chain role, as an operating service. */
  MATURITY_OPERATING_SERVICE,
  /** HORIZON: the years fall in a band of the edition. */
  HORIZON_BAND,
  /** HORIZON: the years lie beyond the last band. */
  HORIZON_BEYOND_BANDS,
  /** ROLE: points by role. */
  ROLE_POINTS,
  /** Tier INELIGIBLE: a gate failed. */
  TIER_GATE_FAILED,
  /** Tier PRIORITY: a product role at or past the priority milestone. */
  TIER_PRIORITY_MILESTONE,
  /** Tier ELIGIBLE: the score reaches the eligibility threshold. */
  TIER_SCORE_AT_THRESHOLD,
  /** Tier RESERVE: the score is below the eligibility threshold. */
  TIER_SCORE_BELOW_THRESHOLD,
  /** Improvement: a later stage would lift the tier. */
  IMPROVEMENT_STAGE,
  /** Improvement: fewer years to industrialisation would lift the tier. */
  IMPROVEMENT_YEARS,
  /** Improvement: fewer years to industrialisation would pass a failed gate and lift the tier. */
  IMPROVEMENT_YEARS_PASSING_GATES,
  /** Improvement: adding a focus sector would lift the tier. */
  IMPROVEMENT_ADD_SECTOR,
  /** Improvement: adding a focus sector would pass a failed gate and lift the tier. */
  IMPROVEMENT_ADD_SECTOR_PASSING_GATES,
  /** Improvement: making a listed focus sector the primary sector would lift the tier. */
  IMPROVEMENT_PRIMARY_SECTOR;

  private final Template template;

  ReasonCode() {
    this.template = Template.of(Texts.wording(this, "reasons"));
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
