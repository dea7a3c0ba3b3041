package io.github.regeneligibility.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The validity rules of an {@link ApplicationForm} that read more than one field: the primary
 * sector is one of the sectors; product roles give a pathway and a stage and other roles neither;
 * the research track stops at early trials. Each broken rule is reported on its own field with its
 * own {@link ProblemCode}. Package-private: only {@link ApplicationForm} carries it.
 */
@Documented
@Constraint(validatedBy = CrossFieldRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CrossFieldRules {

  /** The message of the constraint; each rule reports its own code instead. */
  String message() default "{regen.PRIMARY_SECTOR_NOT_IN_SECTORS}";

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload of the constraint. */
  Class<? extends Payload>[] payload() default {};
}
