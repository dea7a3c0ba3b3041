package io.github.regeneligibility.screening;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The records of one input, read in order by one thread: the reading side of a {@link
 * RecordFormat}. Before a read would wait for more input, a source flushes what it was told to, so
 * that a caller streaming its records sees each answer as soon as there is one.
 */
interface RecordSource extends Closeable {

  /**
   * Returns the next record, or null at the end of the input.
   *
   * @throws InputCut when the input cannot be read on: it names the record where reading stopped,
   *     answered with the problem that says why
   * @throws java.io.InterruptedIOException when the screening has been given up
   */
  @Nullable Entry next() throws IOException;

  /** Flushes {@code flushable} from now on before a read would wait for more input. */
  void flushBeforeWaiting(Flushable flushable);

  /**
   * Thrown when the input cannot be read on: {@link #record()} is the record where reading stopped,
   * with the problem that says why; nothing after it is read.
   */
  final class InputCut extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Screened record;
    private final IOException reason;

    InputCut(Screened record, IOException reason) {
      super("the input cannot be read on at record " + record.number(), reason);
      this.record = record;
      this.reason = reason;
    }

    Screened record() {
      return record;
    }

    IOException reason() {
      return reason;
    }
  }
}
