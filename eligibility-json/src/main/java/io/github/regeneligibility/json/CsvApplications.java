package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.rules.PolicyCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads applications from CSV (RFC 4180, UTF-8), one record at a time: a header naming the
 * application's fields by their JSON names (in any order), then one application per record. Memory
 * stays bounded by the longest record, whatever the input's length.
 *
 * <p>How cells become fields: an empty cell is an absent field (validation then reports it if the
 * field is required); {@code sectors} is a {@code ;}-separated list; enum cells hold the constant's
 * exact name and {@code yearsToIndustrialization} a whole number. Nothing is trimmed, coerced or
 * defaulted. Each record is bound and validated as a JSON application is: a cell that cannot be
 * read is a {@link Problem} named by its column and is not reported again as missing. Blank lines
 * are skipped. Two records with the same id are two applications.
 */
public final class CsvApplications implements Closeable {

  /** The columns, one per application field. */
  public static final ImmutableList<String> COLUMNS = ApplicationForm.FIELDS;

  /**
   * One data record: its number (from 1, the header not counted, blank lines skipped), the line of
   * the input it starts on (from 1, the header being line 1), the id cell as given, and what it
   * holds.
   *
   * @param number the record's number among the data records, from 1
   * @param line the line the record starts on
   * @param id the record's id cell, when it is not empty; it may be an invalid id, cut after 64
   *     characters
   * @param input the valid application, or every problem of the record
   */
  public record Row(long number, long line, Optional<String> id, ApplicationInput input) {}

  private static final Text UNCLOSED = Phrase.of("UNCLOSED");
  private static final Template AT_LINE = Phrase.template("AT_LINE");
  private static final Text WHOLE_NUMBER = TreeReader.WHOLE_NUMBER;

  /** The most characters of a record's id cell that {@link Row#id()} holds: a valid id's most. */
  private static final int ID_ECHO_LIMIT = 64;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(false)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .setAllowMissingColumnNames(true)
          .get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ApplicationValidator validator;
  private long number;
  private long linesRead;

  private CsvApplications(CSVParser parser, ApplicationValidator validator) {
    this.parser = parser;
    this.records = parser.iterator();
    this.validator = validator;
    this.linesRead = parser.getCurrentLineNumber();
  }

  /**
   * Starts reading {@code in}: reads and checks the header. A byte-order mark before it is skipped.
   * Closing the reader closes {@code in}.
   *
   * @throws CsvFormatException if the header does not name exactly the application's fields, or is
   *     not well-formed CSV
   * @throws IOException if {@code in} cannot be read
   */
  public static CsvApplications open(Reader in) throws IOException {
    PushbackReader text = new PushbackReader(in, 1);
    int first = text.read();
    if (first >= 0 && first != '\uFEFF') {
      text.unread(first);
    }
    CSVParser parser;
    try {
      parser = FORMAT.parse(text);
    } catch (IllegalArgumentException e) { // how the parser refuses a repeated column
      throw new CsvFormatException(
          List.of(
              Problem.of(
                  Problem.WHOLE,
                  FormatCode.MALFORMED_CSV,
                  Map.of("detail", Phrase.of("REPEATED_COLUMN")))));
    } catch (CSVException e) {
      throw malformed(1);
    }
    checkHeader(parser.getHeaderNames());
    return new CsvApplications(parser, ApplicationValidator.shared());
  }

  private static CsvFormatException header(List<String> header) {
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    header.forEach(missing::remove);
    Set<String> unknown = new LinkedHashSet<>(header);
    COLUMNS.forEach(unknown::remove);
    List<Problem> problems = new CappedProblems();
    missing.forEach(column -> problems.add(Problem.of(column, PolicyCode.MISSING_PROPERTY)));
    unknown.forEach(
        column -> problems.add(Problem.of(Template.echo(column), FormatCode.UNKNOWN_PROPERTY)));
    return new CsvFormatException(problems);
  }

  private static void checkHeader(List<String> header) throws CsvFormatException {
    if (header.size() != COLUMNS.size() || !COLUMNS.containsAll(header)) {
      throw header(header);
    }
  }

