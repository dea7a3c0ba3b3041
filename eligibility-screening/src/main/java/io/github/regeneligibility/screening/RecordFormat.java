package io.github.regeneligibility.screening;

import com.google.errorprone.annotations.Immutable;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvResults;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.sheets.ResultsWorkbook;
import io.github.regeneligibility.sheets.WorkbookApplications;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The formats a screening reads records in and writes answers in. Each reads with a source of its
 * own and writes with an answer of its own, so another format is one more constant here.
 */
public enum RecordFormat {
  /**
   * Newline-delimited JSON (UTF-8): one application per line, each numbered by its line (blank
   * lines, of nothing but spaces and tabs, counted and not answered). Answered with one line per
   * record, {@code {"line": N, "assessment": {…}}} or {@code {"line": N, "error": {…problem…}}},
   * then, when the answer is complete, {@code {"end": {"lines", "assessments", "errors"}}}.
   */
  NDJSON(NdjsonSource::new, NdjsonAnswer::new),

  /**
   * CSV (UTF-8, RFC 4180) as the library's {@link CsvApplications} reads it: a header naming the
   * application's fields, then one application per record, numbered from 1. Answered in the columns
   * of {@link CsvResults}: a header, then one row per record; a complete answer has no row of its
   * own.
   */
  CSV(CsvSource::open, (json, language) -> new CsvAnswer(language)),

  /**
   * A workbook (.xlsx) as the library's {@link WorkbookApplications} reads it: the first sheet, a
   * header row naming the application's fields by JSON name or label, then one application per row,
   * numbered by its row less the header's (empty rows skipped and counted). Every bound is checked
   * when the input is opened. Answered as a {@link ResultsWorkbook}: a summary sheet and a results
   * sheet, written whole at the end (a workbook is a zip, and cannot be sent in parts).
   */
  XLSX(
      XlsxSource::open,
      (json, language) -> {
        throw new IllegalStateException("a workbook is answered whole, not row by row");
      }) {
    @Override
    void answer(RecordSource source, Screener screener, OutputStream out, Language language)
        throws IOException {
      XlsxAnswer.write(source, screener, out, language);
    }
  };

  /** How a format starts reading records from a stream. */
  @Immutable
  @FunctionalInterface
  private interface Opener {
    RecordSource open(InputStream in) throws IOException;
  }

  /** How a format makes its answer, row by row. */
  @Immutable
  @FunctionalInterface
  private interface Answerer {
    AnswerFormat answer(EligibilityJson json, Language language);
  }

  private final Opener opener;
  private final Answerer answerer;

  RecordFormat(Opener opener, Answerer answerer) {
    this.opener = opener;
    this.answerer = answerer;
  }

  /**
   * Starts reading records from {@code in}: reads and checks what comes before the first one.
   *
   * @throws InvalidInputException if that is wrong
   */
  RecordSource read(InputStream in) throws IOException {
    return opener.open(in);
  }

  /** Returns the answer in this format, its assessments written by {@code json}. */
  AnswerFormat answer(EligibilityJson json, Language language) {
    return answerer.answer(json, language);
  }

  /**
   * Screens the records of {@code source} and writes their answers to {@code out} in this format,
   * messages in {@code language}: row by row, in parts written by the workers.
   */
  void answer(RecordSource source, Screener screener, OutputStream out, Language language)
      throws IOException {
    AnswerFormat answer = answer(screener.json(), language);
    answer.begin(out);
    Pipeline.run(source, new WritingSink(screener, answer, out));
  }
}
