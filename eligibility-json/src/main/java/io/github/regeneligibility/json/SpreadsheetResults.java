package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.FieldLabel;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Texts;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the outcomes of a screening as CSV for a spreadsheet (RFC 4180, UTF-8 with a byte-order
 * mark, so that Excel on Chinese Windows reads it as UTF-8), everything in one language: a header
 * of labels, then one row per record with its {@code row} (the row a spreadsheet shows the record
 * on: its line in the input, the header being row 1), its number among the records ({@code line} of
 * {@link CsvResults}), the id, project and applicant, the tier's label, the score, each criterion's
 * points, the tier reason's message and the edition; for a record with problems, the problems
 * instead, each as its field's label and its message.
 */
public final class SpreadsheetResults implements Closeable, Flushable {

  /** The byte-order mark that a spreadsheet takes as the sign of UTF-8. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final Texts HEADER = Texts.read(SpreadsheetResults.class, "spreadsheet");
  private static final Template PROBLEM = Template.of(HEADER.get("PROBLEM"));

  private final CSVPrinter printer;
  private final Language language;

  private SpreadsheetResults(CSVPrinter printer, Language language) {
    this.printer = printer;
    this.language = language;
  }

  /** Returns the header in {@code language}. */
  public static ImmutableList<String> header(Language language) {
    ImmutableList.Builder<String> header = ImmutableList.builder();
    for (String key : List.of("ROW", "LINE", "ID", "PROJECT_NAME", "APPLICANT_NAME", "TIER")) {
      header.add(HEADER.get(key).in(language));
    }
    header.add(HEADER.get("SCORE").in(language));
    for (Criterion criterion : Criterion.values()) {
      header.add(criterion.label(language));
    }
    for (String key : List.of("TIER_REASON", "EDITION", "PROBLEMS")) {
      header.add(HEADER.get(key).in(language));
    }
    return header.build();
  }

  /**
   * Starts writing results to {@code out} in {@code language}: writes the byte-order mark and the
   * header. Closing the writer closes {@code out}.
   *
   * @throws IOException if {@code out} cannot be written
   */
  public static SpreadsheetResults open(Writer out, Language language) throws IOException {
    out.write(BYTE_ORDER_MARK);
    CSVPrinter printer = CSVFormat.RFC4180.print(out);
    printer.printRecord(header(language));
    return new SpreadsheetResults(printer, language);
  }

  /**
   * Goes on writing results to {@code out} in {@code language}, without the mark or the header: for
   * results written in parts, each after the part that began with them.
   */
  public static SpreadsheetResults withoutHeader(Writer out, Language language) {
    try {
      return new SpreadsheetResults(CSVFormat.RFC4180.print(out), language);
    } catch (IOException e) {
      throw new UncheckedIOException("no header is written, so nothing is written yet", e);
    }
  }

  /**
   * Writes the row of record {@code line}, shown on row {@code row}, assessed as {@code
   * assessment}.
   */
  public void write(long row, long line, Assessment assessment) throws IOException {
    List<Object> cells = new ArrayList<>();
    cells.add(row);
    cells.add(line);
    cells.add(assessment.getApplicationId());
    cells.add(Template.wellFormed(assessment.getApplication().getProjectName()));
    cells.add(Template.wellFormed(assessment.getApplication().getApplicantName()));
    cells.add(assessment.getTier().label(language));
    cells.add(assessment.getScore());
    for (CriterionResult criterion : assessment.getCriteria()) {
      cells.add(criterion.getPoints());
    }
    cells.add(assessment.getTierReason().getMessage(language));
    cells.add(assessment.getPolicy().getId() + " " + assessment.getPolicy().getVersion());
    cells.add("");
    printer.printRecord(cells);
  }

  /**
   * Writes the row of record {@code line}, shown on row {@code row}, whose id cell was {@code id},
   * with its problems; text taken from the input is written {@linkplain Template#wellFormed
   * well-formed}.
   */
  public void write(long row, long line, String id, List<Problem> problems) throws IOException {
    List<Object> cells = new ArrayList<>();
    cells.add(row);
    cells.add(line);
    cells.add(Template.wellFormed(id));
    int columns = header(language).size();
    while (cells.size() < columns - 1) {
      cells.add("");
    }
    cells.add(
        problems.stream()
            .map(
                problem ->
                    Template.wellFormed(
                        PROBLEM
                            .render(
                                ImmutableMap.of(
                                    "field",
                                    FieldLabel.of(problem.getPath()),
                                    "message",
                                    problem.getText()))
                            .in(language)))
            .collect(Collectors.joining(HEADER.get("PROBLEM_SEPARATOR").in(language))));
    printer.printRecord(cells);
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
