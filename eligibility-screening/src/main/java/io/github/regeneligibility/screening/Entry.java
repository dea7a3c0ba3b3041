package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.sheets.WorkbookApplications;
import org.jspecify.annotations.Nullable;

/**
 * One record to screen: an NDJSON line still to be read, or a record already read.
 *
 * @param number the number its answer carries
 * @param line the line of the input it starts on
 * @param id the id cell of a CSV record as given, else empty
 * @param json the NDJSON line, or null for a record already read
 * @param input the record read, or null for an NDJSON line or a row still to be bound
 * @param cells a workbook's row still to be bound, in a worker; else null
 */
@SuppressWarnings("ArrayRecordComponent") // handed to one worker, never compared
record Entry(
    long number,
    long line,
    String id,
    byte @Nullable [] json,
    @Nullable ApplicationInput input,
    WorkbookApplications.@Nullable Cells cells) {

  /** Returns a record to read in a worker ({@code json}), or already read ({@code input}). */
  Entry(
      long number, long line, String id, byte @Nullable [] json, @Nullable ApplicationInput input) {
    this(number, line, id, json, input, null);
  }

  /** Returns about how many bytes the record holds, to bound a part of the pipeline. */
  int size() {
    return json == null ? 256 : json.length;
  }
}
