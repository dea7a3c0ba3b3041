package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.FieldLabel;
import io.github.regeneligibility.model.Labelled;
import io.github.regeneligibility.model.Language;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads applications from CSV (RFC 4180, UTF-8), one record at a time: a header naming the
 * application's fields by their JSON names or by their Simplified Chinese labels ({@code
 * primarySector} or {@code 主要领域}, in any order and mixed), then one application per record. Memory
 * stays bounded by the longest record, whatever the input's length.
 *
 * <p>How cells become fields: an empty cell is an absent field (validation then reports it if the
 * field is required); {@code sectors} is a list separated by {@code ;} or {@code 、}; enum cells
 * hold the constant's exact name or its exact Simplified Chinese label ({@code STEM_CELLS} or
 * {@code 干细胞}) and {@code yearsToIndustrialization} a whole number. Nothing is trimmed, coerced or
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

  /** What separates the sectors of a cell: {@code ;}, or the Chinese list mark {@code 、}. */
  private static final Pattern SECTOR_SEPARATOR = Pattern.compile("[;、]");

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ApplicationValidator validator;
  private final ImmutableMap<String, String> columns;
  private long number;
  private long linesRead;

  private CsvApplications(
      CSVParser parser, ApplicationValidator validator, ImmutableMap<String, String> columns) {
    this.parser = parser;
    this.records = parser.iterator();
    this.validator = validator;
    this.columns = columns;
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
    return new CsvApplications(
        parser, ApplicationValidator.shared(), checkHeader(parser.getHeaderNames()));
  }

  /** Returns the field that {@code column}, a header cell, names: by its JSON name or its label. */
  static Optional<String> field(String column) {
    if (COLUMNS.contains(column)) {
      return Optional.of(column);
    }
    return COLUMNS.stream()
        .filter(
            field ->
                FieldLabel.ofField(field)
                    .map(label -> label.in(Language.CHINESE).equals(column))
                    .orElse(false))
        .findFirst();
  }

  private static CsvFormatException header(List<String> header) {
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (String column : header) {
      Optional<String> field = field(column);
      if (field.isEmpty()) {
        unknown.add(column);
      } else if (!missing.remove(field.get())) {
        twice.add(field.get());
      }
    }
    List<Problem> problems = new CappedProblems();
    missing.forEach(column -> problems.add(Problem.of(column, PolicyCode.MISSING_PROPERTY)));
    unknown.forEach(
        column -> problems.add(Problem.of(Template.echo(column), FormatCode.UNKNOWN_PROPERTY)));
    twice.forEach(field -> problems.add(Problem.of(field, FormatCode.DUPLICATE_PROPERTY)));
    return new CsvFormatException(problems);
  }

  /**
   * Returns the header's column of each field, or throws its problems: a column that names no
   * field, or a field named by no column or by two (its name and its label).
   */
  private static ImmutableMap<String, String> checkHeader(List<String> header)
      throws CsvFormatException {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String column : header) {
      Optional<String> field = field(column);
      if (field.isEmpty() || columns.putIfAbsent(field.get(), column) != null) {
        throw header(header);
      }
    }
    if (columns.size() != COLUMNS.size()) {
      throw header(header);
    }
    return ImmutableMap.copyOf(columns);
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
  private Optional<String> id(CSVRecord record) {
    return record.isConsistent()
        ? CsvFields.cell(record, columns, "id").map(id -> Template.echo(id, ID_ECHO_LIMIT))
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
    return ApplicationBinding.bind(new CsvFields(record, columns, problems), problems, validator);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** The cells of one consistent record, by column. */
  private record CsvFields(
      CSVRecord record, ImmutableMap<String, String> columns, List<Problem> problems)
      implements ApplicationBinding.Fields {

    static Optional<String> cell(
        CSVRecord record, ImmutableMap<String, String> columns, String field) {
      String cell = record.get(columns.getOrDefault(field, field));
      return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    private Optional<String> cell(String field) {
      return cell(record, columns, field);
    }

    @Override
    public Optional<String> text(String field) {
      return cell(field);
    }

    @Override
    public <E extends Enum<E>> Optional<E> constant(String field, Class<E> type) {
      return cell(field).flatMap(name -> named(field, type, name));
    }

    private <E extends Enum<E>> Optional<E> named(String path, Class<E> type, String name) {
      Optional<E> constant = TreeReader.named(type, name).or(() -> labelled(type, name));
      if (constant.isEmpty()) {
        problems.add(TreeReader.unknownValue(path, type, "\"" + name + "\""));
      }
      return constant;
    }

    /** Returns the constant of {@code type} whose Simplified Chinese label is {@code label}. */
    private static <E extends Enum<E>> Optional<E> labelled(Class<E> type, String label) {
      for (E constant : type.getEnumConstants()) {
        if (constant instanceof Labelled labelled
            && labelled.label(Language.CHINESE).equals(label)) {
          return Optional.of(constant);
        }
      }
      return Optional.empty();
    }

    @Override
    public <E extends Enum<E>> Optional<List<E>> constants(String field, Class<E> type) {
      return cell(field)
          .map(
              cell -> {
                List<E> values = new ArrayList<>();
                // Past the maximum, the names are counted but not split apart, nor read.
                String[] names = SECTOR_SEPARATOR.split(cell, Application.MAX_SECTORS + 1);
                int read = Math.min(names.length, Application.MAX_SECTORS);
                for (int i = 0; i < read; i++) {
                  named(TreeReader.element(field, i), type, names[i]).ifPresent(values::add);
                }
                if (names.length > read) {
                  long count =
                      read + 1 + names[read].chars().filter(c -> c == ';' || c == '、').count();
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
      Optional<String> cell = cell(field);
      // Nine digits at most always fit an int; validation reports whole numbers out of range.
      if (cell.isPresent() && !cell.get().matches("-?[0-9]{1,9}")) {
        problems.add(Problem.of(field, FormatCode.WRONG_TYPE, Map.of("expected", WHOLE_NUMBER)));
        return Optional.empty();
      }
      return cell.map(Integer::valueOf);
    }
  }
}
