package io.github.regeneligibility.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types, in the model and the rules alike:
 * bean-style {@code get*} accessors (so that Hibernate Validator sees every constrained property),
 * package-private implementations reached through the nested {@code Builder} of each public type,
 * and no nulls anywhere. It only guides code generation when the library is built (class
 * retention); embedders have no use for it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
