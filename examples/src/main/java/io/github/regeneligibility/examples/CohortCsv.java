package io.github.regeneligibility.examples;

import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.ValidationResult;
import io.github.regeneligibility.model.Violation;
import io.github.regeneligibility.model.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a cohort of applications from CSV (RFC 4180, UTF-8): a header naming the application
 * fields, then one application per row.
 *
 * <p>How cells become attributes: an empty cell is an absent attribute (validation then reports it
 * if the attribute is required); {@code sectors} is a {@code ;}-separated list; enum cells hold
 * the constant's exact name and {@code yearsToIndustrialization} a whole number. Nothing is
 * trimmed, coerced or defaulted: a cell that cannot be read is a problem of its row, named by its
 * column, and is not reported a second time as missing. A row's problems are its unreadable cells
 * together with every validity rule the rest of the row breaks; a row that repeats an earlier
 * row's id is a problem too, so that ids name one row each in the results.
 */
final class CohortCsv {

  /** The columns, one per application field, in the order their problems are reported. */
  static final ImmutableList<String> COLUMNS = ApplicationForm.FIELDS;

  /** The field of a problem with the row as a whole, reported before the columns'. */
  static final String ROW = "row";

  /** The cohort shipped with the examples, a classpath resource. */
  static final String BUNDLED = "cohort.csv";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .setAllowMissingColumnNames(false)
          .get();

  private static final Comparator<CohortRow.Problem> ORDER =
      Comparator.comparingInt(problem -> COLUMNS.indexOf(problem.field()));

  private final ApplicationValidator validator;
  private final List<CohortRow> rows = new ArrayList<>();
  private final Map<String, Integer> lineById = new HashMap<>();

  private CohortCsv(ApplicationValidator validator) {
    this.validator = validator;
  }

  /**
   * Reads every row of a cohort file; {@code in} is read to its end but not closed.
   *
   * @throws IOException if {@code in} cannot be read or is not well-formed CSV (e.g. an unclosed
   *     quote), with the line where reading stopped
   * @throws IllegalArgumentException if the header does not name exactly the application fields
   */
  static ImmutableList<CohortRow> read(Reader in) throws IOException {
    String text = CharStreams.toString(in);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CohortCsv cohort = new CohortCsv(ApplicationValidator.shared());
    LineIndex lines = new LineIndex(text);
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      checkHeader(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        cohort.add(lines.lineOfRecordAt(record.getCharacterPosition()), record);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause(); // how the parser's iterator reports malformed CSV
    }
    return ImmutableList.copyOf(cohort.rows);
  }

  /** Opens the cohort shipped with the examples. */
  static Reader bundled() {
    InputStream in = CohortCsv.class.getResourceAsStream("/" + BUNDLED);
    if (in == null) {
      throw new IllegalStateException(BUNDLED + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static void checkHeader(List<String> header) {
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    header.forEach(missing::remove);
    Set<String> unknown = new LinkedHashSet<>(header);
    COLUMNS.forEach(unknown::remove);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the header must name the columns %s (in any order); missing: %s, unknown:"
                  + " %s",
              String.join(", ", COLUMNS),
              missing,
              unknown));
    }
  }

