package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;

/**
 * Screens files of applications: reads their records ({@link RecordFormat#NDJSON}, {@link
 * RecordFormat#CSV} or {@link RecordFormat#XLSX}), validates and assesses each, and answers each in
 * input order with its assessment or the problems that kept it from being assessed. A bad record
 * never sinks the others and is never dropped. Immutable and thread-safe; one screening can read
 * any number of inputs.
 *
 * <pre>{@code
 * Screening screening = Screening.of(Eligibility.assessor(Eligibility.defaultEdition()));
 * try (InputStream in = Files.newInputStream(cohort)) {
 *   screening.read(in, RecordFormat.CSV).forEach(record -> ...);
 * }
 * }</pre>
 *
 * <p>Bounds: a record (an NDJSON line, a CSV record) holds at most {@value #MAX_RECORD_BYTES} bytes
 * (an NDJSON line past it is answered as too long; a CSV record past it cuts the input, as CSV
 * cannot be read on past it); each record's problem document holds at most {@value
 * io.github.regeneligibility.json.ProblemDocument#MAX_ERRORS} problems; the records read and not
 * yet answered are bounded by a constant, whatever the input's length. A workbook is read whole
 * into memory, within the bounds of {@link io.github.regeneligibility.sheets.WorkbookApplications}.
 */
public final class Screening {

  /**
   * The most bytes of one record: an NDJSON line without its end, or the characters of a CSV one.
   */
  public static final int MAX_RECORD_BYTES = 1 << 20;

  private static final EligibilityJson JSON = EligibilityJson.create();

  private final Assessor assessor;
  private final ScreeningListener listener;

  private Screening(Assessor assessor, ScreeningListener listener) {
    this.assessor = assessor;
    this.listener = listener;
  }

  /**
   * Returns a screening that assesses with {@code assessor}, heard by {@link
   * ScreeningListener#NONE}.
   */
  public static Screening of(Assessor assessor) {
    return new Screening(assessor, ScreeningListener.NONE);
  }

  /** Returns this screening, heard by {@code listener}. */
  public Screening withListener(ScreeningListener listener) {
    return new Screening(assessor, listener);
  }

  /**
   * Opens the records in {@code in}, in {@code format}: reads and checks what comes before the
   * first record (a CSV header), so that an input that cannot be screened at all is refused before
   * anything is answered. Nothing is assessed until the records are {@linkplain Records#answer
   * answered} or {@linkplain Records#forEach handed on}.
   *
   * @throws InvalidInputException if the input cannot be screened at all, naming every problem
   * @throws IOException if {@code in} cannot be read
   */
  public Records read(InputStream in, RecordFormat format) throws IOException {
    return new Records(format.read(in), new Screener(JSON, assessor, listener));
  }
}
