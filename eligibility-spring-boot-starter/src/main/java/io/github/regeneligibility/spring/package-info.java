/**
 * Spring Boot auto-configuration of the rules: the editions served ({@link
 * io.github.regeneligibility.rules.LiveEditions}, from a watched directory, one policy file or the
 * embedded default), an {@link io.github.regeneligibility.rules.Assessor} of the edition in force,
 * the {@link io.github.regeneligibility.model.ApplicationValidator}, the JSON binding and the
 * {@link EligibilityClock} that tells "today"; each backs off when the application defines its own.
 * Where their modules are present it adds a health indicator, an info contributor, the reference
 * service's assessment meters, and RFC 9457 problem answers for invalid applications in Spring MVC.
 * Settings are {@link EligibilityProperties}, under {@code regen.eligibility}.
 */
@NullMarked
package io.github.regeneligibility.spring;

import org.jspecify.annotations.NullMarked;
