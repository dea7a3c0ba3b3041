package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ProductRoleDetails}; silent when the role is missing. */
final class ProductRoleDetailsValidator
    implements ConstraintValidator<ProductRoleDetails, ApplicationForm> {

  @Override
  public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
    if (form.getRole().isEmpty()) {
      return true;
    }
    Role role = form.getRole().get();
    boolean valid = true;
    if (!ValidityRules.presentExactlyForProductRoles(role, form.getPathway())) {
      (role.isProductRole() ? ViolationCode.PATHWAY_REQUIRED : ViolationCode.PATHWAY_NOT_ALLOWED)
          .report(context);
      valid = false;
    }
    if (!ValidityRules.presentExactlyForProductRoles(role, form.getStage())) {
      (role.isProductRole() ? ViolationCode.STAGE_REQUIRED : ViolationCode.STAGE_NOT_ALLOWED)
          .report(context);
      valid = false;
    }
    return valid;
  }
}