  private void add(int line, CSVRecord record) {
    if (!record.isConsistent()) {
      rows.add(
          CohortRow.invalid(
              line,
              ImmutableList.of(
                  new CohortRow.Problem(
                      ROW,
                      String.format(
                          Locale.ROOT,
                          "the row has %d cells where the header has %d: check for a missing or"
                              + " extra comma, or quote a cell that holds one",
                          record.size(),
                          COLUMNS.size())))));
      return;
    }
    List<CohortRow.Problem> problems = new ArrayList<>();
    ApplicationForm.Builder form = new ApplicationForm.Builder();
    text(record, "id").ifPresent(form::id);
    text(record, "projectName").ifPresent(form::projectName);
    text(record, "applicantName").ifPresent(form::applicantName);
    constant(record, "origin", Origin.class, problems).ifPresent(form::origin);
    constant(record, "role", Role.class, problems).ifPresent(form::role);
    sectors(record, problems).ifPresent(form::addAllSectors);
    constant(record, "primarySector", Sector.class, problems).ifPresent(form::primarySector);
    constant(record, "pathway", Pathway.class, problems).ifPresent(form::pathway);
    constant(record, "stage", Stage.class, problems).ifPresent(form::stage);
    years(record, problems).ifPresent(form::yearsToIndustrialization);

    ValidationResult validation = validator.validate(form.build());
    Set<String> unread = problems.stream().map(CohortRow.Problem::field).collect(toImmutableSet());
    for (Violation violation : validation.getViolations()) {
      boolean aboutUnreadCell =
          unread.contains(violation.getField())
              || (unread.contains("sectors")
                  && violation.getCode() == ViolationCode.PRIMARY_SECTOR_NOT_IN_SECTORS);
      if (!aboutUnreadCell) {
        problems.add(
            new CohortRow.Problem(violation.getField(), violation.getMessage(Language.ENGLISH)));
      }
    }
    text(record, "id").ifPresent(id -> duplicate(id, line, problems));
    if (problems.isEmpty()) {
      Application application = validation.orElseThrow();
      rows.add(CohortRow.valid(line, application));
    } else {
      problems.sort(ORDER);
      rows.add(CohortRow.invalid(line, ImmutableList.copyOf(problems)));
    }
  }

  private void duplicate(String id, int line, List<CohortRow.Problem> problems) {
    Integer first = lineById.putIfAbsent(id, line);
    if (first != null) {
      problems.add(
          new CohortRow.Problem(
              "id",
              String.format(
                  Locale.ROOT,
                  "id %s is already the id of the row on line %d: give each application its own"
                      + " id",
                  id,
                  first)));
    }
  }

  private static Optional<String> text(CSVRecord record, String column) {
    String cell = record.get(column);
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  private static <E extends Enum<E>> Optional<E> constant(
      CSVRecord record, String column, Class<E> type, List<CohortRow.Problem> problems) {
    Optional<String> cell = text(record, column);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> constant = named(type, cell.get());
    if (constant.isEmpty()) {
      problems.add(
          new CohortRow.Problem(
              column,
              String.format(
                  Locale.ROOT,
                  "%s must be one of %s, not '%s'.",
                  column,
                  names(type),
                  cell.get())));
    }
    return constant;
  }

  private static Optional<List<Sector>> sectors(
      CSVRecord record, List<CohortRow.Problem> problems) {
    Optional<String> cell = text(record, "sectors");
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    List<Sector> sectors = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String name : cell.get().split(";", -1)) {
      named(Sector.class, name).ifPresentOrElse(sectors::add, () -> unknown.add("'" + name + "'"));
    }
    if (!unknown.isEmpty()) {
      problems.add(
          new CohortRow.Problem(
              "sectors",
              String.format(
                  Locale.ROOT,
                  "sectors must be names of %s, separated by ';', not %s.",
                  names(Sector.class),
                  String.join(", ", unknown))));
      return Optional.empty();
    }
    return Optional.of(sectors);
  }

  private static Optional<Integer> years(CSVRecord record, List<CohortRow.Problem> problems) {
    Optional<String> cell = text(record, "yearsToIndustrialization");
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    // Nine digits at most always fit an int; validation reports whole numbers outside 0-50.
    if (!cell.get().matches("-?[0-9]{1,9}")) {
      problems.add(
          new CohortRow.Problem(
              "yearsToIndustrialization",
              String.format(
                  Locale.ROOT,
                  "yearsToIndustrialization must be a whole number from 0 to 50, not '%s'.",
                  cell.get())));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(cell.get()));
  }

  private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(name))
        .findFirst();
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /**
   * Finds the line a record starts on, counting from 1. The parser gives the position where it
   * began reading the record, which lies before any empty lines it skipped: those are passed over.
   */
  private static final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
      this.text = text;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int at = 0; at < text.length(); at++) {
        char c = text.charAt(at);
        if (c == '\n' || (c == '\r' && (at + 1 == text.length() || text.charAt(at + 1) != '\n'))) {
          starts.add(at + 1);
        }
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineOfRecordAt(long position) {
      int at = Math.toIntExact(position);
      while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
        at++;
      }
      int found = Arrays.binarySearch(lineStarts, at);
      return found >= 0 ? found + 1 : -found - 1;
    }
  }
}
