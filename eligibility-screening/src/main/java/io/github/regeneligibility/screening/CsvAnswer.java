package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.CsvResults;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The CSV answer (UTF-8) in the library's {@link CsvResults} columns: a header row, then one row
 * per record, its problems in {@code language}. A complete CSV answer has no row of its own: it is
 * told by the stream's proper end.
 */
record CsvAnswer(Language language) implements AnswerFormat {

  @Override
  public void begin(OutputStream out) throws IOException {
    CsvResults.open(writer(out), language).flush();
  }

  @Override
  public Rows rows(OutputStream out) {
    CsvResults results = CsvResults.withoutHeader(writer(out), language);
    return rows(
        results,
        record -> {
          if (record.assessment().isPresent()) {
            results.write(record.number(), record.assessment().get());
          } else {
            results.write(
                record.number(), record.id().orElse(""), record.problem().orElseThrow().errors());
          }
        });
  }

  /** Writes one screened record as a row of a CSV answer. */
  interface RowWriter {
    void write(Screened record) throws IOException;
  }

  /**
   * The rows of a CSV answer: each record by {@code row}, into {@code results}. A row has a cell
   * for the problems of the input, none for a failure or a cut input.
   */
  static Rows rows(Flushable results, RowWriter row) {
    return new Rows() {
      @Override
      public boolean canSay(ProblemDocument problem) {
        return !problem.errors().isEmpty();
      }

      @Override
      public void write(Screened record) throws IOException {
        row.write(record);
      }

      @Override
      public void finish() throws IOException {
        results.flush();
      }
    };
  }

  @Override
  public void end(OutputStream out, long records, long assessed, long refused) {}

  static OutputStreamWriter writer(OutputStream out) {
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }
}
