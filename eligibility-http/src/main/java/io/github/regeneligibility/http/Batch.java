package io.github.regeneligibility.http;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvFormatException;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.rules.Assessor;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The batch route's flow: read the records, assess them, write their answers, in input order. The
 * records are NDJSON lines, numbered by their line (blank lines counted, not answered), or the data
 * records of CSV read by the library's {@link CsvApplications}, numbered from 1. A bad record is
 * answered in its place and the batch goes on; a complete answer ends with the format's end. When
 * the body cannot be read on, the record it was on is answered with the problem that says why, and
 * a {@link CutException} tells the caller to end the response abnormally.
 *
 * <p>The work is an ordered pipeline on both cores. A reading thread reads the records into parts
 * of at most {@link #PART_RECORDS} records and about {@link #PART_BYTES} bytes, and hands each part
 * to a worker, which reads, validates and assesses its records and writes their answers into a
 * buffer of its own; the calling thread writes the parts' buffers in input order. The reading
 * thread hands the parts on through a queue of {@link #WINDOW}, and waits while it is full. So at
 * most {@code WINDOW + 2} parts are held at any time (the queue's, the one being read, the one
 * being written), whatever the batch's length, and a client that reads the answer slowly holds the
 * calling thread in its writes, which fills the queue and stops the reading: the pipeline slows, it
 * does not grow. Before a read would wait for more of the body, the part being read is handed on as
 * it is, and the calling thread flushes the answer before it waits, so that a client streaming its
 * lines sees each answer as soon as the service has it.
 */
final class Batch {

  /** The most records in one part of the pipeline. */
  static final int PART_RECORDS = 256;

  /**
   * A part takes no more records once its records hold this many bytes; one record may bring up to
   * {@link EligibilityServer#MAX_LINE_BYTES}.
   */
  static final int PART_BYTES = 256 * 1024;

  /** The most parts of one batch read but not yet written. */
  static final int WINDOW = 4;

  private static final Problem LINE_TOO_LONG =
      tooLong(
          Text.of(
              "a line longer than " + EligibilityServer.MAX_LINE_BYTES + " bytes",
              "一行超过 " + EligibilityServer.MAX_LINE_BYTES + " 字节"));

  private static final Problem RECORD_TOO_LONG =
      tooLong(
          Text.of(
              "a CSV record longer than " + EligibilityServer.MAX_LINE_BYTES + " characters",
              "一条 CSV 记录超过 " + EligibilityServer.MAX_LINE_BYTES + " 个字符"));

  private static final Problem NOT_UTF8 = Problem.of(Problem.WHOLE, FormatCode.NOT_UTF8);

  /** The body exceeds {@code limit}, as a problem of the whole body. */
  private static Problem tooLong(Text limit) {
    return Problem.of(Problem.WHOLE, FormatCode.LIMIT_EXCEEDED, Map.of("limit", limit));
  }

  /**
   * Thrown when a batch could not be finished: the record it was on has been answered where the
   * format can say why, the end has not been written, and the response must end abnormally.
   */
  static final class CutException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;

    CutException(long line, @Nullable Throwable cause) {
      super("the batch was cut at record " + line, cause);
      this.line = line;
    }

    /** Returns the number of the record the batch was cut at. */
    long line() {
      return line;
    }
  }

  /**
   * The body of one batch request: NDJSON, or CSV whose header has been read and checked. Its reads
   * answer every record read so far before they would wait for more of the body.
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

  /**
   * One record to answer: NDJSON still to be read, or a CSV record already read.
   *
   * @param number the line or record number the answer carries
   * @param id the id cell of a CSV record, else empty
   * @param json the NDJSON line, or null for a CSV record
   * @param input the CSV record, or null for an NDJSON line
   */
  @SuppressWarnings("ArrayRecordComponent") // handed to one worker, never compared
  private record Entry(
      long number, String id, byte @Nullable [] json, @Nullable ApplicationInput input) {
    int size() {
      return json == null ? 256 : json.length;
    }
  }

  /**
   * One part's answers, written: the bytes of its rows, how many records were assessed and refused,
   * and the record at which the batch must be cut (a failure the format cannot say), or 0.
   */
  @SuppressWarnings("ArrayRecordComponent") // handed to the writing thread, never compared
  private record Part(byte[] bytes, int assessments, int errors, long cutAt) {}

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

  /**
   * Reads {@code input} to its end and writes each record's answer to {@code out} in {@code
   * format}, then the format's end; flushes {@code out} but leaves it open.
   *
   * @throws CutException when the batch could not be finished; the response must end abnormally
   * @throws IOException when {@code out} cannot be written
   */
  void assessEach(Input input, BatchAnswer format, OutputStream out, Assessor assessor)
      throws IOException {
    format.begin(out);
    BlockingQueue<Step> steps = new ArrayBlockingQueue<>(WINDOW);
    AtomicBoolean abandoned = new AtomicBoolean();
    Future<?> reading =
        Threads.READERS.submit(new Reading(input, format, assessor, steps, abandoned));
    try {
      write(steps, format, out);
    } finally {
      abandoned.set(true); // a reading thread still at work stops at its next step
      steps.clear();
      reading.cancel(true);
    }
  }

  /**
   * Writes the parts that {@code steps} brings, in order, as their workers finish them, then the
   * end or the cut. Flushes {@code out} before it would wait.
   */
  private void write(BlockingQueue<Step> steps, BatchAnswer format, OutputStream out)
      throws IOException {
    long assessments = 0;
    long errors = 0;
    while (true) {
      Step step = steps.poll();
      if (step == null) {
        out.flush();
        step = take(steps);
      }
      if (step instanceof Sent sent) {
        if (!sent.part().isDone()) {
          out.flush();
        }
        Part part = join(sent.part());
        out.write(part.bytes());
        assessments += part.assessments();
        errors += part.errors();
        if (part.cutAt() > 0) {
          out.flush();
          throw new CutException(part.cutAt(), null);
        }
      } else if (step instanceof Cut cut) {
        BatchAnswer.Rows rows = format.rows(out);
        if (rows.canSay(cut.problem())) {
          rows.refused(cut.line(), cut.id(), cut.problem());
          if (metrics != null) {
            metrics.batchLine(false);
          }
        }
        rows.finish();
        out.flush();
        throw new CutException(cut.line(), cut.cause());
      } else if (step instanceof Failed failed) {
        Throwables.throwIfUnchecked(failed.failure());
        throw new IllegalStateException(failed.failure());
      } else {
        format.end(out, assessments + errors, assessments, errors);
        out.flush();
        return;
      }
    }
  }

  private static Step take(BlockingQueue<Step> steps) throws InterruptedIOException {
    try {
      return steps.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the batch's next part");
    }
  }

  private static Part join(CompletableFuture<Part> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause != null) {
        Throwables.throwIfUnchecked(cause);
      }
      throw e;
    }
  }

  /** What the reading thread hands to the writing one, in order. */
  private sealed interface Step permits Sent, Cut, Failed, Ended {}

  /** A part of the batch, being answered by a worker. */
  private record Sent(CompletableFuture<Part> part) implements Step {}

  /**
   * The body could not be read on at record {@code line} (id cell {@code id}) for {@code cause}:
   * answer it with {@code problem} where the format can say it, and cut the batch.
   */
  private record Cut(long line, String id, ProblemDetails problem, Throwable cause)
      implements Step {}

  /** The reading failed unexpectedly: a fault of the service. */
  private record Failed(Throwable failure) implements Step {}

  /** Every record has been read and sent. */
  private record Ended() implements Step {}

  /**
   * Reads the records of one batch into parts, hands each to a worker, and the part's future to the
   * writing thread through a queue of {@link #WINDOW} steps: reading waits while the queue is full.
   * Before a read would wait for more of the body, the part being read is sent as it is.
   */
  private final class Reading implements Runnable, Flushable {
    private final Input input;
    private final BatchAnswer format;
    private final Assessor assessor;
    private final BlockingQueue<Step> steps;
    private final AtomicBoolean abandoned;
    private List<Entry> part = new ArrayList<>(PART_RECORDS);
    private int partBytes;

    Reading(
        Input input,
        BatchAnswer format,
        Assessor assessor,
        BlockingQueue<Step> steps,
        AtomicBoolean abandoned) {
      this.input = input;
      this.format = format;
      this.assessor = assessor;
      this.steps = steps;
      this.abandoned = abandoned;
    }

    @Override
    public void run() {
      input.body.beforeWaiting = this;
      try {
        if (input.csv == null || input.text == null) {
          readLines();
        } else {
          try (CsvApplications csv = input.csv) {
            readRecords(csv, input.text);
          }
        }
      } catch (InterruptedIOException e) {
        Thread.currentThread().interrupt(); // the writing thread has given up the batch
      } catch (IOException | RuntimeException | Error e) {
        put(new Failed(e));
      }
    }

    private void readLines() throws IOException {
      NdjsonLines lines = new NdjsonLines(input.body, EligibilityServer.MAX_LINE_BYTES, this);
      while (true) {
        NdjsonLines.Line line;
        try {
          line = lines.next();
        } catch (InterruptedIOException e) {
          throw e;
        } catch (IOException e) {
          long at = lines.number() + 1L;
          cut(new Cut(at, "", ProblemDetails.bodyBrokeOff(at), e));
          return;
        }
        if (line == null) {
          end();
          return;
        }
        if (line.tooLong()) {
          add(
              new Entry(
                  line.number(),
                  "",
                  null,
                  new ApplicationInput(Optional.empty(), ImmutableList.of(LINE_TOO_LONG))));
        } else if (!line.isBlank()) {
          add(new Entry(line.number(), "", line.content(), null));
        }
      }
    }

    /**
     * Reads every record of {@code csv}. Text that cannot be read on is answered, for the record
     * where reading stopped, with the problem that says why; nothing after it is read.
     */
    private void readRecords(CsvApplications csv, BoundedReader text) throws IOException {
      long number = 0;
      while (true) {
        Optional<CsvApplications.Row> row;
        try {
          text.startRecord();
          row = csv.next();
        } catch (InterruptedIOException e) {
          throw e;
        } catch (IOException e) {
          ProblemDetails problem;
          try {
            problem = ProblemDetails.invalidApplication(unreadable(e));
          } catch (IOException broken) {
            problem = ProblemDetails.bodyBrokeOff(number + 1);
          }
          cut(new Cut(number + 1, "", problem, e));
          return;
        }
        if (row.isEmpty()) {
          end();
          return;
        }
        CsvApplications.Row record = row.get();
        number = record.number();
        add(new Entry(number, record.id().orElse(""), null, record.input()));
      }
    }

    /** Adds {@code record} to the part being read; sends the part once it is full. */
    private void add(Entry record) throws InterruptedIOException {
      part.add(record);
      partBytes += record.size();
      if (part.size() == PART_RECORDS || partBytes >= PART_BYTES) {
        flush();
      }
    }

    /** Sends the part being read to a worker, and its future to the writing thread. */
    @Override
    public void flush() throws InterruptedIOException {
      if (part.isEmpty()) {
        return;
      }
      List<Entry> records = part;
      part = new ArrayList<>(PART_RECORDS);
      partBytes = 0;
      CompletableFuture<Part> answered =
          CompletableFuture.supplyAsync(() -> answer(records, format, assessor), Threads.WORKERS);
      if (!put(new Sent(answered))) {
        throw new InterruptedIOException("the batch was given up");
      }
    }

    private void end() throws InterruptedIOException {
      flush();
      put(new Ended());
    }

    private void cut(Cut cut) throws InterruptedIOException {
      flush();
      put(cut);
    }

    /**
     * Puts {@code step} in the queue, waiting while it is full; returns false if the writing thread
     * has given up the batch (it no longer takes from the queue, and may not have interrupted a
     * read of the body in time to stop this thread).
     */
    private boolean put(Step step) {
      try {
        while (!steps.offer(step, 100, TimeUnit.MILLISECONDS)) {
          if (abandoned.get()) {
            return false;
          }
        }
        return !abandoned.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * Returns the part of {@code records} answered, in {@code format}. Each row is written into a
   * buffer of its own and added to the part once it is whole: a row whose writing fails (which no
   * input can cause) leaves nothing of itself, and the record is answered with the service's
   * failure instead, where the format can say it; the part goes on.
   */
  private Part answer(List<Entry> records, BatchAnswer format, Assessor assessor) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(records.size() * 2048);
    ByteArrayOutputStream row = new ByteArrayOutputStream(4096);
    int assessments = 0;
    int errors = 0;
    try {
      BatchAnswer.Rows rows = format.rows(row);
      for (Entry record : records) {
        Outcome outcome = outcome(record, assessor);
        if (outcome instanceof Refused refused && !rows.canSay(refused.problem())) {
          return new Part(bytes.toByteArray(), assessments, errors, record.number());
        }
        try {
          write(outcome, record, rows);
        } catch (IOException | RuntimeException e) {
          ProblemDetails failure =
              problems.problemFor(e, "POST", Routes.BATCH + " line " + record.number());
          row.reset();
          rows = format.rows(row); // the failed writer may hold part of the row
          if (!rows.canSay(failure)) {
            return new Part(bytes.toByteArray(), assessments, errors, record.number());
          }
          outcome = new Refused(failure);
          write(outcome, record, rows);
        }
        row.writeTo(bytes);
        row.reset();
        if (outcome instanceof Assessed) {
          assessments++;
        } else {
          errors++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new Part(bytes.toByteArray(), assessments, errors, 0);
  }

  /**
   * Writes the row of {@code record}'s {@code outcome} with {@code rows}, and hands it on whole.
   */
  private static void write(Outcome outcome, Entry record, BatchAnswer.Rows rows)
      throws IOException {
    if (outcome instanceof Assessed assessed) {
      rows.assessed(record.number(), assessed.assessment());
    } else if (outcome instanceof Refused refused) {
      rows.refused(record.number(), record.id(), refused.problem());
    }
    rows.finish();
  }

  /** What became of one record. */
  private sealed interface Outcome permits Assessed, Refused {}

  private record Assessed(Assessment assessment) implements Outcome {}

  /** The problem that kept a record from being assessed. */
  private record Refused(ProblemDetails problem) implements Outcome {}

  /** Returns the assessment of {@code record}, or the problem that kept it from being assessed. */
  private Outcome outcome(Entry record, Assessor assessor) {
    try {
      byte[] line = record.json();
      ApplicationInput input =
          line != null ? json.readApplication(line) : Objects.requireNonNull(record.input());
      if (input.application().isEmpty()) {
        if (metrics != null) {
          metrics.batchLine(false);
        }
        return new Refused(
            ProblemDetails.invalidApplication(input.problems(), input.omittedProblems()));
      }
      Assessment assessed = assessor.assess(input.application().get());
      if (metrics != null) {
        metrics.assessed(assessed);
        metrics.batchLine(true);
      }
      return new Assessed(assessed);
    } catch (RuntimeException e) {
      if (metrics != null) {
        metrics.batchLine(false);
      }
      return new Refused(problems.problemFor(e, "POST", Routes.BATCH + " line " + record.number()));
    }
  }

  /**
   * The threads of every batch: the workers that answer the parts, one per processor, and a thread
   * per batch that reads its body (the request's own thread writes the answer). All are daemons, so
   * that they never keep the process alive. Each batch has at most {@link #WINDOW} parts queued, so
   * the workers' queue is bounded by the batches in flight, themselves bounded by the server's
   * threads.
   */
  private static final class Threads {
    static final ExecutorService WORKERS =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            new ThreadFactoryBuilder().setNameFormat("batch-worker-%d").setDaemon(true).build());
    static final ExecutorService READERS =
        Executors.newCachedThreadPool(
            new ThreadFactoryBuilder().setNameFormat("batch-reader-%d").setDaemon(true).build());
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
   * Answers every record read so far before a read would wait for more of the body, as {@link
   * NdjsonLines} does.
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