  private static CsvFormatException malformed(long line) {
    return new CsvFormatException(
        List.of(
            Problem.of(
                Problem.WHOLE,
                FormatCode.MALFORMED_CSV,
                Map.of(
                    "detail",
                    AT_LINE.render(ImmutableMap.of("problem", UNCLOSED, "line", line))))));
  }

  /**
   * Reads the next data record.
   *
   * @return the record, or empty at the end of the input
   * @throws CsvFormatException if the input is not well-formed CSV from here on
   * @throws IOException if the input cannot be read
   */
  public Optional<Row> next() throws IOException {
    while (true) {
      CSVRecord record;
      long line = linesRead + 1;
      try {
        if (!records.hasNext()) {
          return Optional.empty();
        }
        record = records.next();
      } catch (UncheckedIOException e) { // how the parser's iterator reports a failure
        if (e.getCause() instanceof CSVException) {
          throw malformed(line);
        }
        throw e.getCause();
      }
      linesRead = parser.getCurrentLineNumber();
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // a blank line
      }
      number++;
      return Optional.of(new Row(number, line, id(record), bind(record)));
    }
  }

  /**
   * Returns the line the next record starts on, from 1 (the header being line 1): after {@link
   * #next()} failed, the line of the record it could not read.
   */
  public long nextLine() {
    return linesRead + 1;
  }

  /**
   * Returns the record's id cell as the answer echoes it: cut past the 64 characters of the longest
   * valid id (then ending in {@code …}), so that a bad record's answer stays small.
   */
  private static Optional<String> id(CSVRecord record) {
    return record.isConsistent()
        ? CsvFields.cell(record, "id").map(id -> Template.echo(id, ID_ECHO_LIMIT))
        : Optional.empty();
  }

  private ApplicationInput bind(CSVRecord record) {
    List<Problem> problems = new CappedProblems();
    if (!record.isConsistent()) {
      problems.add(
          Problem.of(
              Problem.WHOLE,
              FormatCode.CELL_COUNT,
              ImmutableMap.of("cells", record.size(), "columns", COLUMNS.size())));
      return ApplicationBinding.refused(problems);
    }
    return ApplicationBinding.bind(new CsvFields(record, problems), problems, validator);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** The cells of one consistent record, by column. */
  private record CsvFields(CSVRecord record, List<Problem> problems)
      implements ApplicationBinding.Fields {

    static Optional<String> cell(CSVRecord record, String column) {
      String cell = record.get(column);
      return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    @Override
    public Optional<String> text(String field) {
      return cell(record, field);
    }

    @Override
    public <E extends Enum<E>> Optional<E> constant(String field, Class<E> type) {
      return cell(record, field).flatMap(name -> named(field, type, name));
    }

    private <E extends Enum<E>> Optional<E> named(String path, Class<E> type, String name) {
      Optional<E> constant = TreeReader.named(type, name);
      if (constant.isEmpty()) {
        problems.add(TreeReader.unknownValue(path, type, "\"" + name + "\""));
      }
      return constant;
    }

    @Override
    public <E extends Enum<E>> Optional<List<E>> constants(String field, Class<E> type) {
      return cell(record, field)
          .map(
              cell -> {
                List<E> values = new ArrayList<>();
                // Past the maximum, the names are counted but not split apart, nor read.
                String[] names = cell.split(";", Application.MAX_SECTORS + 1);
                int read = Math.min(names.length, Application.MAX_SECTORS);
                for (int i = 0; i < read; i++) {
                  named(TreeReader.element(field, i), type, names[i]).ifPresent(values::add);
                }
                if (names.length > read) {
                  long count = read + 1 + names[read].chars().filter(c -> c == ';').count();
                  problems.add(
                      Problem.of(
                          field,
                          FormatCode.TOO_MANY_ELEMENTS,
                          ImmutableMap.of("count", count, "max", Application.MAX_SECTORS)));
                }
                return values;
              });
    }

    @Override
    public Optional<Integer> wholeNumber(String field) {
      Optional<String> cell = cell(record, field);
      // Nine digits at most always fit an int; validation reports whole numbers out of range.
      if (cell.isPresent() && !cell.get().matches("-?[0-9]{1,9}")) {
        problems.add(Problem.of(field, FormatCode.WRONG_TYPE, Map.of("expected", WHOLE_NUMBER)));
        return Optional.empty();
      }
      return cell.map(Integer::valueOf);
    }
  }
}
