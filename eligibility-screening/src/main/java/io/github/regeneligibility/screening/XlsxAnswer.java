package io.github.regeneligibility.screening;

import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.sheets.ResultsWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workbook answer: the workers screen each part and find each assessed application's best
 * improvement; the calling thread writes the rows in input order to a {@link ResultsWorkbook}, then
 * its summary.
 */
final class XlsxAnswer implements Pipeline.Sink<List<XlsxAnswer.Done>> {

  /** A record screened, with its best improvement when it was assessed and has one. */
  record Done(Screened record, Optional<Improvement> best) {}

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
  public List<Done> answer(List<Entry> records) {
    List<Done> part = new ArrayList<>(records.size());
    for (Entry entry : records) {
      Screened record = screener.screen(entry);
      Optional<Improvement> best = Optional.empty();
      if (record.assessment().isPresent()) {
        try {
          Assessment assessment = record.assessment().get();
          best = screener.assessor().improvements(assessment).stream().findFirst();
        } catch (RuntimeException e) {
          record = screener.failed(entry, e);
        }
      }
      part.add(new Done(record, best));
    }
    return part;
  }

  @Override
  public void take(List<Done> part) throws IOException {
    for (Done done : part) {
      write(done.record(), done.best());
    }
  }

  private void write(Screened record, Optional<Improvement> best) throws IOException {
    if (record.assessment().isPresent()) {
      results.assessed(record.line(), record.assessment().get(), best);
    } else {
      results.refused(record.line(), record.id(), record.problem().orElseThrow());
    }
  }

  @Override
  public void cut(Screened record, Throwable cause) throws IOException {
    screener.listener().screened(record);
    write(record, Optional.empty());
    throw new CutInputException(record.number(), cause);
  }

  @Override
  public void end() throws IOException {
    results.finish();
  }

  @Override
  public void flush() {}
}
