package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationBinding;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads applications from the first sheet of a workbook (.xlsx, Office Open XML), one row at a
 * time: a header row naming the application's fields, by their JSON names or their Simplified
 * Chinese labels (申请编号, 项目名称, …), in any order; then one application per row. A cell holds a code
 * or a label ({@code STEM_CELLS} or 干细胞); {@code sectors} separates them by {@code ;} or {@code 、};
 * a whole number is a number cell or text holding one. Each row is bound and validated as a CSV
 * record is, and every problem of a row names its cell ({@link Problem#getCell()}, such as {@code
 * '申请表'!F7}) and says it in its message. Empty rows are skipped, and counted: a row's number is its
 * row in the sheet less the header's.
 *
 * <p>Bounds. The workbook is read whole into memory, at most {@value #MAX_WORKBOOK_BYTES} bytes; it
 * holds at most {@value #MAX_ENTRIES} parts; no part expands to more than {@value
 * #MAX_EXPANSION_RATIO} times its compressed size, and the parts read expand to at most {@value
 * #MAX_EXPANDED_BYTES} bytes together; the table of shared strings holds at most {@value
 * #MAX_SHARED_STRINGS} strings and {@value #MAX_SHARED_CHARS} characters; a cell holds at most
 * {@value #MAX_CELL_CHARS} characters (Excel's own limit); the sheet holds at most {@value
 * #MAX_ROWS} rows of applications. No DTD is read and no external entity resolved. Every bound is
 * checked when the workbook is {@linkplain #open opened}, before the first row is returned: a
 * workbook past one is refused whole, without being read on. The rows checked are kept, compactly,
 * so that the sheet is parsed once; only when they would take more than about 24 MiB (many or long
 * cells that are not shared strings) are they dropped, and the sheet parsed again to be read.
 */
public final class WorkbookApplications implements Closeable {

  /** The most bytes of a workbook. */
  public static final int MAX_WORKBOOK_BYTES = 32 << 20;

  /** The most parts (zip entries) of a workbook. */
  public static final int MAX_ENTRIES = 256;

  /** The most times its compressed size that a part may expand to. */
  public static final int MAX_EXPANSION_RATIO = 100;

  /** The most bytes the parts read expand to, together. */
  public static final long MAX_EXPANDED_BYTES = 64L << 20;

  /** The most strings of the table of shared strings. */
  public static final int MAX_SHARED_STRINGS = 1_000_000;

  /** The most characters of the table of shared strings, together. */
  public static final long MAX_SHARED_CHARS = 16L << 20;

  /** The most characters of a cell: Excel's own limit. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** The most rows of applications (rows after the header that hold something). */
  public static final int MAX_ROWS = 100_000;

  /** The most characters of a row's id cell that {@link Row#id()} holds: a valid id's most. */
  private static final int ID_ECHO_LIMIT = 64;

  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * One row of applications.
   *
   * @param number the row's number among the rows of applications, from 1: its row in the sheet
   *     less the header's (empty rows counted)
   * @param row the row in the sheet, as Excel shows it
   * @param id the row's id cell as given (cut after 64 characters), when it holds text
   * @param input the valid application, or every problem of the row, each naming its cell
   */
  public record Row(long number, int row, Optional<String> id, ApplicationInput input) {}

  private final Parts parts;
  private final String sheet;
  private final @Nullable SheetRows rows;
  private final @Nullable KeptRows kept;
  private final Columns columns;
  private final int header;
  private final int count;

  private WorkbookApplications(
      Parts parts, String sheet, SheetCheck check, @Nullable SheetRows rows) {
    this.parts = parts;
    this.sheet = sheet;
    this.rows = rows;
    this.kept = check.kept();
    this.columns = check.columns();
    this.header = check.header();
    this.count = check.count();
  }

  /**
   * Reads the workbook in {@code in} (to its end, at most {@value #MAX_WORKBOOK_BYTES} bytes),
   * checks it against every bound, and reads its header. Does not close {@code in}.
   *
   * @throws WorkbookException if it is not a workbook, is past a bound, or its header does not name
   *     exactly the application's fields
   * @throws IOException if {@code in} cannot be read
   */
  public static WorkbookApplications open(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_WORKBOOK_BYTES + 1);
    if (bytes.length > MAX_WORKBOOK_BYTES) {
      throw Parts.refused(SheetTexts.limit("bytes", Map.of("max", MAX_WORKBOOK_BYTES)));
    }
    return open(bytes);
  }

  /**
   * Reads the workbook {@code bytes}, as {@link #open(InputStream)} does.
   *
   * @throws WorkbookException if it is not a workbook, is past a bound, or its header does not name
   *     exactly the application's fields
   */
  public static WorkbookApplications open(byte[] bytes) throws WorkbookException {
    return open(bytes, MAX_EXPANDED_BYTES);
  }

  /** Reads the workbook {@code bytes}, its parts expanding to at most {@code maxExpanded}. */
  static WorkbookApplications open(byte[] bytes, long maxExpanded) throws WorkbookException {
    return open(bytes, maxExpanded, KeptRows.BUDGET);
  }

  /**
   * Reads the workbook {@code bytes}, its parts expanding to at most {@code maxExpanded}, keeping
   * the rows checked while they cost at most {@code keepBytes}.
   */
  static WorkbookApplications open(byte[] bytes, long maxExpanded, long keepBytes)
      throws WorkbookException {
    if (bytes.length > MAX_WORKBOOK_BYTES) {
      throw Parts.refused(SheetTexts.limit("bytes", Map.of("max", MAX_WORKBOOK_BYTES)));
    }
    Parts parts = Parts.open(bytes, maxExpanded);
    try {
      return open(parts, keepBytes);
    } catch (WorkbookException | RuntimeException e) {
      closeQuietly(parts);
      throw e;
    }
  }

  private static WorkbookApplications open(Parts parts, long keepBytes) throws WorkbookException {
    String workbook = officeDocument(parts);
    Map<String, String> targets = new HashMap<>();
    String sharedStrings = null;
    String relationships = relationshipsOf(workbook);
    Target first = firstSheet(parts, workbook);
    for (Relationship relationship : relationships(parts, relationships)) {
      String target = resolve(workbook, relationship.target());
      targets.put(relationship.id(), target);
      if (relationship.type().endsWith("/sharedStrings")) {
        sharedStrings = target;
      }
    }
    String sheetPart = targets.get(first.id());
    if (sheetPart == null) {
      throw Parts.refused(
          SheetTexts.notAWorkbook("missingPart", Map.of("part", Parts.echo(first.name()))));
    }
    SharedStrings strings =
        sharedStrings == null ? SharedStrings.NONE : SharedStrings.read(parts, sharedStrings);

    SheetCheck check = SheetCheck.of(parts, sheetPart, first.name(), strings, keepBytes);
    SheetRows rows =
        check.kept() == null
            ? SheetCheck.readAgain(parts, sheetPart, first.name(), strings, check.header())
            : null;
    return new WorkbookApplications(parts, first.name(), check, rows);
  }

  /** Returns the name of the sheet read: the workbook's first. */
  public String sheetName() {
    return sheet;
  }

  /** Returns the row of the header, as Excel shows it. */
  public int headerRow() {
    return header;
  }

  /** Returns whether the rows are those kept from the check: the sheet was parsed once. */
  boolean parsedOnce() {
    return kept != null;
  }

  /** Returns how many rows of applications the sheet holds (empty rows not counted). */
  public int rowCount() {
    return count;
  }

  /**
   * Reads the next row of applications; empty rows are skipped.
   *
   * @return the row, or empty after the last
   * @throws WorkbookException never for a workbook that {@link #open} accepted, whose every row was
   *     checked
   */
  public Optional<Row> next() throws WorkbookException {
    return nextCells().map(Cells::bind);
  }

  /**
   * Reads the next row of applications as its cells, to be bound later, on any thread (so that a
   * screening binds and validates its rows on every core); empty rows are skipped.
   *
   * @return the row's cells, or empty after the last
   * @throws WorkbookException never for a workbook that {@link #open} accepted, whose every row was
   *     checked
   */
  public Optional<Cells> nextCells() throws WorkbookException {
    SheetRows.Row row = nextRow();
    while (row != null && row.isEmpty()) {
      row = nextRow();
    }
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(new Cells(this, row));
  }

  /** Returns the next row after the header: kept from the check, or read again. */
  private SheetRows.@Nullable Row nextRow() throws WorkbookException {
    if (kept != null) {
      return kept.next();
    }
    return rows == null ? null : rows.next();
  }

  /** A row of applications read and not yet bound; {@link #bind} may run on any thread. */
  public static final class Cells {
    private final WorkbookApplications workbook;
    private final SheetRows.Row row;

    private Cells(WorkbookApplications workbook, SheetRows.Row row) {
      this.workbook = workbook;
      this.row = row;
    }

    /** Returns the row's number among the rows of applications, as {@link Row#number()}. */
    public long number() {
      return row.number() - (long) workbook.header;
    }

    /** Returns the row in the sheet, as Excel shows it. */
    public int row() {
      return row.number();
    }

    /** Returns the row's id cell as given, as {@link Row#id()}. */
    public Optional<String> id() {
      return workbook.id(row);
    }

    /** Binds and validates the row: the application, or every problem, each naming its cell. */
    public Row bind() {
      return workbook.bind(row);
    }
  }

  private Row bind(SheetRows.Row row) {
    SheetRows.@Nullable Cell[] cells = new SheetRows.Cell[Columns.FIELDS.size()];
    List<Problem> problems = new ArrayList<>();
    for (SheetRows.Cell cell : row.cells()) {
      int field = columns.field(cell.column());
      if (field >= 0) {
        cells[field] = cell;
      } else if (problems.size() < ApplicationInput.MAX_PROBLEMS) {
        problems.add(
            SheetTexts.inCell(
                Problem.of(Problem.WHOLE, SheetCode.UNNAMED_COLUMN),
                CellReference.cell(sheet, cell.column(), row.number())));
      }
    }
    ApplicationInput input = ApplicationBinding.bind(new RowFields(cells, problems), problems);
    if (!input.isValid()) {
      input =
          new ApplicationInput(
              Optional.empty(),
              input.problems().stream()
                  .map(problem -> locate(problem, row.number()))
                  .collect(ImmutableList.toImmutableList()),
              input.omittedProblems());
    }
    return new Row(row.number() - header, row.number(), id(row), input);
  }

  /** Returns the id cell of {@code row} as given, cut after 64 characters, when it holds text. */
  private Optional<String> id(SheetRows.Row row) {
    int column = columns.column("id");
    for (SheetRows.Cell cell : row.cells()) {
      if (cell.column() == column) {
        return cell.kind() == SheetRows.Kind.TEXT
            ? Optional.of(Template.echo(cell.value(), ID_ECHO_LIMIT))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Returns {@code problem} of row {@code row}, in its cell unless it names one already. */
  private Problem locate(Problem problem, int row) {
    if (problem.getCell().isPresent()) {
      return problem;
    }
    String path = problem.getPath();
    int bracket = path.indexOf('[');
    String field = bracket < 0 ? path : path.substring(0, bracket);
    String cell =
        Columns.FIELDS.contains(field)
            ? CellReference.cell(sheet, columns.column(field), row)
            : CellReference.row(sheet, row);
    return SheetTexts.inCell(problem, cell);
  }

  @Override
  public void close() throws IOException {
    if (rows != null) {
      rows.close();
    }
    parts.close();
  }

  private static void closeQuietly(Parts parts) {
    try {
      parts.close();
    } catch (IOException e) {
      // a zip in memory holds nothing to release
    }
  }

  // The package's structure: _rels/.rels names the workbook; the workbook names its sheets, the
  // first of which is read; the workbook's relationships name the sheets' parts and the table of
  // shared strings.

  private record Relationship(String id, String type, String target) {}

  private record Target(String name, String id) {}

  private static String officeDocument(Parts parts) throws WorkbookException {
    if (parts.has("_rels/.rels")) {
      for (Relationship relationship : relationships(parts, "_rels/.rels")) {
        if (relationship.type().endsWith("/officeDocument")) {
          return resolve("", relationship.target());
        }
      }
    }
    return "xl/workbook.xml";
  }

  private static String relationshipsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** Returns {@code target}, relative to the folder of {@code source}, as a part's name. */
  static String resolve(String source, String target) {
    String path =
        target.startsWith("/")
            ? target.substring(1)
            : source.substring(0, source.lastIndexOf('/') + 1) + target;
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!segment.equals(".") && !segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return String.join("/", segments);
  }

  private static List<Relationship> relationships(Parts parts, String part)
      throws WorkbookException {
    List<Relationship> found = new ArrayList<>();
    XMLStreamReader xml = parts.xml(part);
    try {
      while (xml.hasNext()) {
        int event = Parts.next(xml, part);
        if (event == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("Relationship")
            && found.size() < MAX_ENTRIES) {
          String id = xml.getAttributeValue(null, "Id");
          String type = xml.getAttributeValue(null, "Type");
          String target = xml.getAttributeValue(null, "Target");
          if (id != null && type != null && target != null) {
            found.add(new Relationship(id, type, target));
          }
        }
      }
      xml.close();
    } catch (XMLStreamException | RuntimeException e) {
      throw parts.failure(part);
    }
    return found;
  }

  private static Target firstSheet(Parts parts, String workbook) throws WorkbookException {
    XMLStreamReader xml = parts.xml(workbook);
    try {
      while (xml.hasNext()) {
        int event = Parts.next(xml, workbook);
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
          String name = xml.getAttributeValue(null, "name");
          @Nullable String id = xml.getAttributeValue(RELATIONSHIPS, "id");
          if (id == null) {
            id =
                xml.getAttributeValue(
                    "http://purl.oclc.org/ooxml/officeDocument/relationships", "id");
          }
          if (name == null || id == null) {
            break;
          }
          xml.close();
          return new Target(name, id);
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw parts.failure(workbook);
    }
    throw Parts.refused(SheetTexts.notAWorkbook("noSheet", Map.of()));
  }
}
