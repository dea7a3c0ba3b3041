package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.SpreadsheetResults;
import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The CSV answer for a spreadsheet in the columns of {@link SpreadsheetResults}: a byte-order mark
 * and a header in {@code language}, then one row per record, its {@code row} the line the record
 * starts on. Like the plain CSV answer, a complete one has no row of its own.
 */
record SpreadsheetAnswer(Language language) implements AnswerFormat {

  @Override
  public void begin(OutputStream out) throws IOException {
    SpreadsheetResults.open(CsvAnswer.writer(out), language).flush();
  }

  @Override
  public Rows rows(OutputStream out) {
    SpreadsheetResults results = SpreadsheetResults.withoutHeader(CsvAnswer.writer(out), language);
    return CsvAnswer.rows(
        results,
        record -> {
          if (record.assessment().isPresent()) {
            results.write(record.line(), record.number(), record.assessment().get());
          } else {
            results.write(
                record.line(),
                record.number(),
                record.id().orElse(""),
                record.problem().orElseThrow().errors());
          }
        });
  }

  @Override
  public void end(OutputStream out, long records, long assessed, long refused) {}
}
