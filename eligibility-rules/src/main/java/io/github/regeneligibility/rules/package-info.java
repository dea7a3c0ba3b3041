/**
 * The rule engine and policy editions: {@link Eligibility} is the entry point, {@link
 * PolicyEdition} holds a dated, versioned set of policy parameters, {@link PolicyEditions} picks
 * the edition in force on a date, and an {@link Assessor} assesses valid applications.
 */
@NullMarked
@ValueStyle
package io.github.regeneligibility.rules;

import io.github.regeneligibility.model.ValueStyle;
import org.jspecify.annotations.NullMarked;
