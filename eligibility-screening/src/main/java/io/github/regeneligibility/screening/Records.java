package io.github.regeneligibility.screening;

import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The records of one input, opened by {@link Screening#read} and screened once, in one of two ways:
 * answered into a stream ({@link #answer}), or handed to the caller as values ({@link #forEach}).
 * Either reads the input to its end on a thread of its own and screens the records on every core,
 * and gives their outcomes in input order on the calling thread, in memory bounded whatever the
 * input's length. Neither closes the input or the output.
 */
public final class Records {
  private final RecordSource source;
  private final Screener screener;
  private boolean screened;

  Records(RecordSource source, Screener screener) {
    this.source = source;
    this.screener = screener;
  }

  /**
   * Screens every record and writes its answer to {@code out} in {@code format}, in input order,
   * messages in {@code language}; then the format's end. The answer is flushed before the screening
   * waits for more input, so that a caller streaming its records sees each answer as soon as there
   * is one.
   *
   * @throws CutInputException when the input could not be read on, or a record's answer cannot be
   *     said in {@code format}: the answer has no end, and must not be taken for a whole one
   * @throws IOException if {@code out} cannot be written
   * @throws IllegalStateException if these records were screened before
   */
  public void answer(OutputStream out, RecordFormat format, Language language) throws IOException {
    start();
    format.answer(source, screener, out, language);
  }

  /**
   * Screens every record and writes its answer to {@code out} as CSV for a spreadsheet, in the
   * columns of {@link io.github.regeneligibility.json.SpreadsheetResults}: a byte-order mark, then
   * the header, labels, messages and problems in {@code language}, each row with the row a
   * spreadsheet shows its record on. Otherwise as {@link #answer}.
   *
   * @throws CutInputException as {@link #answer} does
   * @throws IOException if {@code out} cannot be written
   * @throws IllegalStateException if these records were screened before
   */
  public void answerForSpreadsheet(OutputStream out, Language language) throws IOException {
    start();
    AnswerFormat answer = new SpreadsheetAnswer(language);
    answer.begin(out);
    Pipeline.run(source, new WritingSink(screener, answer, out));
  }

  /**
   * Screens every record and hands what became of it to {@code action}, in input order, on the
   * calling thread. An exception that {@code action} throws stops the screening and is thrown here.
   *
   * @throws CutInputException when the input could not be read on: the record it was cut at has
   *     been handed to {@code action} with the problem that says why, and none after it
   * @throws IllegalStateException if these records were screened before
   */
  public void forEach(Consumer<? super Screened> action) throws IOException {
    start();
    Pipeline.run(source, new ForEachSink(screener, action));
  }

  private void start() {
    if (screened) {
      throw new IllegalStateException("the records of an input are screened once");
    }
    screened = true;
  }
}
