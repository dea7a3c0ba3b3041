/**
 * Strict JSON binding for the library: applications in, assessments out, and policy files both
 * ways. {@link EligibilityJson} is the entry point; bad input comes back as {@link InputProblem}s
 * naming each field or JSON path, never as an exception with a stack trace.
 */
@NullMarked
package io.github.regeneligibility.json;

import org.jspecify.annotations.NullMarked;
