package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CrossFieldRules}. Each rule is silent when a field it reads is missing (that
 * field's own constraint reports it), and the research-track ceiling is silent for roles that must
 * not give a stage at all.
 */
final class CrossFieldRulesValidator
    implements ConstraintValidator<CrossFieldRules, ApplicationForm> {

  @Override
  public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
    boolean valid = true;
    if (form.getPrimarySector().isPresent()
        && !form.getSectors().isEmpty()
        && !ValidityRules.primaryAmongSectors(form.getPrimarySector().get(), form.getSectors())) {
      valid = broken(ValidityCode.PRIMARY_SECTOR_NOT_IN_SECTORS, context);
    }
    if (form.getRole().isPresent()) {
      Role role = form.getRole().get();
      if (!ValidityRules.presentExactlyForProductRoles(role, form.getPathway())) {
        valid =
            broken(
                role.isProductRole()
                    ? ValidityCode.PATHWAY_REQUIRED
                    : ValidityCode.PATHWAY_NOT_ALLOWED,
                context);
      }
      if (!ValidityRules.presentExactlyForProductRoles(role, form.getStage())) {
        valid =
            broken(
                role.isProductRole() ? ValidityCode.STAGE_REQUIRED : ValidityCode.STAGE_NOT_ALLOWED,
                context);
      }
    }
    if (form.getPathway().isPresent()
        && form.getStage().isPresent()
        && form.getRole().map(Role::isProductRole).orElse(true)
        && !ValidityRules.stageWithinPathway(form.getPathway().get(), form.getStage().get())) {
      valid = broken(ValidityCode.STAGE_BEYOND_RESEARCH_TRACK, context);
    }
    return valid;
  }

  private static boolean broken(ValidityCode code, ConstraintValidatorContext context) {
    code.report(context);
    return false;
  }
}
