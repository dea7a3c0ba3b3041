package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ApplicationInput;
import org.jspecify.annotations.Nullable;

/**
 * One record to screen: an NDJSON line still to be read, or a record already read.
 *
 * @param number the number its answer carries
 * @param line the line of the input it starts on
 * @param id the id cell of a CSV record as given, else empty
 * @param json the NDJSON line, or null for a record already read
 * @param input the record read, or null for an NDJSON line
 */
@SuppressWarnings("ArrayRecordComponent") // handed to one worker, never compared
record Entry(
    long number, long line, String id, byte @Nullable [] json, @Nullable ApplicationInput input) {

  /** Returns about how many bytes the record holds, to bound a part of the pipeline. */
  int size() {
    return json == null ? 256 : json.length;
  }
}
