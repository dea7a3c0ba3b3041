package io.github.regeneligibility.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Product roles give a pathway and a stage, other roles give neither; reported on {@code pathway} and {@code stage}. */
@Documented
@Constraint(validatedBy = ProductRoleDetailsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProductRoleDetails {

  /** The message template of the violation. */
  String message();

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload of the constraint. */
  Class<? extends Payload>[] payload() default {};
}
