/**
 * Screening in the library: a file of applications in ({@linkplain RecordFormat NDJSON or CSV}),
 * and out, for each record in input order, its assessment or the problems that kept it from being
 * assessed; as an answer written in a format ({@link Records#answer}), or as values handed to the
 * caller ({@link Records#forEach}). {@link Screening} is the entry point.
 *
 * <p>A screening runs on every core in memory bounded whatever the input's length, never drops a
 * record, and says where input that cannot be read on was cut ({@link CutInputException}). No type
 * of HTTP, or of the underlying JSON and CSV libraries, appears in this package's API.
 */
@NullMarked
package io.github.regeneligibility.screening;

import org.jspecify.annotations.NullMarked;
