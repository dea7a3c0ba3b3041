package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Texts;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Map;
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
   * Returns the problem of a record past {@link Screening#MAX_RECORD_BYTES}, the limit worded by
   * the entry {@code limit} of the package's texts of limits.
   */
  static Problem tooLong(String limit) {
    return Problem.of(
        Problem.WHOLE,
        FormatCode.LIMIT_EXCEEDED,
        Map.of(
            "limit",
            Template.of(Texts.read(RecordSource.class, "limits").get(limit))
                .render(Map.of("max", Screening.MAX_RECORD_BYTES))));
  }

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
