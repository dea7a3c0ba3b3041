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
    boolean product = form.getRole().get().isProductRole();
    boolean valid = true;
    if (product && form.getPathway().isEmpty()) {
      ViolationCode.PATHWAY_REQUIRED.report(context);
      valid = false;
    }
    if (!product && form.getPathway().isPresent()) {
      ViolationCode.PATHWAY_NOT_ALLOWED.report(context);
      valid = false;
    }
    if (product && form.getStage().isEmpty()) {
      ViolationCode.STAGE_REQUIRED.report(context);
      valid = false;
    }
    if (!product && form.getStage().isPresent()) {
      ViolationCode.STAGE_NOT_ALLOWED.report(context);
      valid = false;
    }
    return valid;
  }
}
