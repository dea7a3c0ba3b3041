package io.github.regeneligibility.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On the clinical-research pathway the stage is at most {@link Stage#CLINICAL_TRIAL_EARLY}; reported on {@code stage}. */
@Documented
@Constraint(validatedBy = ResearchTrackCeilingValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResearchTrackCeiling {

  /** The message template of the violation. */
  String message();

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload of the constraint. */
  Class<? extends Payload>[] payload() default {};
}
