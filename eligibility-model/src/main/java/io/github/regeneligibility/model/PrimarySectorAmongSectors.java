package io.github.regeneligibility.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The primary sector of an {@link ApplicationForm} is one of its sectors; reported on {@code primarySector}. */
@Documented
@Constraint(validatedBy = PrimarySectorAmongSectorsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PrimarySectorAmongSectors {

  /** The message template of the violation. */
  String message();

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload of the constraint. */
  Class<? extends Payload>[] payload() default {};
}
