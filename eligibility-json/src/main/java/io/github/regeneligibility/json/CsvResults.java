package io.github.regeneligibility.json;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the outcomes of CSV input as CSV (RFC 4180), one row per input record: a header, then for
 * each record its {@code line} (the record's number from 1), the id, the tier, the score, each
 * criterion's points, the tier reason's code and the edition; for a record with problems, the
 * {@code problems} instead of a tier ({@code field: message} joined by {@code " | "}, in the chosen
 * language).
 */
public final class CsvResults extends CsvRows {

  /** The header of the results: {@code line}, {@code id}, {@code tier}, … {@code problems}. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.<String>builder()
          .add("line", "id", "tier", "score")
          .addAll(
              Arrays.stream(Criterion.values())
                  .map(c -> CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, c.name()))
                  .iterator())
          .add("tierReason", "edition", "problems")
          .build();

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

  private CsvResults(CSVPrinter printer, Language language) {
    super(printer, language);
  }

  /**
   * Starts writing results to {@code out}, problems in {@code language}: writes the header. Closing
   * the writer closes {@code out}.
   *
   * @throws IOException if {@code out} cannot be written
   */
  public static CsvResults open(Writer out, Language language) throws IOException {
    return new CsvResults(FORMAT.print(out), language);
  }

  /**
   * Goes on writing results to {@code out}, problems in {@code language}, without a header: for
   * results written in parts, each after the part that began with the header. Closing the writer
   * closes {@code out}.
   */
  public static CsvResults withoutHeader(Writer out, Language language) {
    return new CsvResults(withoutHeader(out), language);
  }

  /** Writes the row of record {@code line}, assessed as {@code assessment}. */
  public void write(long line, Assessment assessment) throws IOException {
    List<Object> row = new ArrayList<>(COLUMNS.size());
    row.add(line);
    row.add(assessment.getApplicationId());
    row.add(assessment.getTier());
    row.add(assessment.getScore());
    for (CriterionResult criterion : assessment.getCriteria()) {
      row.add(criterion.getPoints());
    }
    row.add(assessment.getTierReason().getCode());
    row.add(assessment.getPolicy().getId() + " " + assessment.getPolicy().getVersion());
    row.add("");
    printer.printRecord(row);
  }

  /**
   * Writes the row of record {@code line}, whose id cell was {@code id}, with its problems; text
   * taken from the input is written {@linkplain Template#wellFormed well-formed}.
   */
  public void write(long line, String id, List<Problem> problems) throws IOException {
    List<Object> row = new ArrayList<>(COLUMNS.size());
    row.add(line);
    row.add(Template.wellFormed(id));
    while (row.size() < COLUMNS.size() - 1) {
      row.add("");
    }
    row.add(
        problems.stream()
            .map(
                problem ->
                    Template.wellFormed(problem.getPath() + ": " + problem.getMessage(language)))
            .collect(Collectors.joining(" | ")));
    printer.printRecord(row);
  }
}
