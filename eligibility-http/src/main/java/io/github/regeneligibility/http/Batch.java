package io.github.regeneligibility.http;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvFormatException;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.rules.Assessor;
import java.io.FilterInputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The batch route's flow, record by record: read the record, assess it, write its answer. The
 * records are NDJSON lines, numbered by their line (blank lines counted, not answered), or the data
 * records of CSV read by the library's {@link CsvApplications}, numbered from 1. The answer is
 * written as the body is read, and flushed before a read would wait; a bad record is answered in
 * its place and the batch goes on. Memory stays bounded by the longest record allowed, whatever the
 * batch's length.
 */
final class Batch {

  private static final Problem LINE_TOO_LONG =
      Problem.of(
          Problem.WHOLE,
          ProblemCode.LIMIT_EXCEEDED,
          Map.of(
              "limit",
              Text.of(
                  "a line longer than " + EligibilityServer.MAX_LINE_BYTES + " bytes",
                  "一行超过 " + EligibilityServer.MAX_LINE_BYTES + " 字节")));

  private static final Problem RECORD_TOO_LONG =
      Problem.of(
          Problem.WHOLE,
          ProblemCode.LIMIT_EXCEEDED,
          Map.of(
              "limit",
              Text.of(
                  "a CSV record longer than " + EligibilityServer.MAX_LINE_BYTES + " characters",
                  "一条 CSV 记录超过 " + EligibilityServer.MAX_LINE_BYTES + " 个字符")));

  private static final Problem NOT_UTF8 = Problem.of(Problem.WHOLE, ProblemCode.NOT_UTF8);

  /**
   * The body of one batch request: NDJSON, or CSV whose header has been read and checked. Its reads
   * flush the answer before they would wait for more of the body.
   */
  static final class Input {
    private final FlushingInputStream body;
    private final @Nullable BoundedReader text;
    private final @Nullable CsvApplications csv;

    private Input(
        FlushingInputStream body, @Nullable BoundedReader text, @Nullable CsvApplications csv) {
      this.body = body;
      this.text = text;
      this.csv = csv;
    }
  }

  private final EligibilityJson json;
  private final ProblemMapper problems;
  private final @Nullable ServiceMetrics metrics;

  Batch(EligibilityJson json, ProblemMapper problems, @Nullable ServiceMetrics metrics) {
    this.json = json;
    this.problems = problems;
    this.metrics = metrics;
  }

  /** Returns the NDJSON batch in {@code body}. */
  Input ndjson(InputStream body) {
    return new Input(new FlushingInputStream(body), null, null);
  }

  /**
   * Returns the CSV batch in {@code body} (UTF-8), its header read and checked. Nothing is answered
   * while the header is read, so that a bad one is still a 400.
   *
   * @throws ProblemException with a 400 problem naming each missing, unknown or repeated column, or
   *     saying that the header is not well-formed CSV, not UTF-8 or too long
   */
  Input csv(InputStream body) throws IOException {
    FlushingInputStream flushing = new FlushingInputStream(body);
    BoundedReader text =
        new BoundedReader(
            new InputStreamReader(
                flushing,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            EligibilityServer.MAX_LINE_BYTES);
    try {
      return new Input(flushing, text, CsvApplications.open(text));
    } catch (IOException e) {
      throw new ProblemException(ProblemDetails.invalidRequest(unreadable(e)));
    }
  }

  /** Reads {@code input} to its end and writes each record's outcome to {@code answer}. */
  void assessEach(Input input, BatchAnswer answer, Assessor assessor) throws IOException {
    input.body.beforeWaiting = answer;
    if (input.csv == null || input.text == null) {
      assessLines(input.body, answer, assessor);
    } else {
      try (CsvApplications csv = input.csv) {
        assessRecords(csv, input.text, answer, assessor);
      }
    }
  }

  private void assessLines(InputStream in, BatchAnswer answer, Assessor assessor)
      throws IOException {
    NdjsonLines lines = new NdjsonLines(in, EligibilityServer.MAX_LINE_BYTES, answer);
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (!line.isBlank()) {
        ApplicationInput input =
            line.tooLong()
                ? new ApplicationInput(Optional.empty(), ImmutableList.of(LINE_TOO_LONG))
                : json.readApplication(line.content());
        answer(line.number(), "", input, answer, assessor);
      }
    }
  }

  /**
   * Answers every record of {@code csv}. Text that cannot be read on is answered, for the record
   * where reading stopped, with the problem that says why; nothing after it is read.
   */
  private void assessRecords(
      CsvApplications csv, BoundedReader text, BatchAnswer answer, Assessor assessor)
      throws IOException {
    long number = 0;
    while (true) {
      Optional<CsvApplications.Row> row;
      try {
        text.startRecord();
        row = csv.next();
      } catch (IOException e) {
        refused(number + 1, "", ProblemDetails.invalidApplication(unreadable(e)), answer);
        return;
      }
      if (row.isEmpty()) {
        return;
      }
      CsvApplications.Row record = row.get();
      number = record.number();
      answer(number, record.id().orElse(""), record.input(), answer, assessor);
    }
  }

  private void answer(
      long number, String id, ApplicationInput input, BatchAnswer answer, Assessor assessor)
      throws IOException {
    if (input.application().isEmpty()) {
      refused(
          number,
          id,
          ProblemDetails.invalidApplication(input.problems(), input.omittedProblems()),
          answer);
      return;
    }
    Assessment assessed;
    try {
      assessed = assessor.assess(input.application().get());
    } catch (RuntimeException e) {
      ProblemDetails failure = problems.problemFor(e, "POST", Routes.BATCH + " line " + number);
      refused(number, id, failure, answer);
      return;
    }
    if (metrics != null) {
      metrics.assessed(assessed);
      metrics.batchLine(true);
    }
    answer.assessed(number, assessed);
  }

  private void refused(long number, String id, ProblemDetails problem, BatchAnswer answer)
      throws IOException {
    if (metrics != null) {
      metrics.batchLine(false);
    }
    answer.refused(number, id, problem);
  }

  /**
   * Returns the problems of text that cannot be read on.
   *
   * @throws IOException {@code e} itself, when the body could not be read (not a fault of its text)
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

  /**
   * Flushes the answer before a read would wait for more of the body, as {@link NdjsonLines} does.
   */
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
