package io.github.regeneligibility.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PrimarySectorAmongSectors}; silent when either attribute is missing. */
final class PrimarySectorAmongSectorsValidator
    implements ConstraintValidator<PrimarySectorAmongSectors, ApplicationForm> {

  @Override
  public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
    if (form.getPrimarySector().isEmpty() || form.getSectors().isEmpty()) {
      return true;
    }
    if (ValidityRules.primaryAmongSectors(form.getPrimarySector().get(), form.getSectors())) {
      return true;
    }
    ViolationCode.PRIMARY_SECTOR_NOT_IN_SECTORS.report(context);
    return false;
  }
}
