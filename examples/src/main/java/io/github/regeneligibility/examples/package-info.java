/**
 * Runnable examples of embedding the rules in a Java system: {@link AssessOne} assesses a single
 * application, and {@link ScreenCohort} screens a CSV file of applications.
 *
 * <p>Each example has a {@code main} method and a package-private method that writes to a given
 * stream, which its test runs. The README's embedding snippet is a region of {@link AssessOne}.
 */
@NullMarked
package io.github.regeneligibility.examples;

import org.jspecify.annotations.NullMarked;
