package io.github.regeneligibility.screening;

import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.sheets.ResultsRows;
import io.github.regeneligibility.sheets.ResultsWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The workbook answer: the workers screen each part, find each assessed application's best
 * improvement, and build the part's rows of the {@link ResultsWorkbook}; the calling thread writes
 * the parts' rows in input order, then the summary.
 */
final class XlsxAnswer implements Pipeline.Sink<ResultsRows> {

  private final Screener screener;
  private final ResultsWorkbook results;

  private XlsxAnswer(Screener screener, ResultsWorkbook results) {
    this.screener = screener;
    this.results = results;
  }

  /** Screens {@code source} and writes the results workbook to {@code out}. */
  static void write(RecordSource source, Screener screener, OutputStream out, Language language)
      throws IOException {
    ResultsWorkbook results =
        ResultsWorkbook.open(
            out,
            language,
            screener.assessor().getEdition().getReference(),
            ZonedDateTime.now(ResultsWorkbook.ZONE));
    Pipeline.run(source, new XlsxAnswer(screener, results));
  }

  @Override
  public ResultsRows answer(long before, List<Entry> records) {
    ResultsRows rows = results.rows(before);
    for (Entry entry : records) {
      Screened record = screener.screen(entry);
      if (record.assessment().isPresent()) {
        try {
          Assessment assessment = record.assessment().get();
          Optional<Improvement> best =
              screener.assessor().improvements(assessment).stream().findFirst();
          rows.assessed(record.line(), assessment, best);
          continue;
        } catch (RuntimeException e) { // a row left unfinished leaves nothing of itself
          record = screener.failed(entry, e);
        }
      }
      rows.refused(record.line(), record.id(), record.problem().orElseThrow());
    }
    return rows;
  }

  @Override
  public void take(ResultsRows part) throws IOException {
    results.write(part);
  }

  @Override
  public void cut(Screened record, Throwable cause) throws IOException {
    screener.listener().screened(record);
    if (record.assessment().isPresent()) {
      results.assessed(record.line(), record.assessment().get(), Optional.empty());
    } else {
      results.refused(record.line(), record.id(), record.problem().orElseThrow());
    }
    throw new CutInputException(record.number(), cause);
  }

  @Override
  public void end() throws IOException {
    results.finish();
  }

  @Override
  public void flush() {}
}
