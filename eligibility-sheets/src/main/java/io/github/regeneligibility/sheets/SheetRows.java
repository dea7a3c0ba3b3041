package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableMap;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a sheet's XML, one at a time, each with its cells that hold something: a number, a
 * string (shared, inline, or the result of a formula), a boolean, an error or a date. Rows and
 * cells come in order, numbered as Excel shows them; a cell's text never holds more than {@link
 * WorkbookApplications#MAX_CELL_CHARS} characters.
 */
final class SheetRows implements Closeable {

  /** What a cell holds. */
  enum Kind {
    TEXT,
    NUMBER,
    OTHER
  }

  /** A cell that holds something, in column {@code column} (from 1). */
  record Cell(int column, Kind kind, String value) {}

  /** A row (numbered from 1) and its cells that hold something, in column order. */
  record Row(int number, List<Cell> cells) {
    boolean isEmpty() {
      return cells.isEmpty();
    }
  }

  /** The most characters of a number cell's value: more is not a number a person typed. */
  private static final int MAX_NUMBER_CHARS = 64;

  /** The cell types that {@link #type} gives without making a string. */
  private static final String[] TYPES = {"s", "n", "str", "inlineStr"};

  private final Parts parts;
  private final String part;
  private final String sheet;
  private final SharedStrings strings;
  private final XMLStreamReader xml;
  private final AttributeChars attributes;
  private final StringBuilder text = new StringBuilder();
  private int lastRow;
  private boolean ended;
  private long created;
  private int made;

  SheetRows(Parts parts, String part, String sheet, SharedStrings strings)
      throws WorkbookException {
    this.parts = parts;
    this.part = part;
    this.sheet = sheet;
    this.strings = strings;
    this.xml = parts.xml(part);
    this.attributes = new AttributeChars(xml);
  }

  /**
   * Returns the next row, or null after the last.
   *
   * @throws WorkbookException if the sheet cannot be read on, or a cell is past the string limit
   */
  @Nullable Row next() throws WorkbookException {
    if (ended) {
      return null;
    }
    try {
      while (xml.hasNext()) {
        int event = Parts.next(xml, part);
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          return row();
        }
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
          break;
        }
      }
      ended = true;
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      throw parts.failure(part);
    }
  }

  private Row row() throws XMLStreamException, WorkbookException {
    CharSequence given = attributes.value("r");
    int number = given == null ? lastRow + 1 : CellReference.parseRow(given);
    if (number <= lastRow || number == 0) {
      throw badReference();
    }
    lastRow = number;
    List<Cell> cells = new ArrayList<>(12);
    int lastColumn = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        CharSequence reference = attributes.value("r");
        int column =
            reference == null ? lastColumn + 1 : CellReference.parseColumn(reference, number);
        if (column <= lastColumn || column == 0 || column > CellReference.MAX_COLUMNS) {
          throw badReference();
        }
        lastColumn = column;
        Cell cell = cell(column, number, type());
        if (cell != null) {
          cells.add(cell);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
    }
    return new Row(number, cells);
  }

  /**
   * Returns the type ({@code t}) of the cell whose start was just read, or null; the types a sheet
   * most often has are given as constants, not made for each cell.
   */
  private @Nullable String type() throws XMLStreamException {
    CharSequence type = attributes.value("t");
    if (type == null) {
      return null;
    }
    for (String known : TYPES) {
      if (known.contentEquals(type)) {
        return known;
      }
    }
    return type.toString();
  }

  /** Reads the cell whose start was just read, to its end; returns null when it holds nothing. */
  private @Nullable Cell cell(int column, int row, @Nullable String type)
      throws XMLStreamException, WorkbookException {
    text.setLength(0);
    boolean inValue = false;
    boolean over = false;
    int phonetic = 0;
    boolean inFormula = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          phonetic++;
        } else if (name.equals("f")) {
          inFormula = true;
        } else if (name.equals("v") || name.equals("t")) {
          inValue = phonetic == 0;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("c")) {
          break;
        } else if (name.equals("rPh")) {
          phonetic = Math.max(0, phonetic - 1);
        } else if (name.equals("f")) {
          inFormula = false;
        } else if (name.equals("v") || name.equals("t")) {
          inValue = false;
        }
      } else if (inValue && !inFormula && SharedStrings.isText(event)) {
        int length = xml.getTextLength();
        if (text.length() + length > WorkbookApplications.MAX_CELL_CHARS) {
          over = true;
        } else {
          text.append(xml.getTextCharacters(), xml.getTextStart(), length);
        }
      }
    }
    if (over) {
      throw tooLong(column, row);
    }
    if (text.length() == 0) {
      return null;
    }
    if ("s".equals(type)) {
      return shared(column, row, parseIndex(text));
    }
    String value = text.toString();
    created += value.length();
    made++;
    if (type == null || type.equals("n")) {
      return value.length() > MAX_NUMBER_CHARS
          ? new Cell(column, Kind.OTHER, value)
          : new Cell(column, Kind.NUMBER, value);
    }
    return switch (type) {
      case "inlineStr", "str" -> new Cell(column, Kind.TEXT, value);
      default -> new Cell(column, Kind.OTHER, value);
    };
  }

  private @Nullable Cell shared(int column, int row, int at) throws WorkbookException {
    if (at < 0 || at >= strings.size()) {
      throw Parts.refused(
          SheetTexts.notAWorkbook(
              "sharedIndex", Map.of("cell", CellReference.cell(sheet, column, row))));
    }
    String value = strings.get(at);
    if (value == null) {
      throw tooLong(column, row);
    }
    return value.isEmpty() ? null : new Cell(column, Kind.TEXT, value);
  }

  /** Returns the index {@code index} names (at most nine digits), or -1. */
  private static int parseIndex(CharSequence index) {
    if (index.isEmpty() || index.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < index.length(); i++) {
      char c = index.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns how many characters the values of the cells read so far hold that were made for them,
   * not taken from the table of shared strings: what keeping those cells costs beyond the cells.
   */
  long created() {
    return created;
  }

  /** Returns how many values of the cells read so far were made for them: see {@link #created}. */
  int made() {
    return made;
  }

  private WorkbookException tooLong(int column, int row) {
    return Parts.refused(
        SheetTexts.limit(
            "cell",
            ImmutableMap.of(
                "cell",
                CellReference.cell(sheet, column, row),
                "max",
                WorkbookApplications.MAX_CELL_CHARS)));
  }

  private WorkbookException badReference() {
    return Parts.refused(SheetTexts.notAWorkbook("badReference", ImmutableMap.of("part", part)));
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing is left to read from memory
    }
  }
}
