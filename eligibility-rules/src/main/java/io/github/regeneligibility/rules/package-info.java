/**
 * The rule engine and policy editions: {@link Eligibility} is the entry point, {@link
 * PolicyEdition} holds a dated, versioned set of policy parameters, {@link PolicyEditions} picks
 * the edition in force on a date, and an {@link Assessor} assesses valid applications.
 */
@NullMarked
@RulesStyle
package io.github.regeneligibility.rules;

import org.jspecify.annotations.NullMarked;
