package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvFormatException;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Problem;
import java.io.FilterInputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The records of CSV (UTF-8, decoded strictly), read by the library's {@link CsvApplications} and
 * numbered from 1, the header not counted. The header is read and checked when the source opens, so
 * that a bad one refuses the whole input before anything is answered. Text that cannot be read on
 * (not UTF-8, not well-formed, a record past {@link Screening#MAX_RECORD_BYTES}) cuts the input at
 * the record where reading stopped, answered with the problems that say why.
 */
final class CsvSource implements RecordSource {

  private static final Problem RECORD_TOO_LONG = RecordSource.tooLong("CSV_RECORD");

  private static final Problem NOT_UTF8 = Problem.of(Problem.WHOLE, FormatCode.NOT_UTF8);

  private final FlushingInputStream body;
  private final BoundedReader text;
  private final CsvApplications csv;
  private long number;

  private CsvSource(FlushingInputStream body, BoundedReader text, CsvApplications csv) {
    this.body = body;
    this.text = text;
    this.csv = csv;
  }

  /**
   * Opens the CSV in {@code in}, its header read and checked.
   *
   * @throws InvalidInputException naming each missing, unknown or repeated column, or saying that
   *     the header is not well-formed CSV, not UTF-8 or too long
   * @throws IOException if {@code in} cannot be read
   */
  static CsvSource open(InputStream in) throws IOException {
    FlushingInputStream body = new FlushingInputStream(in);
    BoundedReader text =
        new BoundedReader(
            new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            Screening.MAX_RECORD_BYTES);
    try {
      return new CsvSource(body, text, CsvApplications.open(text));
    } catch (IOException e) {
      throw new InvalidInputException(unreadable(e));
    }
  }

  @Override
  public void flushBeforeWaiting(Flushable flushable) {
    body.beforeWaiting = flushable;
  }

  @Override
  public @Nullable Entry next() throws IOException {
    Optional<CsvApplications.Row> row;
    try {
      text.startRecord();
      row = csv.next();
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      ProblemDocument problem;
      try {
        problem = ProblemDocument.invalidApplication(unreadable(e), 0);
      } catch (IOException broken) {
        problem = ProblemDocument.brokeOff(number + 1);
      }
      throw new InputCut(Screened.refused(number + 1, csv.nextLine(), "", problem), e);
    }
    if (row.isEmpty()) {
      return null;
    }
    CsvApplications.Row record = row.get();
    number = record.number();
    return new Entry(number, record.line(), record.id().orElse(""), null, record.input());
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  /**
   * Returns the problems of text that cannot be read on.
   *
   * @throws IOException {@code e} itself, when the input could not be read (not a fault of its
   *     text)
   */
  private static List<Problem> unreadable(IOException e) throws IOException {
    if (e instanceof CsvFormatException format) {
      return format.getProblems();
    }
    if (e instanceof CharacterCodingException) {
      return List.of(NOT_UTF8);
    }
    if (e instanceof BoundedReader.TooLongException) {
      return List.of(RECORD_TOO_LONG);
    }
    throw e;
  }

  /**
   * A reader that fails once more than its limit of characters (plus the parser's read-ahead) has
   * been read since the current record began, so that no record can hold memory beyond the limit.
   */
  private static final class BoundedReader extends Reader {
    static final class TooLongException extends IOException {
      private static final long serialVersionUID = 1L;

      TooLongException() {
        super("a record is too long");
      }
    }

    /** What the parser may read ahead of the record it returns. */
    private static final int READ_AHEAD = 8192;

    private final Reader in;
    private final long limit;
    private long read;
    private long recordStart;

    BoundedReader(Reader in, int limit) {
      this.in = in;
      this.limit = (long) limit + READ_AHEAD;
    }

    /** Starts counting the next record. */
    void startRecord() {
      recordStart = read;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (read - recordStart > limit) {
        throw new TooLongException();
      }
      int count = in.read(buffer, offset, length);
      if (count > 0) {
        read += count;
      }
      return count;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Flushes what it was told to before a read would wait for more of the input. */
  private static final class FlushingInputStream extends FilterInputStream {
    private Flushable beforeWaiting = () -> {};

    FlushingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (in.available() <= 0) {
        beforeWaiting.flush();
      }
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (in.available() <= 0) {
        beforeWaiting.flush();
      }
      return in.read(buffer, offset, length);
    }
  }
}
