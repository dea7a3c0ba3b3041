/**
 * Runnable examples of embedding the rules in a Java system, one class per task: {@link AssessOne}
 * assesses a single application, {@link ScreenCohort} screens a CSV file of applications, and
 * {@link CompareEditions} shows which applications a new policy edition moves to another tier, and
 * why.
 *
 * <p>Each example has a {@code main} method and a package-private method that writes to a given
 * stream, which its test runs. The embedding snippets of the README and of {@code
 * docs/embedding.md} are regions of {@link AssessOne}.
 */
@NullMarked
package io.github.regeneligibility.examples;

import org.jspecify.annotations.NullMarked;
