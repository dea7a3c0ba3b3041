package io.github.regeneligibility.screening;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Problem;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The records of NDJSON: one application per line, numbered by its line (blank lines counted, not
 * answered); a line past {@link Screening#MAX_RECORD_BYTES} is answered as too long. Lines are read
 * here and parsed by the workers.
 */
final class NdjsonSource implements RecordSource {

  private static final Problem LINE_TOO_LONG = RecordSource.tooLong("NDJSON_LINE");

  private final NdjsonLines lines;
  private Flushable beforeWaiting = () -> {};

  NdjsonSource(InputStream in) {
    this.lines = new NdjsonLines(in, Screening.MAX_RECORD_BYTES, () -> beforeWaiting.flush());
  }

  @Override
  public void flushBeforeWaiting(Flushable flushable) {
    this.beforeWaiting = flushable;
  }

  @Override
  public @Nullable Entry next() throws IOException {
    while (true) {
      NdjsonLines.Line line;
      try {
        line = lines.next();
      } catch (InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        long at = lines.number() + 1L;
        throw new InputCut(Screened.refused(at, at, "", ProblemDocument.brokeOff(at)), e);
      }
      if (line == null) {
        return null;
      }
      if (line.tooLong()) {
        ApplicationInput tooLong =
            new ApplicationInput(Optional.empty(), ImmutableList.of(LINE_TOO_LONG));
        return new Entry(line.number(), line.number(), "", null, tooLong);
      }
      if (!line.isBlank()) {
        return new Entry(line.number(), line.number(), "", line.content(), null);
      }
    }
  }

  @Override
  public void close() {}
}
