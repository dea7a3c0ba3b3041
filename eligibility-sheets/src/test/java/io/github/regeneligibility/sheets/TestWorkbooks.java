package io.github.regeneligibility.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Builds workbooks part by part for tests, and reads back the cells of any sheet; {@link #part}
 * serves the screening's tests too.
 */
public final class TestWorkbooks {
  private TestWorkbooks() {}

  static final String HEADER =
      "<row r=\"1\">"
          + inline("A1", "id")
          + inline("B1", "projectName")
          + inline("C1", "applicantName")
          + inline("D1", "origin")
          + inline("E1", "role")
          + inline("F1", "sectors")
          + inline("G1", "primarySector")
          + inline("H1", "pathway")
          + inline("I1", "stage")
          + inline("J1", "yearsToIndustrialization")
          + "</row>";

  static String inline(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** Returns a valid row of applications, row {@code row}, application id {@code id}. */
  static String validRow(int row, String id) {
    return "<row r=\""
        + row
        + "\">"
        + inline("A" + row, id)
        + inline("B" + row, "Project")
        + inline("C" + row, "Applicant")
        + inline("D" + row, "DOMESTIC")
        + inline("E" + row, "MANUFACTURER")
        + inline("F" + row, "STEM_CELLS")
        + inline("G" + row, "STEM_CELLS")
        + inline("H" + row, "DRUG")
        + inline("I" + row, "PRECLINICAL")
        + "<c r=\"J"
        + row
        + "\"><v>4</v></c></row>";
  }

  /** Returns a workbook of one sheet, named 申请表, whose sheetData holds {@code rows}. */
  static byte[] sheet(String rows) {
    return sheet(rows, null);
  }

  /** Returns a workbook of one sheet with {@code rows}, and a table of {@code sharedStrings}. */
  static byte[] sheet(String rows, @Nullable String sharedStrings) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    parts.put(
        "_rels/.rels",
        utf8(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
    parts.put(
        "xl/workbook.xml",
        utf8(
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"申请表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        utf8(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null
                    ? ""
                    : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>"));
    parts.put(
        "xl/worksheets/sheet1.xml",
        utf8(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>"
                + rows
                + "</sheetData></worksheet>"));
    if (sharedStrings != null) {
      parts.put("xl/sharedStrings.xml", utf8(sharedStrings));
    }
    return zip(parts);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Returns the cells of sheet {@code index} (from 1, as the writers name their parts) of {@code
   * workbook}: by row, by column letter, their text.
   */
  static Map<Integer, Map<String, String>> cells(byte[] workbook, int index) throws IOException {
    Map<Integer, Map<String, String>> cells = new TreeMap<>();
    try (Parts parts = Parts.open(workbook, WorkbookApplications.MAX_EXPANDED_BYTES)) {
      SharedStrings strings =
          parts.has("xl/sharedStrings.xml")
              ? SharedStrings.read(parts, "xl/sharedStrings.xml")
              : SharedStrings.NONE;
      try (SheetRows rows =
          new SheetRows(parts, "xl/worksheets/sheet" + index + ".xml", "sheet", strings)) {
        for (SheetRows.Row row = rows.next(); row != null; row = rows.next()) {
          Map<String, String> byColumn = new LinkedHashMap<>();
          for (SheetRows.Cell cell : row.cells()) {
            byColumn.put(CellReference.column(cell.column()), cell.value());
          }
          cells.put(row.number(), byColumn);
        }
      }
    }
    return cells;
  }

  /** Returns the text of part {@code name} of {@code workbook}. */
  public static String part(byte[] workbook, String name) throws IOException {
    try (org.apache.commons.compress.archivers.zip.ZipFile zip =
        org.apache.commons.compress.archivers.zip.ZipFile.builder()
            .setSeekableByteChannel(
                new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(workbook))
            .get()) {
      var entry = zip.getEntry(name);
      if (entry == null) {
        throw new AssertionError("no part " + name);
      }
      try (java.io.InputStream in = zip.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Reads every row of {@code workbook}. */
  static List<WorkbookApplications.Row> rows(byte[] workbook) throws IOException {
    return rows(workbook, KeptRows.BUDGET, true);
  }

  /**
   * Reads every row of {@code workbook}, keeping the rows checked while they cost at most {@code
   * keepBytes}, and checks that they were kept ({@code parsedOnce}) or read again.
   */
  static List<WorkbookApplications.Row> rows(byte[] workbook, long keepBytes, boolean parsedOnce)
      throws IOException {
    List<WorkbookApplications.Row> rows = new ArrayList<>();
    try (WorkbookApplications reader =
        WorkbookApplications.open(workbook, WorkbookApplications.MAX_EXPANDED_BYTES, keepBytes)) {
      if (reader.parsedOnce() != parsedOnce) {
        throw new AssertionError("the sheet was parsed once: " + reader.parsedOnce());
      }
      for (var row = reader.next(); row.isPresent(); row = reader.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }
}
