package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ResearchTrackCeiling}. Silent when the pathway or stage is missing, and for roles
 * that must not give a stage at all ({@link ProductRoleDetails} reports those).
 */
final class ResearchTrackCeilingValidator
    implements ConstraintValidator<ResearchTrackCeiling, ApplicationForm> {

  @Override
  public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
    if (form.getPathway().isEmpty()
        || form.getStage().isEmpty()
        || form.getRole().map(role -> !role.isProductRole()).orElse(false)) {
      return true;
    }
    if (ValidityRules.stageWithinPathway(form.getPathway().get(), form.getStage().get())) {
      return true;
    }
    ViolationCode.STAGE_BEYOND_RESEARCH_TRACK.report(context);
    return false;
  }
}
