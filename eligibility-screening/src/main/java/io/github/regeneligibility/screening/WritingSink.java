package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.ProblemDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a screening's answer to a stream in an {@link AnswerFormat}: the workers write the rows of
 * their parts into buffers of their own, the calling thread writes the buffers in input order, then
 * the format's end.
 *
 * <p>Each row is written into a buffer of its own and added to its part once it is whole: a row
 * whose writing fails (which no input can cause) leaves nothing of itself, and the record is
 * answered with the internal-error problem instead, where the format can say it; the part goes on.
 * A record whose problem the format cannot say cuts the answer there.
 */
final class WritingSink implements Pipeline.Sink<WritingSink.Part> {

  /**
   * One part's answers, written: the bytes of its rows, how many records were assessed and refused,
   * and the record at which the answer must be cut (a problem the format cannot say), or 0.
   */
  record Part(ByteArrayOutputStream bytes, int assessed, int refused, long cutAt) {}

  private final Screener screener;
  private final AnswerFormat format;
  private final OutputStream out;
  private long assessed;
  private long refused;

  WritingSink(Screener screener, AnswerFormat format, OutputStream out) {
    this.screener = screener;
    this.format = format;
    this.out = out;
  }

  @Override
  public Part answer(long before, List<Entry> records) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(records.size() * 2048);
    ByteArrayOutputStream row = new ByteArrayOutputStream(4096);
    int assessedHere = 0;
    int refusedHere = 0;
    try {
      AnswerFormat.Rows rows = format.rows(row);
      for (Entry entry : records) {
        Screened record = screener.screen(entry);
        if (!canSay(rows, record)) {
          return new Part(bytes, assessedHere, refusedHere, entry.number());
        }
        try {
          write(rows, record);
        } catch (IOException | RuntimeException e) {
          record = screener.failed(entry, e);
          row.reset();
          rows = format.rows(row); // the failed writer may hold part of the row
          if (!canSay(rows, record)) {
            return new Part(bytes, assessedHere, refusedHere, entry.number());
          }
          write(rows, record);
        }
        row.writeTo(bytes);
        row.reset();
        if (record.isAssessed()) {
          assessedHere++;
        } else {
          refusedHere++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new Part(bytes, assessedHere, refusedHere, 0);
  }

  private static boolean canSay(AnswerFormat.Rows rows, Screened record) {
    return record.problem().map(rows::canSay).orElse(true);
  }

  /** Writes the row of {@code record} with {@code rows}, and hands it on whole. */
  private static void write(AnswerFormat.Rows rows, Screened record) throws IOException {
    rows.write(record);
    rows.finish();
  }

  @Override
  public void take(Part part) throws IOException {
    part.bytes().writeTo(out); // the buffer itself: no copy of the part's rows
    assessed += part.assessed();
    refused += part.refused();
    if (part.cutAt() > 0) {
      out.flush();
      throw new CutInputException(part.cutAt(), null);
    }
  }

  @Override
  public void cut(Screened record, Throwable cause) throws IOException {
    AnswerFormat.Rows rows = format.rows(out);
    ProblemDocument problem = record.problem().orElseThrow();
    if (rows.canSay(problem)) {
      rows.write(record);
      screener.listener().screened(record);
    }
    rows.finish();
    out.flush();
    throw new CutInputException(record.number(), cause);
  }

  @Override
  public void end() throws IOException {
    format.end(out, assessed + refused, assessed, refused);
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
