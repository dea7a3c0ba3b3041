/**
 * Strict JSON and CSV binding for the library: applications in (one JSON document, or a stream of
 * CSV records through {@link CsvApplications}), assessments out (JSON, or CSV rows through {@link
 * CsvResults}), and policy files both ways. {@link EligibilityJson} is the entry point. Bad input
 * comes back as {@link io.github.regeneligibility.model.Problem}s naming each field or JSON path,
 * never as an exception with a stack trace; no type of the underlying JSON or CSV library appears
 * in this package's API.
 */
@NullMarked
package io.github.regeneligibility.json;

import org.jspecify.annotations.NullMarked;
