package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ProblemDocument;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The writing side of a {@link RecordFormat}, in one language: what comes before the first record's
 * row, the rows, and what ends a complete answer. The rows are written in parts, each part by one
 * worker into a buffer of its own, so that the answers of later records are written while earlier
 * ones are sent.
 */
interface AnswerFormat {

  /** Writes the rows of records' answers to one part of the answer; used by one thread. */
  interface Rows {
    /**
     * Returns whether a row can say {@code problem}: a CSV row has a cell for the problems of the
     * input, none for a failure or a cut input.
     */
    boolean canSay(ProblemDocument problem);

    /** Writes the row of {@code record}: assessed, or refused with a problem it {@link #canSay}. */
    void write(Screened record) throws IOException;

    /** Writes out every row written so far; the part's stream stays open. */
    void finish() throws IOException;
  }

  /** Writes what comes before the first record's row to {@code out}: a CSV header. */
  void begin(OutputStream out) throws IOException;

  /** Returns a writer of records' rows to {@code out}. */
  Rows rows(OutputStream out) throws IOException;

  /**
   * Writes what ends a complete answer to {@code out}, for {@code records} records answered, of
   * which {@code assessed} were assessed and {@code refused} refused.
   */
  void end(OutputStream out, long records, long assessed, long refused) throws IOException;
}
